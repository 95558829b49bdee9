using Signals.Backtesting;
using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>Statistics of closed round trips; open trades are ignored.</summary>
/// <param name="Closed">Closed trades.</param>
/// <param name="WinRate">Fraction with Pnl &gt; 0; NaN with no closed trade.</param>
/// <param name="ProfitFactor">Σ winning Pnl / |Σ losing Pnl|: +∞ with wins and no losses, NaN with neither.</param>
/// <param name="AverageReturn">Mean ReturnPct; NaN with no closed trade.</param>
/// <param name="GrossProfit">Σ Pnl of winners.</param>
/// <param name="GrossLoss">Σ Pnl of losers (≤ 0).</param>
public readonly record struct TradeStatistics(int Closed, double WinRate, double ProfitFactor, double AverageReturn, double GrossProfit, double GrossLoss)
{
    /// <summary>The statistics of the closed trades in <paramref name="trades"/> (open ones are skipped).</summary>
    public static TradeStatistics Of(IReadOnlyList<Trade> trades)
    {
        int closed = 0, wins = 0;
        double grossProfit = 0, grossLoss = 0, sumReturn = 0;
        for (int i = 0; i < trades.Count; i++)
        {
            var t = trades[i];
            if (t.IsOpen) continue;
            closed++;
            sumReturn += t.ReturnPct;
            if (t.Pnl > 0) { wins++; grossProfit += t.Pnl; }
            else if (t.Pnl < 0) grossLoss += t.Pnl;
        }
        if (closed == 0) return new TradeStatistics(0, double.NaN, double.NaN, double.NaN, 0, 0);
        return new TradeStatistics(closed, (double)wins / closed, Returns.Ratio(grossProfit, -grossLoss), sumReturn / closed, grossProfit, grossLoss);
    }
}
