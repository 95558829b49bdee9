using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Signals.Sentiment.Caching;

/// <summary>
/// Finished sentiment results on disk (SQLite, WAL), keyed by a hash of who scored (scorer identity: name,
/// version, model, prompt, parameters — never a secret) and what was scored. Each put commits at once, so a
/// killed batch keeps everything it finished. Only Ok results are stored: a failure is retried next run.
/// Thread-safe (one connection behind a lock).
/// </summary>
public sealed class SentimentResultCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private SqliteCommand? _select;
    private SqliteCommand? _insert;

    /// <summary>Full path of the SQLite file.</summary>
    public string Path { get; }

    /// <summary>Opens the cache at <paramref name="path"/>, creating the file, its folder and its schema when missing.</summary>
    public SentimentResultCache(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;");
        Execute("""
            CREATE TABLE IF NOT EXISTS results (
                key TEXT PRIMARY KEY,
                scorer TEXT NOT NULL,
                text_hash TEXT NOT NULL,
                score REAL NOT NULL,
                label INTEGER NOT NULL,
                confidence REAL NOT NULL,
                rationale TEXT,
                reasoning TEXT,
                model TEXT NOT NULL,
                prompt_version TEXT NOT NULL,
                input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                reasoning_tokens INTEGER NOT NULL,
                latency_ms REAL NOT NULL,
                raw_response TEXT,
                created_utc TEXT NOT NULL
            ) WITHOUT ROWID;
            """);
        AddMissingColumns();
    }

    /// <summary>Provenance columns added after the first version of the table; older cache files gain them, empty.</summary>
    private static readonly (string Name, string Type)[] ProvenanceColumns =
    [
        ("served_model", "TEXT"), ("system_fingerprint", "TEXT"), ("thinking", "TEXT"), ("reasoning_effort", "TEXT"),
        ("cache_hit_tokens", "INTEGER NOT NULL DEFAULT 0"), ("cost_usd", "REAL"),
    ];

    private void AddMissingColumns()
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM pragma_table_info('results')";
            using var r = cmd.ExecuteReader();
            while (r.Read()) present.Add(r.GetString(0));
        }
        foreach (var (name, type) in ProvenanceColumns)
            if (!present.Contains(name)) Execute($"ALTER TABLE results ADD COLUMN {name} {type}");
    }

    /// <summary>SHA-256 (hex) of a UTF-8 string.</summary>
    public static string Hash(string text)
    {
        // Short texts (headlines) hash without a heap buffer; this runs once or twice per item of every batch.
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[1024];
        int length = Encoding.UTF8.GetBytes(text, buffer);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer[..length], digest);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>The cache key of one text under one scorer identity: one SHA-256 over both, since lookups run per item.</summary>
    public static string Key(string scorerIdentity, string text) => Hash(scorerIdentity + "\u001f" + text);

    /// <summary>Number of stored results, across every scorer identity.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                using var cmd = _connection.CreateCommand();
                cmd.CommandText = "SELECT COUNT(*) FROM results";
                return (long)cmd.ExecuteScalar()!;
            }
        }
    }

    /// <summary>
    /// Results for the keys, in order; null where there is none. The keys go to SQLite as one JSON array per
    /// chunk and come back in one scan, which is several times faster than a lookup per key.
    /// </summary>
    /// <param name="ids">Item ids to put in the results (else empty), which saves copying each result.</param>
    public SentimentResult?[] GetMany(IReadOnlyList<string> keys, IReadOnlyList<string>? ids = null)
    {
        if (ids is not null && ids.Count != keys.Count) throw new ArgumentException("one id per key", nameof(ids));
        const int Chunk = 4096;
        var found = new SentimentResult?[keys.Count];
        var seen = new Dictionary<string, int>(Math.Min(keys.Count, Chunk), StringComparer.Ordinal);
        var position = new List<int>(Math.Min(keys.Count, Chunk)); // JSON array index → key index
        var duplicates = new List<(int Index, string Key)>();
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction(deferred: true);
            var select = _select ??= Prepare("""
                SELECT k.key, r.score, r.label, r.confidence, r.rationale, r.reasoning, r.model, r.prompt_version,
                       r.input_tokens, r.output_tokens, r.reasoning_tokens, r.latency_ms,
                       r.served_model, r.system_fingerprint, r.thinking, r.reasoning_effort, r.cache_hit_tokens, r.cost_usd, r.created_utc
                FROM json_each($keys) AS k JOIN results AS r ON r.key = k.value
                """, "$keys");
            select.Transaction = tx;
            for (int start = 0; start < keys.Count; start += Chunk)
            {
                seen.Clear();
                position.Clear();
                int end = Math.Min(keys.Count, start + Chunk);
                var json = new StringBuilder((end - start) * 67 + 2).Append('[');
                for (int i = start; i < end; i++)
                {
                    if (!seen.TryAdd(keys[i], i)) { duplicates.Add((i, keys[i])); continue; }
                    if (json.Length > 1) json.Append(',');
                    position.Add(i);
                    if (IsHex(keys[i])) json.Append('"').Append(keys[i]).Append('"');
                    else json.Append(System.Text.Json.JsonSerializer.Serialize(keys[i]));
                }
                select.Parameters[0].Value = json.Append(']').ToString();
                using var r = select.ExecuteReader();
                while (r.Read())
                {
                    int i = position[r.GetInt32(0)]; // json_each's key of an array element is its index
                    found[i] = new SentimentResult
                    {
                        Id = ids?[i] ?? "",
                        Score = r.GetDouble(1),
                        Label = (SentimentLabel)r.GetInt32(2),
                        Confidence = r.GetDouble(3),
                        Rationale = r.IsDBNull(4) ? null : r.GetString(4),
                        Reasoning = r.IsDBNull(5) ? null : r.GetString(5),
                        Model = r.GetString(6),
                        PromptVersion = r.GetString(7),
                        InputTokens = r.GetInt32(8),
                        OutputTokens = r.GetInt32(9),
                        ReasoningTokens = r.GetInt32(10),
                        Latency = TimeSpan.FromMilliseconds(r.GetDouble(11)),
                        ServedModel = r.IsDBNull(12) ? null : r.GetString(12),
                        SystemFingerprint = r.IsDBNull(13) ? null : r.GetString(13),
                        Thinking = r.IsDBNull(14) ? null : r.GetString(14),
                        ReasoningEffort = r.IsDBNull(15) ? null : r.GetString(15),
                        CacheHitTokens = r.GetInt32(16),
                        CostUsd = r.IsDBNull(17) ? double.NaN : r.GetDouble(17),
                        ScoredUtc = DateTimeOffset.TryParse(r.GetString(18), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null,
                        Cached = true,
                    };
                }
            }
            select.Transaction = null;
            tx.Commit();
        }
        // A key asked twice in one call gets the same answer twice.
        if (duplicates.Count > 0)
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < keys.Count; i++) first.TryAdd(keys[i], i);
            foreach (var (index, key) in duplicates)
                found[index] = found[first[key]] is { } hit && ids is not null ? hit with { Id = ids[index] } : found[first[key]];
        }
        return found;
    }

    private static bool IsHex(string key)
    {
        foreach (var c in key)
            if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }

    /// <summary>The raw model reply stored with a result (for audits), or null.</summary>
    public string? GetRawResponse(string key)
    {
        lock (_gate)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT raw_response FROM results WHERE key = $key";
            cmd.Parameters.AddWithValue("$key", key);
            return cmd.ExecuteScalar() as string;
        }
    }

    /// <summary>Stores one finished result and commits it. Non-Ok results are ignored.</summary>
    public void Put(CacheEntry entry) => PutMany([entry]);

    /// <summary>Stores finished results in one transaction. Non-Ok results are ignored.</summary>
    public void PutMany(IEnumerable<CacheEntry> entries)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var insert = _insert ??= Prepare("""
                INSERT OR REPLACE INTO results (key, scorer, text_hash, score, label, confidence, rationale, reasoning, model,
                    prompt_version, input_tokens, output_tokens, reasoning_tokens, latency_ms, raw_response, created_utc,
                    served_model, system_fingerprint, thinking, reasoning_effort, cache_hit_tokens, cost_usd)
                VALUES ($key, $scorer, $text_hash, $score, $label, $confidence, $rationale, $reasoning, $model,
                    $prompt_version, $input_tokens, $output_tokens, $reasoning_tokens, $latency_ms, $raw_response, $created_utc,
                    $served_model, $system_fingerprint, $thinking, $reasoning_effort, $cache_hit_tokens, $cost_usd)
                """, "$key", "$scorer", "$text_hash", "$score", "$label", "$confidence", "$rationale", "$reasoning", "$model",
                "$prompt_version", "$input_tokens", "$output_tokens", "$reasoning_tokens", "$latency_ms", "$raw_response", "$created_utc",
                "$served_model", "$system_fingerprint", "$thinking", "$reasoning_effort", "$cache_hit_tokens", "$cost_usd");
            insert.Transaction = tx;
            var p = insert.Parameters;
            foreach (var e in entries)
            {
                var r = e.Result;
                if (r.Status != ScoreStatus.Ok || !double.IsFinite(r.Score)) continue;
                p[0].Value = e.Key;
                p[1].Value = e.ScorerIdentity;
                p[2].Value = e.TextHash;
                p[3].Value = r.Score;
                p[4].Value = (int)r.Label;
                p[5].Value = double.IsFinite(r.Confidence) ? r.Confidence : 0.0;
                p[6].Value = (object?)r.Rationale ?? DBNull.Value;
                p[7].Value = (object?)r.Reasoning ?? DBNull.Value;
                p[8].Value = r.Model;
                p[9].Value = r.PromptVersion;
                p[10].Value = r.InputTokens;
                p[11].Value = r.OutputTokens;
                p[12].Value = r.ReasoningTokens;
                p[13].Value = r.Latency.TotalMilliseconds;
                p[14].Value = (object?)e.RawResponse ?? DBNull.Value;
                p[15].Value = (r.ScoredUtc ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
                p[16].Value = (object?)r.ServedModel ?? DBNull.Value;
                p[17].Value = (object?)r.SystemFingerprint ?? DBNull.Value;
                p[18].Value = (object?)r.Thinking ?? DBNull.Value;
                p[19].Value = (object?)r.ReasoningEffort ?? DBNull.Value;
                p[20].Value = r.CacheHitTokens;
                p[21].Value = double.IsFinite(r.CostUsd) ? r.CostUsd : DBNull.Value;
                insert.ExecuteNonQuery();
            }
            insert.Transaction = null;
            tx.Commit();
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var name in parameters)
            cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        return cmd;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Closes the connection; every put is already committed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _select?.Dispose();
            _insert?.Dispose();
            _connection.Dispose();
        }
    }
}

/// <summary>One row to store: the key, the scorer identity and text hash it came from, the result, and the raw reply if any.</summary>
public readonly record struct CacheEntry(string Key, string ScorerIdentity, string TextHash, SentimentResult Result, string? RawResponse = null);
