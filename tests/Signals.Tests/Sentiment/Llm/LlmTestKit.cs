using Signals.Data;
using Signals.Sentiment.Llm;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>Shared bits of the LLM tests: a recognisable fake key, news items, options pointing at a fake server.</summary>
internal static class LlmTestKit
{
    /// <summary>Looks like a real key so the redactor's pattern rules are exercised too.</summary>
    public const string TestKey = "sk-test-Zq8SECRETkey0123456789abcdef";

    public static NewsItem News(string id, string headline, params string[] symbols) =>
        new(id, new DateTimeOffset(2024, 3, 1, 14, 0, 0, TimeSpan.Zero), symbols.Length == 0 ? ["ACME"] : symbols, headline);

    public static IReadOnlyList<NewsItem> Batch(int n) =>
        Enumerable.Range(0, n).Select(i => News($"n{i:000}", $"Acme headline number {i} beats estimates")).ToArray();

    public static LlmScorerOptions Options(FakeOpenAiServer server, string model = "test-model") => new()
    {
        Provider = LlmProvider.Custom,
        Endpoint = server.BaseUrl,
        Model = model,
        ApiKey = TestKey,
        Concurrency = 4,
        MaxRetries = 3,
        MaxParseRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(3),
        Timeout = TimeSpan.FromSeconds(20),
    };

    public static string TempPath(string name) =>
        Path.Combine(Path.GetTempPath(), "signals-llm-tests", Guid.NewGuid().ToString("N"), name);

    /// <summary>Every byte of a SQLite cache, including its write-ahead log.</summary>
    public static string AllBytesOf(string dbPath)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            if (File.Exists(f))
            {
                using var s = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                sb.Append(System.Text.Encoding.Latin1.GetString(ms.ToArray()));
            }
        return sb.ToString();
    }
}
