using System.Globalization;
using System.Text.Json;
using Signals.Data;

namespace Signals.Reporting;

/// <summary>
/// params.json of a backtest run: the strategy's parameters, the input files (provenance) and, when recorded, the
/// cost and timing assumptions. Read tolerantly: anything not recognised is shown as a parameter rather than dropped.
/// </summary>
public sealed record RunParameters(
    string? Strategy,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    IReadOnlyList<DataProvenance> Provenance,
    TearsheetAssumptions Assumptions)
{
    /// <summary>No strategy, parameters, inputs or assumptions: a run folder without params.json.</summary>
    public static RunParameters Empty { get; } = new(null, [], [], new TearsheetAssumptions());

    private static readonly string[] ProvenanceKeys = ["provenance", "data", "inputs"];
    private static readonly string[] AssumptionKeys = ["costs", "assumptions", "execution"];

    /// <summary>Reads params.json; unknown keys become parameters rather than being dropped.</summary>
    /// <exception cref="DataFormatException">The file is not JSON or does not hold one object.</exception>
    public static RunParameters Read(string path)
    {
        using (var doc = JsonObjectFile.Read(path, "params.json"))
        {
            var root = doc.RootElement;

            string? strategy = null, pointInTime = null;
            var parameters = new List<KeyValuePair<string, string>>();
            var provenance = new List<DataProvenance>();
            var assumptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in root.EnumerateObject())
            {
                if (p.NameEquals("strategy") && p.Value.ValueKind == JsonValueKind.String) strategy = p.Value.GetString();
                else if ((p.NameEquals("parameters") || p.NameEquals("strategyParameters")) && p.Value.ValueKind == JsonValueKind.Object)
                    foreach (var q in p.Value.EnumerateObject()) parameters.Add(new(q.Name, Text(q.Value)));
                else if (p.NameEquals("features"))
                {
                    // How news entered the signal: the point-in-time rule of this run (null: a prices-only run).
                    pointInTime = PointInTimeRule(p.Value);
                    if (p.Value.ValueKind == JsonValueKind.Object)
                        foreach (var q in p.Value.EnumerateObject()) parameters.Add(new("features." + q.Name, Text(q.Value)));
                }
                else if (Array.Exists(ProvenanceKeys, k => p.NameEquals(k)) && p.Value.ValueKind == JsonValueKind.Array)
                    foreach (var item in p.Value.EnumerateArray()) provenance.Add(ReadProvenance(path, item));
                else if (Array.Exists(AssumptionKeys, k => p.NameEquals(k)) && p.Value.ValueKind == JsonValueKind.Object)
                    foreach (var q in p.Value.EnumerateObject()) assumptions[q.Name] = Text(q.Value);
                else if (IsAssumptionKey(p.Name)) assumptions[p.Name] = Text(p.Value);
                else parameters.Add(new(p.Name, Text(p.Value)));
            }
            var stated = ToAssumptions(assumptions);
            if (stated.PointInTime is null && pointInTime is not null) stated = stated with { PointInTime = pointInTime };
            return new RunParameters(strategy, parameters, provenance, stated);
        }
    }

    /// <summary>Describes the features block <c>signals backtest</c> records (timing, close cutoff, half-life).</summary>
    private static string PointInTimeRule(JsonElement features)
    {
        if (features.ValueKind != JsonValueKind.Object) return "no news features: the strategy trades on prices only";
        string Get(string name) => features.TryGetProperty(name, out var v) ? Text(v) : "?";
        if (!features.TryGetProperty("timing", out _)) return "news features recorded without a timing rule: " + features.GetRawText();
        string timing = Get("timing");
        string rule = timing == "close"
            ? $"a headline counts from the first close it precedes by the cutoff ({Get("closeCutoff")} New York), else the next trading day's close"
            : "a headline published before 09:30 New York on a trading day counts from that day's open, later ones from the next trading day's open";
        if (features.TryGetProperty("halfLifeDays", out var h)) rule += $"; scores decay with a {Text(h)}-day half-life";
        return rule;
    }

    private static bool IsAssumptionKey(string name) =>
        name.StartsWith("commission", StringComparison.OrdinalIgnoreCase) || name.StartsWith("slippage", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("borrow", StringComparison.OrdinalIgnoreCase) || name.StartsWith("fill", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("pointInTime", StringComparison.OrdinalIgnoreCase);

    /// <summary>Groups recorded cost keys (commissionBps, commissionPerShare, ...) under the row they belong to.</summary>
    private static TearsheetAssumptions ToAssumptions(Dictionary<string, string> values)
    {
        string? Take(string prefix)
        {
            var parts = new List<string>();
            foreach (var (k, v) in values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                if (k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) parts.Add($"{k} = {v}");
            foreach (var (k, _) in values.ToList())
                if (k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) values.Remove(k);
            return parts.Count == 0 ? null : string.Join("; ", parts);
        }
        var a = new TearsheetAssumptions
        {
            Commission = Take("commission"),
            Slippage = Take("slippage"),
            Borrow = Take("borrow"),
            FillTiming = DescribeFill(Take("fill")),
            PointInTime = Take("pointInTime"),
        };
        return a with { Other = [.. values.OrderBy(kv => kv.Key, StringComparer.Ordinal)] };
    }

    private static string? DescribeFill(string? recorded) => recorded switch
    {
        "fill = next-open" => "decided on data to the close of day t, filled at the open of day t+1 (fill = next-open)",
        "fill = close" => "filled at the close of the decision day; the signal must be known before the close (fill = close)",
        _ => recorded,
    };

    private static DataProvenance ReadProvenance(string path, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) throw new DataFormatException(path, null, "provenance", "each provenance entry must be an object");
        string? file = null, sha = null, role = null;
        long? rows = null;
        DateOnly? first = null, last = null;
        foreach (var p in item.EnumerateObject())
        {
            string name = p.Name.ToLowerInvariant();
            switch (name)
            {
                case "file" or "path" or "name": file = Text(p.Value); break;
                case "rows" or "count" or "rowcount":
                    if (p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out long r)) rows = r;
                    else throw new DataFormatException(path, null, "provenance." + p.Name, "expected a whole number of rows");
                    break;
                case "first" or "from" or "start" or "firstdate" or "startdate": first = Date(path, p); break;
                case "last" or "to" or "end" or "lastdate" or "enddate": last = Date(path, p); break;
                case "sha256" or "sha-256" or "hash": sha = Text(p.Value); break;
                case "role": role = Text(p.Value); break;
            }
        }
        file ??= "(unnamed)";
        return new DataProvenance(role is null ? file : $"{role}: {file}", rows, first, last, sha);
    }

    private static DateOnly? Date(string path, JsonProperty p)
    {
        if (p.Value.ValueKind == JsonValueKind.Null) return null;
        string s = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
        if (s.Length >= 10 && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new DataFormatException(path, null, "provenance." + p.Name, $"'{s}' is not a date (yyyy-MM-dd)");
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Null => "null",
        _ => e.GetRawText(),
    };
}
