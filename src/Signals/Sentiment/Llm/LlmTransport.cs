using System.ClientModel;
using System.ClientModel.Primitives;
using System.Threading.RateLimiting;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Gets one chat answer over HTTP: the OpenAI client over a polite handler (rate limit, per-attempt timeout, retries
/// that honour Retry-After). An injected chat client gets the rate limit and timeout here instead.
/// </summary>
internal sealed class LlmTransport : IDisposable
{
    private readonly IChatClient _chat;
    private readonly HttpClient? _http;
    private readonly PoliteHttpHandler? _politeHandler;
    private readonly RateLimiter? _rateLimiter;
    private readonly TimeSpan _timeout;

    public LlmTransport(LlmScorerOptions options, ResolvedLlmSettings settings, IChatClient? chatClient, HttpMessageHandler? transport, SecretRedactor redactor)
    {
        OwnsHttp = chatClient is null && transport is null;
        _timeout = options.Timeout;
        _rateLimiter = CreateRateLimiter(options.RequestsPerMinute);
        if (chatClient is not null)
        {
            _chat = chatClient;
            return;
        }
        _politeHandler = new PoliteHttpHandler(
            transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
            _rateLimiter, options.MaxRetries, options.Timeout, options.RetryBaseDelay, options.MaxRetryDelay,
            options.Logger, redactor);
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

    /// <summary>True when requests go straight to the endpoint over this process's own sockets (no injected client or handler).</summary>
    public bool OwnsHttp { get; }

    /// <summary>HTTP retries made so far (429, 5xx, timeouts).</summary>
    public int Retries => _politeHandler?.Retries ?? 0;

    public async Task<ChatResponse> SendAsync(IList<ChatMessage> messages, ChatOptions options, CancellationToken ct)
    {
        if (_http is not null) return await _chat.GetResponseAsync(messages, options, ct).ConfigureAwait(false);

        // An injected client has no polite handler under it: rate-limit and time it here.
        if (_rateLimiter is not null)
        {
            using var lease = await _rateLimiter.AcquireAsync(1, ct).ConfigureAwait(false);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        try
        {
            return await _chat.GetResponseAsync(messages, options, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {_timeout.TotalSeconds:0.#} s");
        }
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

    public void Dispose()
    {
        _http?.Dispose();
        _rateLimiter?.Dispose();
    }
}
