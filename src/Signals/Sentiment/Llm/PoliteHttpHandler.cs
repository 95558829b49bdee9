using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Sits under the OpenAI client: waits for the client-side rate limit, gives each attempt its own timeout, and
/// retries 429, 5xx, dropped connections and timeouts with exponential backoff and jitter, honouring the
/// server's Retry-After (seconds or an HTTP date).
/// </summary>
internal sealed class PoliteHttpHandler : DelegatingHandler
{
    private readonly RateLimiter? _rateLimiter;
    private readonly int _maxRetries;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly ILogger? _logger;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;

    public PoliteHttpHandler(HttpMessageHandler inner, RateLimiter? rateLimiter, int maxRetries, TimeSpan timeout,
        TimeSpan baseDelay, TimeSpan maxDelay, ILogger? logger, SecretRedactor redactor, TimeProvider? time = null)
        : base(inner)
    {
        _rateLimiter = rateLimiter;
        _maxRetries = maxRetries;
        _timeout = timeout;
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
        _logger = logger;
        _redactor = redactor;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Retries made so far (all requests); for tests and reports.</summary>
    public int Retries => _retries;
    private int _retries;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The body is sent again on a retry, so it must be buffered.
        if (request.Content is not null) await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);

        for (int attempt = 0; ; attempt++)
        {
            if (_rateLimiter is not null)
            {
                using var lease = await _rateLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
                if (!lease.IsAcquired) throw new InvalidOperationException("rate limiter refused the request");
            }

            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(_timeout);
            HttpResponseMessage? response = null;
            string problem;
            TimeSpan? retryAfter = null;
            try
            {
                response = await base.SendAsync(request, attemptCts.Token).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode)) return response;
                problem = $"HTTP {(int)response.StatusCode}";
                retryAfter = RetryAfterOf(response);
                if (attempt >= _maxRetries) return response; // the caller reads the final status and body
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {_timeout.TotalSeconds:0.#} s";
                if (attempt >= _maxRetries)
                    throw new TimeoutException($"no answer within {_timeout.TotalSeconds:0.#} s after {attempt + 1} attempts");
            }
            catch (HttpRequestException ex)
            {
                problem = _redactor.Redact(ex.Message);
                if (attempt >= _maxRetries)
                    throw new HttpRequestException(ex.HttpRequestError, $"{problem} (after {attempt + 1} attempts)", null, ex.StatusCode);
            }

            var delay = Backoff(attempt, retryAfter);
            Interlocked.Increment(ref _retries);
            _logger?.LogWarning("LLM request failed ({Problem}); retry {Retry} of {MaxRetries} in {Delay:0.###} s",
                problem, attempt + 1, _maxRetries, delay.TotalSeconds);
            response?.Dispose();
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.RequestTimeout || (int)status >= 500;

    internal TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _time.GetUtcNow();
        return null;
    }

    /// <summary>The server's Retry-After when it gives one; else base × 2^attempt with full jitter. Never beyond the cap.</summary>
    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        TimeSpan delay;
        if (retryAfter is { } wait)
            delay = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        else
        {
            double ceiling = _baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
            // Half fixed, half random: spreads clients out without ever retrying instantly.
            delay = TimeSpan.FromMilliseconds(ceiling * (0.5 + 0.5 * Random.Shared.NextDouble()));
        }
        return delay > _maxDelay ? _maxDelay : delay;
    }
}
