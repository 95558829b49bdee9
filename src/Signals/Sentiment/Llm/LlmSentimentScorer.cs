using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;
using OpenAI.Chat;
using Signals.Data;
using Signals.Sentiment.Caching;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Scores headlines with a chat model behind any OpenAI-compatible endpoint (DeepSeek, OpenAI, Ollama, vLLM,
/// llama.cpp server). One headline per request; answers read by a versioned protocol and checked strictly;
/// finished results cached on disk as they complete; requests bounded in concurrency and rate, retried
/// politely, and stopped before a dollar budget is exceeded.
/// </summary>
public sealed class LlmSentimentScorer : ISentimentScorer, IDisposable
{
    private readonly LlmScorerOptions _options;
    private readonly ResolvedLlmSettings _settings;
    private readonly LlmPrompt _prompt;
    private readonly IChatClient _chat;
    private readonly HttpClient? _http;
    private readonly PoliteHttpHandler? _politeHandler;
    private readonly RateLimiter? _rateLimiter;
    private readonly SentimentResultCache? _cache;
    private readonly SecretRedactor _redactor;
    private readonly ChatOptions _chatOptions;
    private readonly string _identity;
    private readonly bool _reasoningModel;

    /// <summary>Talks HTTP itself; pass a handler to route the requests elsewhere (tests, proxies).</summary>
    public LlmSentimentScorer(LlmScorerOptions options, HttpMessageHandler? transport = null, Func<string, string?>? environment = null)
        : this(options, options.Resolve(environment), chatClient: null, transport) { }

    /// <summary>Uses a chat client you built; the options still give the model name, prompt, budget and cache.</summary>
    public LlmSentimentScorer(IChatClient chatClient, LlmScorerOptions options, Func<string, string?>? environment = null)
        : this(options, options.Resolve(environment ?? (_ => null), requireKey: false), chatClient, transport: null) { }

    private LlmSentimentScorer(LlmScorerOptions options, ResolvedLlmSettings settings, IChatClient? chatClient, HttpMessageHandler? transport)
    {
        _options = options;
        _settings = settings;
        _prompt = LlmPrompt.For(options.Prompt);
        _redactor = new SecretRedactor(settings.ApiKey.Value, options.ApiKey);
        _reasoningModel = ModelPrices.IsReasoningModel(settings.Model);
        _rateLimiter = CreateRateLimiter(options.RequestsPerMinute);

        if (chatClient is not null)
            _chat = chatClient;
        else
        {
            _politeHandler = new PoliteHttpHandler(
                transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
                _rateLimiter, options.MaxRetries, options.Timeout, options.RetryBaseDelay, options.MaxRetryDelay,
                options.Logger, _redactor);
            _http = new HttpClient(_politeHandler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            var clientOptions = new OpenAIClientOptions
            {
                Endpoint = settings.Endpoint,
                Transport = new HttpClientPipelineTransport(_http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0), // the polite handler retries, honouring Retry-After
                NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan, // the polite handler times each attempt
            };
            _chat = new ChatClient(settings.Model, new ApiKeyCredential(settings.ApiKey.Value), clientOptions).AsIChatClient();
        }

        _chatOptions = BuildChatOptions();
        _identity = string.Join('|', "llm-v2",
            SentimentResultCache.Hash(settings.Endpoint.AbsoluteUri.TrimEnd('/') + "|" + settings.Model)[..16],
            settings.Model, _prompt.Version, "system=" + SentimentResultCache.Hash(_prompt.SystemMessage)[..16],
            FormattableString.Invariant($"t={(_chatOptions.Temperature is { } t ? t.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "default")}"),
            $"anon={(options.Anonymize ? 1 : 0)}",
            $"max={options.MaxOutputTokens?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default"}",
            $"json={(_chatOptions.ResponseFormat is null ? 0 : 1)}");
        if (options.CachePath is { } path) _cache = new SentimentResultCache(path);
    }

    /// <summary>Model and prompt version, e.g. "deepseek-reasoner/lopez-lira-v1" (with "/anon" when anonymised).</summary>
    public string Name => $"{_settings.Model}/{_prompt.Version}{(_options.Anonymize ? "/anon" : "")}";

    public string Model => _settings.Model;
    public string PromptVersion => _prompt.Version;
    public ModelPrice? Price => _settings.Price;
    /// <summary>HTTP retries made so far (429, 5xx, timeouts).</summary>
    public int HttpRetries => _politeHandler?.Retries ?? 0;

    private ChatOptions BuildChatOptions()
    {
        var o = new ChatOptions
        {
            // Reasoning models reject or ignore temperature and json_object; their answer format comes from the prompt alone.
            Temperature = _reasoningModel ? null : (float)_options.Temperature,
            ResponseFormat = _prompt.WantsJsonObject && !_reasoningModel ? Microsoft.Extensions.AI.ChatResponseFormat.Json : null,
        };
        if (_options.MaxOutputTokens is { } max)
        {
            if (_options.Provider == LlmProvider.OpenAI)
                o.MaxOutputTokens = max; // OpenAI reads max_completion_tokens
            else
            {
                // DeepSeek and the local servers read the classic max_tokens field.
#pragma warning disable SCME0001
                o.RawRepresentationFactory = _ =>
                {
                    var raw = new ChatCompletionOptions();
                    raw.Patch.Set("$.max_tokens"u8, max);
                    return raw;
                };
#pragma warning restore SCME0001
            }
        }
        return o;
    }

    private static RateLimiter? CreateRateLimiter(int? requestsPerMinute)
    {
        if (requestsPerMinute is not { } rpm) return null;
        // Refill once a second (or once per request below 60/min) so the limit holds over short windows too.
        var (period, tokens) = rpm >= 60
            ? (TimeSpan.FromSeconds(1), (int)Math.Ceiling(rpm / 60.0))
            : (TimeSpan.FromSeconds(60.0 / rpm), 1);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    private readonly record struct Planned(NewsItem Item, PromptRequest Request, string Key);

    /// <summary>The request for an item and its cache key: the identity holds the system message's hash, the key adds the user message.</summary>
    private Planned Plan(NewsItem item)
    {
        var request = _prompt.Build(item, _options.CompanyNames, _options.Anonymize);
        return new Planned(item, request, SentimentResultCache.Key(_identity, request.UserMessage));
    }

    private (int Input, int Output) ExpectedTokens(PromptRequest request)
    {
        int input = CostEstimate.EstimateTokens(request.SystemMessage) + CostEstimate.EstimateTokens(request.UserMessage) + CostEstimate.MessageOverheadTokens;
        int output = CostEstimate.ExpectedOutputTokens(_prompt.Kind, _settings.Model);
        if (_options.MaxOutputTokens is { } cap) output = Math.Min(output, cap);
        return (input, output);
    }

    /// <summary>What scoring these items would cost, without a request: cached items are free, the rest estimated from text length.</summary>
    public CostEstimate Estimate(IReadOnlyList<NewsItem> items)
    {
        var plans = items.Select(Plan).ToArray();
        var cached = _cache?.GetMany(plans.Select(p => p.Key).ToArray()) ?? new SentimentResult?[plans.Length];
        long input = 0, output = 0;
        int hits = 0;
        for (int i = 0; i < plans.Length; i++)
        {
            if (cached[i] is not null) { hits++; continue; }
            var (inTokens, outTokens) = ExpectedTokens(plans[i].Request);
            input += inTokens;
            output += outTokens;
        }
        var price = _settings.Price;
        return new CostEstimate(items.Count, hits, input, output, price?.Cost(input, output) ?? double.NaN, price is not null, _settings.Model);
    }

    public async Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_options.MaxCostUsd is not null && _settings.Price is null)
            throw new ArgumentException($"no price is known for model {_settings.Model}, so a budget cannot be kept: set a price per million tokens or drop the budget");

        var plans = items.Select(Plan).ToArray();
        var results = new SentimentResult?[items.Count];
        var batch = new BatchState(items.Count, new CostBudget(_options.MaxCostUsd), progress);

        if (_cache is not null)
        {
            var cached = _cache.GetMany(plans.Select(p => p.Key).ToArray(), items.Select(i => i.Id).ToArray());
            for (int i = 0; i < cached.Length; i++)
                if (cached[i] is { } hit)
                {
                    results[i] = hit;
                    batch.Finished(hit);
                }
        }
        batch.Report();

        var pending = Enumerable.Range(0, items.Count).Where(i => results[i] is null).ToArray();
        try
        {
            await Parallel.ForEachAsync(pending,
                new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    var result = await ScoreItemAsync(plans[i], batch, ct).ConfigureAwait(false);
                    results[i] = result;
                    batch.Finished(result);
                    batch.Report();
                }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Finished items are kept (and cached); the rest are reported as not requested.
        }

        for (int i = 0; i < results.Length; i++)
            results[i] ??= Skipped(items[i].Id, "cancelled before this item was scored");
        return results!;
    }

    private async Task<SentimentResult> ScoreItemAsync(Planned plan, BatchState batch, CancellationToken ct)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, plan.Request.SystemMessage),
            new(ChatRole.User, plan.Request.UserMessage),
        };
        var (inEstimate, outEstimate) = ExpectedTokens(plan.Request);
        double expectedCost = _settings.Price?.Cost(inEstimate, outEstimate) ?? 0;

        int inputTokens = 0, outputTokens = 0, reasoningTokens = 0;
        var clock = Stopwatch.StartNew();
        string? lastProblem = null;
        int attempts = _options.MaxParseRetries + 1;

        for (int attempt = 0; attempt < attempts; attempt++)
        {
            if (batch.StopReason is { } stopped)
                return attempt == 0 ? Skipped(plan.Item.Id, stopped)
                    : Failed(plan.Item.Id, stopped, inputTokens, outputTokens, reasoningTokens, clock.Elapsed);
            if (!batch.Budget.TryReserve(expectedCost, out var refusal))
                return attempt == 0
                    ? Skipped(plan.Item.Id, refusal!)
                    : Failed(plan.Item.Id, $"{refusal}; last answer broke the protocol: {lastProblem}", inputTokens, outputTokens, reasoningTokens, clock.Elapsed);

            ChatResponse response;
            try
            {
                response = await CallAsync(messages, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                batch.Budget.Settle(expectedCost, 0);
                throw;
            }
            catch (Exception ex)
            {
                batch.Budget.Settle(expectedCost, 0);
                var reason = Describe(ex);
                _options.Logger?.LogWarning("LLM request for item {Id} failed: {Reason}", plan.Item.Id, reason);
                if (IsPermanent(ex)) batch.Stop($"batch stopped: every request would fail ({reason})");
                return Failed(plan.Item.Id, reason, inputTokens, outputTokens, reasoningTokens, clock.Elapsed);
            }

            var usage = response.Usage;
            int callIn = (int)(usage?.InputTokenCount ?? 0), callOut = (int)(usage?.OutputTokenCount ?? 0);
            inputTokens += callIn;
            outputTokens += callOut;
            reasoningTokens += (int)ReasoningTokens(usage);
            batch.Budget.Settle(expectedCost, _settings.Price?.Cost(callIn, callOut) ?? 0);

            var reasoningField = string.Concat(response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text));
            var rawText = response.Text ?? "";
            var answer = ModelAnswer.Split(rawText, reasoningField.Length == 0 ? null : reasoningField);
            var parsed = _prompt.Parse(answer.Answer, plan.Request, out var problem);
            if (parsed is not null)
            {
                var result = new SentimentResult
                {
                    Id = plan.Item.Id,
                    Score = parsed.Score,
                    Label = parsed.Label,
                    Confidence = parsed.Confidence,
                    Rationale = parsed.Rationale,
                    Reasoning = answer.Reasoning,
                    Status = ScoreStatus.Ok,
                    Model = _settings.Model,
                    PromptVersion = _prompt.Version,
                    InputTokens = inputTokens,
                    OutputTokens = outputTokens,
                    ReasoningTokens = reasoningTokens,
                    Latency = clock.Elapsed,
                };
                _cache?.Put(new CacheEntry(plan.Key, _identity, SentimentResultCache.Hash(plan.Request.UserMessage), result, rawText));
                return result;
            }

            lastProblem = _redactor.Redact(problem);
            _options.Logger?.LogWarning("LLM answer for item {Id} broke the protocol (attempt {Attempt} of {Attempts}): {Problem}",
                plan.Item.Id, attempt + 1, attempts, lastProblem);
        }
        return Failed(plan.Item.Id, $"no answer followed the {_prompt.Version} protocol in {attempts} attempts; last: {lastProblem}",
            inputTokens, outputTokens, reasoningTokens, clock.Elapsed);
    }

    private async Task<ChatResponse> CallAsync(List<ChatMessage> messages, CancellationToken ct)
    {
        if (_http is not null) return await _chat.GetResponseAsync(messages, _chatOptions, ct).ConfigureAwait(false);

        // An injected client has no polite handler under it: rate-limit and time it here.
        if (_rateLimiter is not null)
        {
            using var lease = await _rateLimiter.AcquireAsync(1, ct).ConfigureAwait(false);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await _chat.GetResponseAsync(messages, _chatOptions, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>
    /// Errors no retry can fix and every later request would repeat: a wrong key, no access, a wrong model or
    /// URL, or nothing listening. The batch stops instead of sending thousands of doomed requests.
    /// </summary>
    private static bool IsPermanent(Exception ex)
    {
        // The OpenAI pipeline wraps transport failures, so look down the chain.
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is ClientResultException { Status: 401 or 403 or 404 }
                or HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
                return true;
        return false;
    }

    private static long ReasoningTokens(UsageDetails? usage)
    {
        if (usage is null) return 0;
        if (usage.ReasoningTokenCount is { } n) return n;
        if (usage.AdditionalCounts is { } extra)
            foreach (var (name, value) in extra)
                if (name.Contains("Reasoning", StringComparison.OrdinalIgnoreCase)) return value;
        return 0;
    }

    /// <summary>One line, no secrets: HTTP status and the server's message for API errors, the message otherwise.</summary>
    private string Describe(Exception ex)
    {
        string text = ex switch
        {
            ClientResultException cre => cre.Status > 0 ? $"HTTP {cre.Status}: {cre.Message}" : cre.Message,
            TimeoutException => ex.Message,
            HttpRequestException => $"connection failed: {ex.Message}",
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
        text = _redactor.Redact(text).ReplaceLineEndings(" ");
        return text.Length <= 300 ? text : text[..300] + "…";
    }

    private SentimentResult Skipped(string id, string reason) => new()
    {
        Id = id, Status = ScoreStatus.Skipped, Error = reason, Model = _settings.Model, PromptVersion = _prompt.Version,
    };

    private SentimentResult Failed(string id, string reason, int input, int output, int reasoning, TimeSpan latency) => new()
    {
        Id = id, Status = ScoreStatus.Failed, Error = _redactor.Redact(reason), Model = _settings.Model, PromptVersion = _prompt.Version,
        InputTokens = input, OutputTokens = output, ReasoningTokens = reasoning, Latency = latency,
    };

    public void Dispose()
    {
        _cache?.Dispose();
        _http?.Dispose();
        _rateLimiter?.Dispose();
    }

    /// <summary>Counters of one batch, reported after each item.</summary>
    private sealed class BatchState(int total, CostBudget budget, IProgress<ScoringProgress>? progress)
    {
        private int _completed, _failed, _cached;
        private string? _stopReason;
        public CostBudget Budget { get; } = budget;

        /// <summary>Set once a permanent error shows the rest of the batch cannot succeed.</summary>
        public string? StopReason => Volatile.Read(ref _stopReason);
        public void Stop(string reason) => Interlocked.CompareExchange(ref _stopReason, reason, null);

        public void Finished(SentimentResult result)
        {
            Interlocked.Increment(ref _completed);
            if (result.Cached) Interlocked.Increment(ref _cached);
            if (result.Status == ScoreStatus.Failed) Interlocked.Increment(ref _failed);
        }

        public void Report() => progress?.Report(new ScoringProgress(
            Volatile.Read(ref _completed), total, Volatile.Read(ref _failed), Volatile.Read(ref _cached), Budget.SpentUsd));
    }
}
