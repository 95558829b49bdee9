using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Signals.Benchmarks.Sentiment;

/// <summary>
/// An OpenAI-compatible chat endpoint on 127.0.0.1 that answers every request with the same Lopez-Lira
/// reply after a fixed delay, standing in for a remote model with that latency.
/// </summary>
public sealed class LlmLoopbackServer : IDisposable
{
    private static readonly byte[] Reply = Encoding.UTF8.GetBytes(
        "{\"id\":\"b\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"bench\",\"choices\":[{\"index\":0," +
        "\"message\":{\"role\":\"assistant\",\"content\":\"YES\\nOrders are up.\"},\"finish_reason\":\"stop\"}]," +
        "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":8,\"total_tokens\":128}}");

    private readonly HttpListener _listener = new();
    private readonly TimeSpan _latency;
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public LlmLoopbackServer(TimeSpan latency)
    {
        _latency = latency;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        _ = Task.Run(AcceptLoop);
    }

    public string BaseUrl { get; }
    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        try
        {
            Interlocked.Increment(ref _requests);
            await context.Request.InputStream.CopyToAsync(Stream.Null);
            await Task.Delay(_latency, _stop.Token);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = Reply.Length;
            await context.Response.OutputStream.WriteAsync(Reply);
            context.Response.Close();
        }
        catch (Exception)
        {
            try { context.Response.Abort(); } catch (Exception) { }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Stop(); _listener.Close(); } catch (Exception) { }
    }
}
