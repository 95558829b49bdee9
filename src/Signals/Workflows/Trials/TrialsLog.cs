using System.Globalization;
using System.Text.Json;
using Signals.Data;

namespace Signals.Workflows.Trials;

/// <summary>
/// The trials file: one JSON object per line, one line per distinct configuration (keyed by its hash), in the order
/// configurations were first tried. <see cref="Record"/> adds a new configuration or updates a known one in place, and
/// rewrites the file whole (never half-written) while it holds the lock file beside it, so two studies sharing one
/// cache record both their trials. Reading is strict: a bad line names the file, line and field.
/// </summary>
public static class TrialsLog
{
    /// <summary>The file name used beside a cache when no trials file is named.</summary>
    public const string DefaultFileName = "trials.jsonl";

    /// <summary>How long <see cref="Record"/> waits for another run to finish recording before it gives up.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The default trials file beside a cache file: <c>trials.jsonl</c> in the cache's folder.</summary>
    public static string BesideCache(string cachePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(cachePath))!, DefaultFileName);

    /// <summary>The trials in the file, in first-run order; none when the file does not exist.</summary>
    public static IReadOnlyList<StudyTrial> Load(string path)
    {
        if (!File.Exists(path)) return [];
        var trials = new List<StudyTrial>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text); }
            catch (JsonException ex) { throw new DataFormatException(path, line, null, $"not a JSON object ({ex.Message})", ex); }
            using (doc) trials.Add(Read(path, line, doc.RootElement));
        }
        return trials;
    }

    /// <summary>Writes the trials, one per line, replacing the file in one move.</summary>
    public static void Write(string path, IReadOnlyList<StudyTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        AtomicFile.Write(path, stream =>
        {
            foreach (var trial in trials)
            {
                using (var w = new Utf8JsonWriter(stream)) WriteTrial(w, trial);
                stream.WriteByte((byte)'\n');
            }
        });
    }

    /// <summary>
    /// Records one run: a configuration not in the file is appended as a new trial; a known one (same hash) has its
    /// Sharpe, last-run time and run count updated and stays one trial. Returns every trial and the recorded one.
    /// </summary>
    public static TrialsLogUpdate Record(string path, TrialConfiguration configuration, double sharpe, int days, int periodsPerYear, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read, change and replace under one lock: without it two studies both read N trials and the later write drops
        // the other's trial (the count behind the Deflated Sharpe would be one short).
        using var held = Lock(path);
        var trials = Load(path).ToList();
        string hash = configuration.Hash;
        int at = trials.FindIndex(t => t.Hash == hash);
        StudyTrial recorded;
        if (at >= 0)
        {
            var old = trials[at];
            recorded = old with { Configuration = configuration, Sharpe = sharpe, Days = days, PeriodsPerYear = periodsPerYear, LastRunUtc = nowUtc, Runs = old.Runs + 1 };
            trials[at] = recorded;
        }
        else
        {
            recorded = new StudyTrial(configuration, sharpe, days, periodsPerYear, nowUtc, nowUtc, 1);
            trials.Add(recorded);
        }
        Write(path, trials);
        return new TrialsLogUpdate(Path.GetFullPath(path), trials, recorded, IsNew: at < 0);
    }

    /// <summary>The lock file beside the trials file (<c>trials.jsonl.lock</c>), kept empty and left in place.</summary>
    public static string LockPath(string path) => Path.GetFullPath(path) + ".lock";

    /// <summary>
    /// Holds <see cref="LockPath"/> exclusively (an OS lock, released when the stream closes or the process dies, so a
    /// crashed run leaves nothing stale). The file is never deleted: deleting it while another run waits on it would
    /// let two runs each lock a different file.
    /// </summary>
    private static FileStream Lock(string path)
    {
        string lockPath = LockPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < LockTimeout && File.Exists(lockPath))
            {
                Thread.Sleep(Math.Min(10 << Math.Min(attempt, 5), 250));
            }
            catch (IOException ex) when (File.Exists(lockPath))
            {
                throw new IOException($"{lockPath} stayed locked for {LockTimeout.TotalSeconds:0} s: another study is recording a trial in {Path.GetFullPath(path)}; run again when it has finished", ex);
            }
        }
    }

    private static void WriteTrial(Utf8JsonWriter w, StudyTrial t)
    {
        var c = t.Configuration;
        w.WriteStartObject();
        w.WriteString("hash", t.Hash);
        w.WriteString("scorer", c.Scorer);
        w.WriteString("model", c.Model);
        w.WriteString("promptVersion", c.PromptVersion);
        w.WriteString("thinking", c.Thinking);
        w.WriteString("strategy", c.Strategy);
        w.WriteStartObject("parameters");
        foreach (var (key, value) in c.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(key, value);
        w.WriteEndObject();
        w.WriteString("from", Day(c.From));
        w.WriteString("to", Day(c.To));
        w.WriteString("data", c.Data);
        if (double.IsFinite(t.Sharpe)) w.WriteNumber("sharpe", t.Sharpe); else w.WriteNull("sharpe");
        w.WriteNumber("days", t.Days);
        w.WriteNumber("periodsPerYear", t.PeriodsPerYear);
        w.WriteString("firstRunUtc", t.FirstRunUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        w.WriteString("lastRunUtc", t.LastRunUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        w.WriteNumber("runs", t.Runs);
        w.WriteEndObject();
    }

    private static StudyTrial Read(string path, int line, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new DataFormatException(path, line, null, "each line must be a JSON object");
        string Text(string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()! : throw new DataFormatException(path, line, field, "missing or not a string");
        string? Optional(string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int Int(string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i)
            ? i : throw new DataFormatException(path, line, field, "missing or not a whole number");
        DateOnly Date(string field) => DateOnly.TryParseExact(Text(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new DataFormatException(path, line, field, "not a date (yyyy-MM-dd)");
        DateTimeOffset Time(string field) => DateTimeOffset.TryParse(Text(field), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t : throw new DataFormatException(path, line, field, "not a timestamp");
        double sharpe = e.TryGetProperty("sharpe", out var s) ? s.ValueKind switch
        {
            JsonValueKind.Number => s.GetDouble(),
            JsonValueKind.Null => double.NaN,
            _ => throw new DataFormatException(path, line, "sharpe", "not a number or null"),
        } : throw new DataFormatException(path, line, "sharpe", "missing");
        if (!e.TryGetProperty("parameters", out var p) || p.ValueKind != JsonValueKind.Object)
            throw new DataFormatException(path, line, "parameters", "missing or not an object");
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var prop in p.EnumerateObject())
            parameters[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()!
                : throw new DataFormatException(path, line, "parameters." + prop.Name, "not a string");
        var configuration = new TrialConfiguration(Text("scorer"), Optional("model"), Optional("promptVersion"), Optional("thinking"),
            Text("strategy"), parameters, Date("from"), Date("to"), Text("data"));
        string hash = Text("hash");
        if (hash != configuration.Hash)
            throw new DataFormatException(path, line, "hash", $"does not match the line's configuration (expected {configuration.Hash}): the line was edited by hand");
        int periods = Int("periodsPerYear");
        if (periods <= 0) throw new DataFormatException(path, line, "periodsPerYear", "must be positive");
        return new StudyTrial(configuration, sharpe, Int("days"), periods, Time("firstRunUtc"), Time("lastRunUtc"), Int("runs"));
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
