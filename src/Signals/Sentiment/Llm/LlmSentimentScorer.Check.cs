using System.Net;
using System.Net.Http.Headers;
using Signals.Data;

namespace Signals.Sentiment.Llm;

/// <summary>One cheap request before a paid batch: is the endpoint there, and does it take the key?</summary>
public sealed partial class LlmSentimentScorer
{
    /// <summary>Longest wait for the check's answer: a live server lists its models at once.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Asks the endpoint for its model list (GET {endpoint}/models, which OpenAI, DeepSeek, Ollama, vLLM and llama.cpp
    /// all serve) once, without retries, before anything is scored. Throws naming the endpoint when it cannot be
    /// reached or refuses the key (401, 403); any other answer shows a live server and passes. Skipped when every item
    /// of <paramref name="items"/> is in the cache (nothing would be sent) and for an injected chat client.
    /// </summary>
    public async Task CheckEndpointAsync(IReadOnlyList<NewsItem> items, CancellationToken cancellationToken = default)
    {
        if (_estimateOnly || !_transport.OwnsHttp || items.Count == 0) return;
        if (_cache is not null && Estimate(items).CachedItems == items.Count) return;

        var url = new Uri(_settings.Endpoint.AbsoluteUri.TrimEnd('/') + "/models");
        using var http = new HttpClient(new SocketsHttpHandler(), disposeHandler: true) { Timeout = CheckTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (_settings.ApiKey.Value != "no-key") // the placeholder of a keyless local server
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings.ApiKey.Value);
        HttpStatusCode status;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException(_redactor.Redact($"the LLM endpoint {_settings.Endpoint} cannot be reached ({ex.Message}); nothing was scored"), ex);
        }
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            throw new HttpRequestException($"the LLM endpoint {_settings.Endpoint} refused the API key ({(int)status} {status}); nothing was scored");
    }
}
