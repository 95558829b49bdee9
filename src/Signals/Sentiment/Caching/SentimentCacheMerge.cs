using Microsoft.Data.Sqlite;

namespace Signals.Sentiment.Caching;

/// <summary>What <see cref="SentimentCacheMerge.Into"/> did: rows read from the sources, rows added, rows the target already held.</summary>
public sealed record SentimentCacheMergeResult(long Read, long Added, long AlreadyPresent);

/// <summary>
/// Merges sentiment caches (SQLite files written by <see cref="SentimentResultCache"/>, e.g. one per shard) into one.
/// A key the target already holds is kept as it is (the same key is the same scorer asked the same text, so its
/// answer is interchangeable); the sources are only read. Columns a source lacks (an older cache) stay empty.
/// </summary>
public static class SentimentCacheMerge
{
    /// <summary>Copies every row of <paramref name="sources"/> the cache at <paramref name="target"/> lacks (creating it if missing), one transaction per source.</summary>
    /// <exception cref="FileNotFoundException">A source does not exist.</exception>
    /// <exception cref="ArgumentException">A source is the target itself.</exception>
    /// <exception cref="InvalidDataException">A source is not a sentiment cache.</exception>
    public static SentimentCacheMergeResult Into(string target, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var full = Path.GetFullPath(target);
        foreach (var s in sources)
        {
            if (!File.Exists(s)) throw new FileNotFoundException($"cache '{s}' does not exist", s);
            if (Path.GetFullPath(s) == full) throw new ArgumentException($"'{s}' is the target itself");
        }
        new SentimentResultCache(target).Dispose();   // creates the file and its current schema if missing
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        connection.Open();
        var targetColumns = Columns(connection, "main");
        long read = 0, added = 0;
        foreach (var source in sources)
        {
            Execute(connection, "ATTACH DATABASE $path AS src", ("$path", Path.GetFullPath(source)));
            try
            {
                var shared = Columns(connection, "src").Where(targetColumns.Contains).ToList();
                if (!shared.Contains("key")) throw new InvalidDataException($"'{source}' is not a sentiment cache (no results table)");
                string list = string.Join(", ", shared);
                using var tx = connection.BeginTransaction();
                read += Scalar(connection, tx, "SELECT COUNT(*) FROM src.results");
                added += Execute(connection, $"INSERT OR IGNORE INTO main.results ({list}) SELECT {list} FROM src.results ORDER BY key", tx: tx);
                tx.Commit();
            }
            finally
            {
                Execute(connection, "DETACH DATABASE src");
            }
        }
        return new SentimentCacheMergeResult(read, added, read - added);
    }

    private static HashSet<string> Columns(SqliteConnection connection, string schema)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT name FROM pragma_table_info('results', '{schema}')";
        using var r = cmd.ExecuteReader();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Execute(SqliteConnection connection, string sql, (string Name, object Value)? parameter = null, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        if (parameter is { } p) cmd.Parameters.AddWithValue(p.Name, p.Value);
        return cmd.ExecuteNonQuery();
    }
}
