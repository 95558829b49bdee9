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
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
