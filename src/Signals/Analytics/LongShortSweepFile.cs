using System.Globalization;
using System.Text;
using System.Text.Json;
using Signals.Data;
using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>
/// A long-short sweep (or one shard of it) as JSON lines: the <see cref="LongShortSweepHeader"/> first, then one line
/// per configuration in grid order — its grid index, half-life, quantile, annualised Sharpe, total return and every
/// daily return — with every number at round-trip precision (a non-finite one is null). <see cref="Merge"/> checks
/// that shards belong together and writes, through <see cref="Write(TextWriter)"/>, the bytes of the unsharded run.
/// </summary>
public sealed class LongShortSweepFile
{
    /// <summary>A file of <paramref name="result"/>'s entries under <paramref name="header"/> (not read from disk).</summary>
    public LongShortSweepFile(LongShortSweepHeader header, SweepResult<(double HalfLifeDays, double Quantile), double[]> result, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        Header = header;
        Result = result;
        Source = source;
    }

    /// <summary>The grid, inputs, settings and shard.</summary>
    public LongShortSweepHeader Header { get; }

    /// <summary>The configurations this file holds, each with its index in the whole grid and its daily returns.</summary>
    public SweepResult<(double HalfLifeDays, double Quantile), double[]> Result { get; }

    /// <summary>The path the file was read from, for error messages; null when built in memory.</summary>
    public string? Source { get; }

    /// <summary>Writes the header line and one line per entry ("\n" line ends, UTF-8 through the writer).</summary>
    public static void Write(TextWriter writer, LongShortSweepHeader header, SweepResult<(double HalfLifeDays, double Quantile), double[]> result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(result);
        writer.Write(Line(json => WriteHeader(json, header)));
        foreach (var e in result.Entries) writer.Write(Line(json => WriteEntry(json, e)));
    }

    /// <inheritdoc cref="Write(TextWriter, LongShortSweepHeader, SweepResult{ValueTuple{double, double}, double[]})"/>
    public void Write(TextWriter writer) => Write(writer, Header, Result);

