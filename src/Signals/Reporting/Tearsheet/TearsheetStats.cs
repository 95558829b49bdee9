using System.Globalization;
using System.Text.Json;
using Signals.Analytics;
using Signals.Data;

namespace Signals.Reporting;

/// <summary>
/// Report statistics from Analytics' <see cref="PerformanceStats"/>, or from its stats.json (camelCase, as
/// <c>signals backtest</c> writes it), labelled and formatted the same way, headline figures first.
/// </summary>
public static class TearsheetStats
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
        ("averageTrade", "Average trade return", StatFormat.Percent, true),
        ("alpha", "Alpha (annualised)", StatFormat.Percent, true),
        ("beta", "Beta", StatFormat.Ratio, false),
        ("commission", "Commission paid", StatFormat.Currency, false),
        ("slippage", "Slippage paid", StatFormat.Currency, false),
        ("borrow", "Borrow paid", StatFormat.Currency, false),
        ("totalCosts", "Total costs paid", StatFormat.Currency, false),
    ];

    /// <summary>The statistics of a backtest, in report order. Alpha and beta are left out when there was no benchmark.</summary>
    public static IReadOnlyList<TearsheetStat> From(PerformanceStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var values = new Dictionary<string, double>
        {
            ["finalEquity"] = stats.FinalEquity, ["totalReturn"] = stats.TotalReturn, ["cagr"] = stats.Cagr,
            ["annualVolatility"] = stats.AnnualVolatility, ["sharpe"] = stats.Sharpe, ["sortino"] = stats.Sortino,
            ["calmar"] = stats.Calmar, ["maxDrawdown"] = stats.MaxDrawdown, ["maxDrawdownDays"] = stats.MaxDrawdownDays,
            ["exposure"] = stats.Exposure, ["turnover"] = stats.Turnover, ["trades"] = stats.Trades, ["winRate"] = stats.WinRate,
            ["profitFactor"] = stats.ProfitFactor, ["averageTrade"] = stats.AverageTrade, ["alpha"] = stats.Alpha, ["beta"] = stats.Beta,
        };
        var list = new List<TearsheetStat>(Known.Length);
        foreach (var (field, label, format, signed) in Known)
        {
            if (!values.TryGetValue(field, out double v)) continue; // costs live on the BacktestResult, not here
            string? undefined = stats.Undefined.For(field);
            if (field is "alpha" or "beta" && double.IsNaN(v) && undefined is null) continue; // no benchmark
            list.Add(new TearsheetStat(label, v, format, signed) { UndefinedReason = undefined });
        }
        return list;
    }

    /// <summary>Reads stats.json back as report statistics, headline figures first.</summary>
    /// <exception cref="DataFormatException">The file is not JSON, not one object, or a value is not a number.</exception>
    public static IReadOnlyList<TearsheetStat> Read(string path)
    {
        using var doc = JsonObjectFile.Read(path, "stats.json");
        return FromJson(path, doc.RootElement);
    }

    private static List<TearsheetStat> FromJson(string path, JsonElement root)
    {
        var stats = new List<TearsheetStat>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, label, format, signed) in Known)
        {
            if (!TryGet(root, field, out var value)) continue;
            seen.Add(field);
            double v = ToDouble(path, field, value);
            if (field is "alpha" or "beta" && double.IsNaN(v)) continue; // no benchmark in that run
            stats.Add(new TearsheetStat(label, v, format, signed));
        }
        // Fields this reader does not know yet still show, under their own name.
        foreach (var p in root.EnumerateObject())
        {
            if (seen.Contains(p.Name) || p.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null or JsonValueKind.String)) continue;
            if (p.Value.ValueKind == JsonValueKind.String && !IsNamedNumber(p.Value.GetString())) continue;
            stats.Add(new TearsheetStat(p.Name, ToDouble(path, p.Name, p.Value), StatFormat.Number));
        }
        return stats;
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
