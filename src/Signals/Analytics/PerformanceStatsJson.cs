using System.Text;
using System.Text.Json;

namespace Signals.Analytics;

/// <summary>Writes <see cref="PerformanceStats"/> as camelCase JSON; JSON has no NaN or infinity, so those are null.</summary>
internal static class PerformanceStatsJson
{
    public static string Write(PerformanceStats s, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartObject();
            Number(w, "finalEquity", s.FinalEquity);
            Number(w, "totalReturn", s.TotalReturn);
            Number(w, "cagr", s.Cagr);
            Number(w, "annualVolatility", s.AnnualVolatility);
            Number(w, "sharpe", s.Sharpe);
            Number(w, "sortino", s.Sortino);
            Number(w, "calmar", s.Calmar);
            Number(w, "maxDrawdown", s.MaxDrawdown);
            w.WriteNumber("maxDrawdownDays", s.MaxDrawdownDays);
            Number(w, "exposure", s.Exposure);
            Number(w, "turnover", s.Turnover);
            w.WriteNumber("trades", s.Trades);
            Number(w, "winRate", s.WinRate);
            Number(w, "profitFactor", s.ProfitFactor);
            Number(w, "averageTrade", s.AverageTrade);
            Number(w, "alpha", s.Alpha);
            Number(w, "beta", s.Beta);
            if (s.Undefined.Any)
            {
                w.WriteStartObject("undefined");
                foreach (var (name, reason) in s.Undefined.ByName.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(name, reason);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The same object as <see cref="Write"/>, built as a node: same members, order and numbers.</summary>
    public static System.Text.Json.Nodes.JsonObject Node(PerformanceStats s)
    {
        static double? N(double v) => double.IsFinite(v) ? v : null;
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["finalEquity"] = N(s.FinalEquity), ["totalReturn"] = N(s.TotalReturn), ["cagr"] = N(s.Cagr),
            ["annualVolatility"] = N(s.AnnualVolatility), ["sharpe"] = N(s.Sharpe), ["sortino"] = N(s.Sortino),
            ["calmar"] = N(s.Calmar), ["maxDrawdown"] = N(s.MaxDrawdown), ["maxDrawdownDays"] = s.MaxDrawdownDays,
            ["exposure"] = N(s.Exposure), ["turnover"] = N(s.Turnover), ["trades"] = s.Trades, ["winRate"] = N(s.WinRate),
            ["profitFactor"] = N(s.ProfitFactor), ["averageTrade"] = N(s.AverageTrade), ["alpha"] = N(s.Alpha), ["beta"] = N(s.Beta),
        };
        if (s.Undefined.ToJson() is { } undefined) json["undefined"] = undefined;
        return json;
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