    /// <summary>
    /// Reads a file <see cref="Write(TextWriter)"/> wrote; throws <see cref="FormatException"/> naming the file, line and field of
    /// anything else, and when an entry is not the grid's configuration at its index or not one its shard owns.
    /// </summary>
    public static LongShortSweepFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <inheritdoc cref="Read(string)"/>
    public static LongShortSweepFile Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        string? line;
        LongShortSweepHeader? header = null;
        IReadOnlyList<(double HalfLifeDays, double Quantile)> grid = [];
        int[] owned = [];
        var entries = new List<SweepEntry<(double HalfLifeDays, double Quantile), double[]>>();
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(line); }
            catch (JsonException ex) { throw Error(source, lineNumber, $"not JSON ({ex.Message})"); }
            using (doc)
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object) throw Error(source, lineNumber, "not a JSON object");
                if (header is null)
                {
                    header = ReadHeader(root, source, lineNumber);
                    grid = header.Grid();
                    owned = header.Shard is { } shard ? SweepShards.Indices(grid.Count, shard) : Enumerable.Range(0, grid.Count).ToArray();
                    continue;
                }
                int index = Int(root, "index", source, lineNumber);
                if (entries.Count >= owned.Length || owned[entries.Count] != index)
                    throw Error(source, lineNumber, entries.Count < owned.Length
                        ? $"'index' {index}: expected configuration {owned[entries.Count]} next ({ShardText(header.Shard)} holds {Sample(owned)} in order)"
                        : $"'index' {index}: {ShardText(header.Shard)} holds {owned.Length} configurations, this is one more");
                var config = (Number(root, "halfLifeDays", source, lineNumber), Number(root, "quantile", source, lineNumber));
                if (config != grid[index])
                    throw Error(source, lineNumber, $"configuration {index} is half-life {config.Item1.ToString("R", CultureInfo.InvariantCulture)}, quantile {config.Item2.ToString("R", CultureInfo.InvariantCulture)}; the header's grid says {grid[index].HalfLifeDays.ToString("R", CultureInfo.InvariantCulture)}, {grid[index].Quantile.ToString("R", CultureInfo.InvariantCulture)}");
                if (!root.TryGetProperty("returns", out var returns) || returns.ValueKind != JsonValueKind.Array)
                    throw Error(source, lineNumber, "'returns' is missing or not an array");
                var values = new double[returns.GetArrayLength()];
                int i = 0;
                foreach (var r in returns.EnumerateArray())
                    values[i++] = r.ValueKind == JsonValueKind.Null ? double.NaN
                        : r.ValueKind == JsonValueKind.Number ? r.GetDouble()
                        : throw Error(source, lineNumber, $"'returns'[{i}] is not a number");
                entries.Add(new(index, grid[index], values));
            }
        }
        if (header is null) throw Error(source, 0, "empty: no header line");
        if (entries.Count != owned.Length)
            throw Error(source, lineNumber, $"ends after {entries.Count} of the {owned.Length} configurations {ShardText(header.Shard)} holds (configuration {owned[entries.Count]} is missing)");
        return new LongShortSweepFile(header, new SweepResult<(double, double), double[]>(entries), source);
    }

    /// <summary>
    /// The whole sweep from its shards: every file must be a shard of the same grid, inputs, settings and window, with
    /// the same N, and every shard 1..N must be there exactly once (the error names a missing or repeated shard and the
    /// files involved). The result has no shard in its header, so it writes byte for byte as the unsharded run.
    /// </summary>
    public static LongShortSweepFile Merge(IReadOnlyList<LongShortSweepFile> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0) throw new ArgumentException("no shard files to merge");
        var first = shards[0];
        foreach (var file in shards)
            if (file.Header.Shard is null) throw new ArgumentException($"{Name(file)} is a whole sweep, not a shard; nothing to merge it with");
        int n = first.Header.Shard!.Value.Count;
        foreach (var file in shards.Skip(1))
        {
            if (first.Header.DifferenceFrom(file.Header) is { } difference)
                throw new ArgumentException($"{Name(file)} is not a shard of the same sweep as {Name(first)}: {difference}");
            if (file.Header.Shard!.Value.Count != n)
                throw new ArgumentException($"{Name(file)} is shard {file.Header.Shard} but {Name(first)} is shard {first.Header.Shard}: the sweep was split two ways");
        }
        foreach (var repeated in shards.GroupBy(f => f.Header.Shard!.Value.Index).Where(g => g.Count() > 1))
            throw new ArgumentException($"shard {repeated.Key}/{n} is given {repeated.Count()} times ({string.Join(", ", repeated.Select(Name))}): its configurations would be counted twice");
        var missing = Enumerable.Range(1, n).Where(k => shards.All(f => f.Header.Shard!.Value.Index != k)).ToArray();
        if (missing.Length > 0)
        {
            int count = first.Header.Configurations;
            var lost = missing.SelectMany(k => SweepShards.Indices(count, new BatchShard(k, n))).Order().ToArray();
            throw new ArgumentException($"shard{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(k => $"{k}/{n}"))} missing: configuration{(lost.Length > 1 ? "s" : "")} {Sample(lost)} of {count} in no file");
        }
        var merged = SweepShards.Merge(first.Header.Configurations, shards.Select(f => f.Result));
        return new LongShortSweepFile(first.Header with { Shard = null }, merged);
    }

    private static string Name(LongShortSweepFile file) => file.Source is null ? $"shard {file.Header.Shard}" : $"'{file.Source}'";

    private static string ShardText(BatchShard? shard) => shard is { } s ? $"shard {s}" : "the whole sweep";

    private static string Sample(int[] indices) =>
        string.Join(", ", indices.Take(8).Select(i => i.ToString(CultureInfo.InvariantCulture))) + (indices.Length > 8 ? $", … ({indices.Length} in all)" : "");

    private static string Line(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer)) write(json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteHeader(Utf8JsonWriter json, LongShortSweepHeader header)
    {
        json.WriteStartObject();
        json.WriteString("format", LongShortSweepHeader.FormatName);
        json.WriteNumber("configurations", header.Configurations);
        Numbers(json, "halfLifeDays", header.HalfLivesDays);
        Numbers(json, "quantiles", header.Quantiles);
        json.WriteString("firstDate", header.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("lastDate", header.LastDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Pairs(json, "inputs", header.Inputs);
        Pairs(json, "settings", header.Settings);
        if (header.Shard is { } shard) json.WriteString("shard", shard.ToString());
        else json.WriteNull("shard");
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, SweepEntry<(double HalfLifeDays, double Quantile), double[]> e)
    {
        json.WriteStartObject();
        json.WriteNumber("index", e.Index);
        Number(json, "halfLifeDays", e.Config.HalfLifeDays);
        Number(json, "quantile", e.Config.Quantile);
        Number(json, "sharpe", Returns.Sharpe(e.Result));
        Number(json, "totalReturn", e.Result.Length == 0 ? double.NaN : Returns.ToEquity(e.Result)[^1] - 1);
        Numbers(json, "returns", e.Result);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
            if (double.IsFinite(v)) json.WriteNumberValue(v);
            else json.WriteNullValue();
        json.WriteEndArray();
    }

    private static void Pairs(Utf8JsonWriter json, string name, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in pairs) json.WriteString(key, value);
        json.WriteEndObject();
    }

    private static LongShortSweepHeader ReadHeader(JsonElement root, string source, int line)
    {
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != LongShortSweepHeader.FormatName)
            throw Error(source, line, $"'format' is not {LongShortSweepHeader.FormatName}: not a long-short sweep file from `signals sweep`");
        BatchShard? shard = null;
        if (root.TryGetProperty("shard", out var s) && s.ValueKind != JsonValueKind.Null)
        {
            try { shard = BatchShard.Parse(s.GetString() ?? ""); }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException) { throw Error(source, line, $"'shard': {ex.Message}"); }
        }
        var header = new LongShortSweepHeader
        {
            HalfLivesDays = NumberArray(root, "halfLifeDays", source, line),
            Quantiles = NumberArray(root, "quantiles", source, line),
            FirstDate = Date(root, "firstDate", source, line),
            LastDate = Date(root, "lastDate", source, line),
            Inputs = StringPairs(root, "inputs", source, line),
            Settings = StringPairs(root, "settings", source, line),
            Shard = shard,
        };
        if (Int(root, "configurations", source, line) != header.Configurations)
            throw Error(source, line, $"'configurations' is not {header.HalfLivesDays.Count} half-lives × {header.Quantiles.Count} quantiles");
        return header;
    }

    private static double Number(JsonElement root, string name, string source, int line) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw Error(source, line, $"'{name}' is missing or not a number");

    private static int Int(JsonElement root, string name, string source, int line) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw Error(source, line, $"'{name}' is missing or not a whole number");

    private static double[] NumberArray(JsonElement root, string name, string source, int line)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) throw Error(source, line, $"'{name}' is missing or not an array");
        return v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Number ? x.GetDouble() : throw Error(source, line, $"'{name}' holds a non-number")).ToArray();
    }

    private static DateOnly Date(JsonElement root, string name, string source, int line) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Error(source, line, $"'{name}' is missing or not a yyyy-MM-dd date");

    private static KeyValuePair<string, string>[] StringPairs(JsonElement root, string name, string source, int line)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Object) throw Error(source, line, $"'{name}' is missing or not an object");
        return v.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String
            ? new KeyValuePair<string, string>(p.Name, p.Value.GetString()!) : throw Error(source, line, $"'{name}.{p.Name}' is not text")).ToArray();
    }

    private static FormatException Error(string source, int line, string message) => new($"{source} line {line}: {message}");
}
