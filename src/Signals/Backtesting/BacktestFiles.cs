using System.Globalization;
using Signals.Data;

namespace Signals.Backtesting;

/// <summary>The flat files of a backtest: trades.csv and equity.csv (invariant culture, round-trip numbers, ISO dates).</summary>
public static class BacktestFiles
{
    /// <summary>entryDate,exitDate,size,entryPrice,exitPrice,pnl,returnPct,symbol — an open trade has empty exit fields.</summary>
    public static void WriteTrades(TextWriter writer, IEnumerable<Trade> trades)
    {
        writer.Write("entryDate,exitDate,size,entryPrice,exitPrice,pnl,returnPct,symbol\n");
        foreach (var t in trades)
        {
            writer.Write(string.Join(',',
                Date(t.EntryDate), t.ExitDate is { } x ? Date(x) : "", Number(t.Size), Number(t.EntryPrice),
                t.ExitPrice is { } p ? Number(p) : "", Number(t.Pnl), Number(t.ReturnPct), CsvText.Quote(t.Symbol)));
            writer.Write('\n');
        }
    }

    /// <summary>date,equity,drawdown,grossExposure — one row per bar, valued at the close.</summary>
    public static void WriteEquity(TextWriter writer, BacktestResult result)
    {
        var drawdown = result.Drawdown();
        writer.Write("date,equity,drawdown,grossExposure\n");
        for (int d = 0; d < result.Dates.Length; d++)
        {
            writer.Write(string.Join(',', Date(result.Dates[d]), Number(result.Equity[d]), Number(drawdown[d]), Number(result.GrossExposure[d])));
            writer.Write('\n');
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
