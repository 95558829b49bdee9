using Microsoft.Data.Sqlite;
using Signals.Sentiment.Caching;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// Headline embeddings on disk, beside the scores (same SQLite file, own table): keyed by the embedder's identity
/// (model and precision) and the text, so an fp32 vector never stands in for an int8 one and a re-run embeds only
/// what is new.
/// </summary>
public sealed class EmbeddingCache : IDisposable
{
    private readonly SqliteConnection _connection;

    /// <summary>Opens (creating when missing) the embedding table of the SQLite file at <paramref name="path"/>, which may be the sentiment cache itself.</summary>
    public EmbeddingCache(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        _connection.Open();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, embedder TEXT NOT NULL, vector BLOB NOT NULL) WITHOUT ROWID;";
        cmd.ExecuteNonQuery();
    }

    /// <summary>The key of a text under an embedder identity.</summary>
    public static string Key(string embedder, string text) => SentimentResultCache.Key(embedder, text);

    /// <summary>The cached vectors of <paramref name="keys"/>, in order; null where none is stored.</summary>
    public float[]?[] GetMany(IReadOnlyList<string> keys)
    {
        var result = new float[]?[keys.Count];
        using var tx = _connection.BeginTransaction();
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT vector FROM embeddings WHERE key = $key";
        var p = cmd.Parameters.Add("$key", SqliteType.Text);
        for (int i = 0; i < keys.Count; i++)
        {
            p.Value = keys[i];
            if (cmd.ExecuteScalar() is byte[] bytes)
            {
                var v = new float[bytes.Length / sizeof(float)];
                Buffer.BlockCopy(bytes, 0, v, 0, v.Length * sizeof(float));
                result[i] = v;
            }
        }
        tx.Commit();
        return result;
    }

    /// <summary>Stores vectors under their keys in one transaction (a key already stored keeps its vector).</summary>
    public void PutMany(string embedder, IEnumerable<(string Key, float[] Vector)> rows)
    {
        using var tx = _connection.BeginTransaction();
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR IGNORE INTO embeddings (key, embedder, vector) VALUES ($key, $embedder, $vector)";
        var key = cmd.Parameters.Add("$key", SqliteType.Text);
        cmd.Parameters.AddWithValue("$embedder", embedder);
        var vector = cmd.Parameters.Add("$vector", SqliteType.Blob);
        foreach (var (k, v) in rows)
        {
            var bytes = new byte[v.Length * sizeof(float)];
            Buffer.BlockCopy(v, 0, bytes, 0, bytes.Length);
            key.Value = k;
            vector.Value = bytes;
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _connection.Dispose();
}
