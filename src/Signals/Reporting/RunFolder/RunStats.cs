using System.Globalization;
using System.Text.Json;
using Signals.Data;

namespace Signals.Reporting;

/// <summary>Reads stats.json (camelCase, as <c>signals backtest</c> writes it) into report statistics.</summary>
public static class RunStats
{
    /// <summary>Known fields: report label and format, in the order a reader wants them (headline first).</summary>
    private static readonly (string Field, string Label, StatFormat Format, bool Signed)[] Known =
    [
        ("totalReturn", "Total return", StatFormat.Percent, true),
        ("cagr", "CAGR", StatFormat.Percent, true),
        ("sharpe", "Sharpe ratio", StatFormat.Ratio, true),
        ("maxDrawdown", "Max drawdown", StatFormat.Percent, true),
        ("annualVolatility", "Annual volatility", StatFormat.Percent, false),
        ("sortino", "Sortino ratio", StatFormat.Ratio, true),
        ("calmar", "Calmar ratio", StatFormat.Ratio, true),
        ("maxDrawdownDays", "Longest drawdown", StatFormat.Days, false),
        ("exposure", "Exposure", StatFormat.Percent, false),
        ("turnover", "Turnover", StatFormat.Ratio, false),
        ("trades", "Trades", StatFormat.Integer, false),
        ("winRate", "Win rate", StatFormat.Percent, false),
        ("profitFactor", "Profit factor", StatFormat.Ratio, false),
        ("finalEquity", "Final equity", StatFormat.Currency, false),
    ];

    public static IReadOnlyList<TearsheetStat> Read(string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(path, (int?)(ex.LineNumber + 1), null, "invalid JSON: " + ex.Message, ex);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new DataFormatException(path, 1, null, "stats.json must hold one JSON object");
            var stats = new List<TearsheetStat>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (field, label, format, signed) in Known)
            {
                if (!TryGet(doc.RootElement, field, out var value)) continue;
                seen.Add(field);
                stats.Add(new TearsheetStat(label, ToDouble(path, field, value), format, signed));
            }
            // Fields this reader does not know yet still show, under their own name.
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (seen.Contains(p.Name) || p.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null or JsonValueKind.String)) continue;
                if (p.Value.ValueKind == JsonValueKind.String && !IsNamedNumber(p.Value.GetString())) continue;
                stats.Add(new TearsheetStat(p.Name, ToDouble(path, p.Name, p.Value), StatFormat.Number));
            }
            return stats;
        }
    }

    private static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        foreach (var p in obj.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) { value = p.Value; return true; }
        value = default;
        return false;
    }

    private static bool IsNamedNumber(string? s) => s is "NaN" or "Infinity" or "-Infinity";

    private static double ToDouble(string path, string field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.Null => double.NaN,
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) => x,
        _ => throw new DataFormatException(path, null, field, $"expected a number, found {value.ValueKind}"),
    };
}
