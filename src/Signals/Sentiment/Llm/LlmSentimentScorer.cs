using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Signals.Data;
using Signals.Sentiment.Caching;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Scores headlines with a chat model behind any OpenAI-compatible endpoint (DeepSeek, OpenAI, Ollama, vLLM,
/// llama.cpp server). One headline per request; answers read by a versioned protocol and checked strictly;
/// finished results cached on disk as they complete; stopped before a dollar budget is exceeded.
/// The parts: <see cref="LlmTransport"/> (HTTP, rate limit, retries), <see cref="ChatRequestOptions"/> and
/// <see cref="LlmReply"/> (each provider's way of asking and answering), <see cref="LlmCacheIdentity"/>,
/// <see cref="ModelPrice"/> and <see cref="CostBudget"/> (money), <see cref="LlmFailure"/> (what an error means);
/// this class holds the batch and the ask-parse-retry loop of one item; its cost estimate before any request is in
/// LlmSentimentScorer.Estimate.cs.
/// </summary>
public sealed partial class LlmSentimentScorer : ISentimentScorer, IDisposable
{
    private readonly LlmScorerOptions _options;
    private readonly ResolvedLlmSettings _settings;
    private readonly LlmPrompt _prompt;
    private readonly LlmTransport _transport;
    private readonly SentimentResultCache? _cache;
    private readonly SecretRedactor _redactor;
    private readonly ChatOptions _chatOptions;
    private readonly string _identity;

    /// <summary>Talks HTTP itself; pass a handler to route the requests elsewhere (tests, proxies).</summary>
    public LlmSentimentScorer(LlmScorerOptions options, HttpMessageHandler? transport = null, Func<string, string?>? environment = null)
        : this(options, options.Resolve(environment), chatClient: null, transport) { }

    /// <summary>Uses a chat client you built; the options still give the model name, prompt, budget and cache.</summary>
    public LlmSentimentScorer(IChatClient chatClient, LlmScorerOptions options, Func<string, string?>? environment = null)
        : this(options, options.Resolve(environment ?? (_ => null), requireKey: false), chatClient, transport: null) { }

    /// <summary>
    /// A scorer for <see cref="Estimate"/> only, as a dry run needs: no API key is required, and it refuses to send.
    /// Every other setting is resolved and checked as for a real run, so a dry run fails where the real one would.
    /// </summary>
    public static LlmSentimentScorer ForEstimate(LlmScorerOptions options, Func<string, string?>? environment = null) =>
        new(options, options.Resolve(environment, requireKey: false), chatClient: null, transport: null) { _estimateOnly = true };

    private bool _estimateOnly;

    private LlmSentimentScorer(LlmScorerOptions options, ResolvedLlmSettings settings, IChatClient? chatClient, HttpMessageHandler? transport)
    {
        _options = options;
        _settings = settings;
        _prompt = LlmPrompt.For(options.Prompt);
        _redactor = new SecretRedactor(settings.ApiKey.Value, options.ApiKey);
        _transport = new LlmTransport(options, settings, chatClient, transport, _redactor);
        _chatOptions = ChatRequestOptions.Build(options, settings, _prompt);
        _identity = LlmCacheIdentity.Of(options, settings, _prompt, _chatOptions);
        if (options.CachePath is { } path) _cache = new SentimentResultCache(path);
    }

    /// <summary>Model and prompt version, e.g. "deepseek-flash/lopez-lira-v1" (with "/anon" when anonymised).</summary>
    public string Name => $"{_settings.Model}/{_prompt.Version}{(_options.Anonymize ? "/anon" : "")}";

    /// <summary>The model id requested (after presets and environment are resolved).</summary>
    public string Model => _settings.Model;
    /// <summary>Version tag of the prompt in use.</summary>
    public string PromptVersion => _prompt.Version;
    /// <summary>The price per million tokens in force; null when unknown (then no budget can be kept).</summary>
    public ModelPrice? Price => _settings.Price;
    /// <summary>The resolved endpoint, model, key, price and thinking settings.</summary>
    public ResolvedLlmSettings Settings => _settings;
    /// <summary>HTTP retries made so far (429, 5xx, timeouts).</summary>
    public int HttpRetries => _transport.Retries;

    private readonly record struct Planned(NewsItem Item, PromptRequest Request, string Key);

    /// <summary>The request for an item and its cache key: the identity holds the system message's hash, the key adds the user message.</summary>
    private Planned Plan(NewsItem item)
    {
        var request = _prompt.Build(item, _options.CompanyNames, _options.Anonymize);
        return new Planned(item, request, SentimentResultCache.Key(_identity, request.UserMessage));
    }

    /// <summary>
    /// Asks the model about every item not already in the cache (a cached answer costs 0), up to <see cref="LlmScorerOptions.Concurrency"/> at once;
    /// an item the model cannot answer after retries is Failed, and items not started when the budget is reached or the run is cancelled are Skipped.
    /// </summary>
    /// <exception cref="InvalidOperationException">The scorer was made for a cost estimate only.</exception>
    /// <exception cref="ArgumentException">A budget is set but the model's price is unknown.</exception>
    public async Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_estimateOnly) throw new InvalidOperationException("this scorer was made for a cost estimate (a dry run) and sends nothing");
        if (_options.MaxCostUsd is not null && _settings.Price is null)
            throw new ArgumentException($"no price is known for model {_settings.Model}, so a budget cannot be kept: set a price per million tokens or drop the budget");

        var plans = items.Select(Plan).ToArray();
        var results = new SentimentResult?[items.Count];
        var batch = new LlmBatch(items.Count, new CostBudget(_options.MaxCostUsd), progress);

        if (_cache is not null)
        {
            var cached = _cache.GetMany(plans.Select(p => p.Key).ToArray(), items.Select(i => i.Id).ToArray());
            for (int i = 0; i < cached.Length; i++)
                if (cached[i] is { } hit)
                {
                    results[i] = hit with { CostUsd = 0 }; // re-using an answer costs nothing
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

    /// <summary>Tokens, cost and the last reply's provenance, summed over the attempts of one item.</summary>
    private sealed class Attempts
    {
        public int Input, CacheHit, Output, Reasoning;
        public double Cost;
        public LlmReply? Last;
    }

    private async Task<SentimentResult> ScoreItemAsync(Planned plan, LlmBatch batch, CancellationToken ct)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, plan.Request.SystemMessage),
            new(ChatRole.User, plan.Request.UserMessage),
        };
        var (inEstimate, outEstimate) = ExpectedTokens(plan.Request);
        var sums = new Attempts();
        var clock = Stopwatch.StartNew();
        string? lastProblem = null;
        int attempts = _options.MaxParseRetries + 1;

        for (int attempt = 0; attempt < attempts; attempt++)
        {
            var startedAt = _options.Clock.GetUtcNow();
            double expectedCost = _settings.Price?.Cost(inEstimate, outEstimate, startedAt) ?? 0;
            if (batch.StopReason is { } stopped)
                return attempt == 0 ? Skipped(plan.Item.Id, stopped) : Failed(plan.Item.Id, stopped, sums, clock.Elapsed);
            if (!batch.Budget.TryReserve(expectedCost, out var refusal))
                return attempt == 0
                    ? Skipped(plan.Item.Id, refusal!)
                    : Failed(plan.Item.Id, $"{refusal}; last answer broke the protocol: {lastProblem}", sums, clock.Elapsed);

            LlmReply reply;
            try
            {
                var response = await _transport.SendAsync(messages, _chatOptions, ct).ConfigureAwait(false);
                reply = LlmReply.Read(response, _settings.Preset.ReasoningField);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                batch.Budget.Settle(expectedCost, 0);
                throw;
            }
            catch (Exception ex)
            {
                batch.Budget.Settle(expectedCost, 0);
                var reason = LlmFailure.Describe(ex, _redactor);
                _options.Logger?.LogWarning("LLM request for item {Id} failed: {Reason}", plan.Item.Id, reason);
                if (LlmFailure.IsPermanent(ex)) batch.Stop($"batch stopped: every request would fail ({reason})");
                return Failed(plan.Item.Id, reason, sums, clock.Elapsed);
            }

            double callCost = _settings.Price?.Cost(reply.CacheHitTokens, reply.CacheMissTokens, reply.OutputTokens, startedAt) ?? double.NaN;
            batch.Budget.Settle(expectedCost, double.IsNaN(callCost) ? 0 : callCost);
            sums.Input += reply.InputTokens;
            sums.CacheHit += reply.CacheHitTokens;
            sums.Output += reply.OutputTokens;
            sums.Reasoning += reply.ReasoningTokens;
            sums.Cost += callCost;
            sums.Last = reply;

            var answer = ModelAnswer.Split(reply.Text, reply.ReasoningField);
            string? problem = null;
            ParsedAnswer? parsed = null;
            if (answer.Answer.Length == 0)
                problem = reply.Text.Length == 0 ? "empty content (a known hiccup of JSON mode and thinking models; asked again)" : "no answer after the thinking";
            else
                parsed = _prompt.Parse(answer.Answer, plan.Request, out problem);

            if (parsed is not null)
            {
                return Answered(plan, parsed, answer.Reasoning, sums, clock.Elapsed, reply.Text);
            }

            lastProblem = _redactor.Redact(problem);
            _options.Logger?.LogWarning("LLM answer for item {Id} broke the protocol (attempt {Attempt} of {Attempts}): {Problem}",
                plan.Item.Id, attempt + 1, attempts, lastProblem);
        }
        return Failed(plan.Item.Id, $"no answer followed the {_prompt.Version} protocol in {attempts} attempts; last: {lastProblem}", sums, clock.Elapsed);
    }

    /// <summary>A parsed answer as a result with its provenance, filed in the cache (live and batch answers alike).</summary>
    private SentimentResult Answered(Planned plan, ParsedAnswer parsed, string? reasoning, Attempts sums, TimeSpan latency, string rawText)
    {
        var result = WithProvenance(new SentimentResult
        {
            Id = plan.Item.Id,
            Score = parsed.Score,
            Label = parsed.Label,
            Confidence = parsed.Confidence,
            Rationale = parsed.Rationale,
            Reasoning = reasoning,
            Status = ScoreStatus.Ok,
            Latency = latency,
        }, sums);
        _cache?.Put(new CacheEntry(plan.Key, _identity, SentimentResultCache.Hash(plan.Request.UserMessage), result, rawText));
        return result;
    }

    /// <summary>The requested model, what the server says answered, how it was asked, when, and the tokens and cost of every attempt.</summary>
    private SentimentResult WithProvenance(SentimentResult r, Attempts sums) => r with
    {
        Model = _settings.Model,
        PromptVersion = _prompt.Version,
        ServedModel = sums.Last?.ServedModel,
        SystemFingerprint = sums.Last?.SystemFingerprint,
        Thinking = _settings.Thinking.Recorded,
        ReasoningEffort = _settings.Thinking.Effort,
        ScoredUtc = _options.Clock.GetUtcNow(),
        InputTokens = sums.Input,
        CacheHitTokens = sums.CacheHit,
        OutputTokens = sums.Output,
        ReasoningTokens = sums.Reasoning,
        CostUsd = sums.Cost,
    };

    private SentimentResult Skipped(string id, string reason) => new()
    {
        Id = id, Status = ScoreStatus.Skipped, Error = reason, Model = _settings.Model, PromptVersion = _prompt.Version,
        Thinking = _settings.Thinking.Recorded, ReasoningEffort = _settings.Thinking.Effort,
    };

    private SentimentResult Failed(string id, string reason, Attempts sums, TimeSpan latency) =>
        WithProvenance(new SentimentResult { Id = id, Status = ScoreStatus.Failed, Error = _redactor.Redact(reason), Latency = latency }, sums);

    /// <summary>Closes the result cache and the HTTP transport.</summary>
    public void Dispose()
    {
        _cache?.Dispose();
        _transport.Dispose();
    }
}
