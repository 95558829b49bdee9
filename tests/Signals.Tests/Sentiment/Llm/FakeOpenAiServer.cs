using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>One chat request as the fake server saw it.</summary>
public sealed record FakeRequest(string Path, string Body, string? Authorization, string System, string User, JsonObject Json)
{
    /// <summary>The headline the client sent: the JSON string after "Headline: " in the user message.</summary>
    public string Headline
    {
        get
        {
            int at = User.IndexOf("Headline: ", StringComparison.Ordinal);
            return JsonSerializer.Deserialize<string>(User[(at + "Headline: ".Length)..])!;
        }
    }

    public string Model => (string?)Json["model"] ?? "";
    /// <summary>DeepSeek's switch as sent: "enabled", "disabled", or null when left to the server.</summary>
    public string? ThinkingType => (string?)Json["thinking"]?["type"];
    public string? ReasoningEffort => (string?)Json["reasoning_effort"];
}

/// <summary>What the fake server answers: a status, a body, headers, and how long it waits first.</summary>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>A chat completion the way OpenAI-compatible servers send it (DeepSeek adds reasoning_content).</summary>
    /// <param name="reasoningField">"reasoning_content" (DeepSeek, vLLM, llama.cpp) or "reasoning" (Ollama).</param>
    /// <param name="cacheHitTokens">DeepSeek's prompt_cache_hit_tokens (with prompt_cache_miss_tokens the rest of the prompt).</param>
    public static FakeReply Chat(string content, string? reasoningContent = null, int promptTokens = 40, int completionTokens = 12,
        int? reasoningTokens = null, TimeSpan delay = default, string reasoningField = "reasoning_content", int? cacheHitTokens = null,
        string model = "fake-model", string? systemFingerprint = null)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = content };
        if (reasoningContent is not null) message[reasoningField] = reasoningContent;
        var usage = new JsonObject
        {
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
        };
        if (reasoningTokens is { } r) usage["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = r };
        if (cacheHitTokens is { } hit)
        {
            usage["prompt_cache_hit_tokens"] = hit;
            usage["prompt_cache_miss_tokens"] = promptTokens - hit;
        }
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = "stop" }),
            ["usage"] = usage,
        };
        if (systemFingerprint is not null) body["system_fingerprint"] = systemFingerprint;
        return new FakeReply(200, body.ToJsonString(), Delay: delay);
    }

    /// <summary>What DeepSeek answers a request for a model it retired on 2026-07-24; null for a served model.</summary>
    public static FakeReply? RetiredModel(FakeRequest request) =>
        request.Model is "deepseek-chat" or "deepseek-reasoner"
            ? Error(400, $"Model Not Exist: {request.Model} was retired; use deepseek-flash") : null;

    public static FakeReply Error(int status, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "test_error" } }.ToJsonString(), headers);
}

/// <summary>
/// An OpenAI-compatible chat endpoint on 127.0.0.1 (HttpListener, free port), answering each request with a
/// scripted reply. Counts requests and the most that were in flight at once.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<FakeRequest, int, FakeReply> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private int _count, _inFlight, _maxInFlight, _probes;
    private const string ModelList = "{\"object\":\"list\",\"data\":[{\"id\":\"fake-model\",\"object\":\"model\"}]}";

    /// <param name="script">Reply to a request, given the request and its 0-based number.</param>
    public FakeOpenAiServer(Func<FakeRequest, int, FakeReply> script)
    {
        _script = script;
        for (int attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener = new HttpListener();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                BaseUrl = $"http://127.0.0.1:{port}/v1";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _listener.Close();
            }
        }
        _ = Task.Run(AcceptLoop);
    }

    public FakeOpenAiServer(Func<FakeRequest, FakeReply> script) : this((r, _) => script(r)) { }

    public string BaseUrl { get; } = "";
    public int RequestCount => Volatile.Read(ref _count);
    /// <summary>GET requests (the model list), not counted in <see cref="RequestCount"/>.</summary>
    public int ProbeCount => Volatile.Read(ref _probes);
    /// <summary>The status the model list is answered with (401 to play a server refusing the key).</summary>
    public int ProbeStatus { get; set; } = 200;
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);
    public IReadOnlyList<FakeRequest> Requests => _requests.ToArray();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        if (context.Request.HttpMethod == "GET")
        {
            // The model list clients ask for before a batch (a liveness check): answered, counted apart from chat requests.
            Interlocked.Increment(ref _probes);
            var list = Encoding.UTF8.GetBytes(ModelList);
            context.Response.StatusCode = ProbeStatus;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(list);
            context.Response.Close();
            return;
        }
        int number = Interlocked.Increment(ref _count) - 1;
        int now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max) { }
        try
        {
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8)) body = await reader.ReadToEndAsync();
            var json = JsonNode.Parse(body)!.AsObject();
            string system = "", user = "";
            foreach (var m in json["messages"]!.AsArray())
            {
                var role = (string)m!["role"]!;
                var text = m["content"] is JsonValue v ? (string)v! : string.Concat(m["content"]!.AsArray().Select(p => (string?)p!["text"]));
                if (role == "system") system += text;
                else if (role == "user") user += text;
            }
            var request = new FakeRequest(context.Request.Url!.AbsolutePath, body, context.Request.Headers["Authorization"], system, user, json);
            _requests.Enqueue(request);

            var reply = _script(request, number);
            if (reply.Delay > TimeSpan.Zero)
            {
                try { await Task.Delay(reply.Delay, _stop.Token); } catch (OperationCanceledException) { }
            }
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            if (reply.Headers is not null)
                foreach (var (name, value) in reply.Headers) context.Response.Headers[name] = value;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            try { context.Response.Abort(); } catch (Exception) { }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Stop(); _listener.Close(); } catch (Exception) { }
    }
}
