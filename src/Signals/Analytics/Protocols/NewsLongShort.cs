using Signals.Data;

using Signals.Numerics;

namespace Signals.Analytics.Protocols;

/// <summary>
/// A daily long-short of news names: its gross and net returns per panel day (0 on a day without a portfolio) and
/// their summary. Each day's book is opened and closed within the day's one-day holding period, so the traded notional
/// is twice the gross exposure (2 legs × 1 unit each = 4 per day) and the cost is <see cref="CostBps"/> on every unit traded.
/// </summary>
/// <param name="Dates">The panel's trading days.</param>
/// <param name="Gross">Long minus short leg return per day (simple, one-day holding), 0 without a portfolio.</param>
/// <param name="Net">Gross minus the day's traded units × <paramref name="CostBps"/>.</param>
/// <param name="Traded">Units traded per day (4 with a portfolio, 0 without).</param>
/// <param name="ActiveDays">Days with both legs.</param>
/// <param name="CostBps">Cost per unit traded, in basis points.</param>
/// <param name="MeanGross">Mean daily gross return over all panel days.</param>
/// <param name="MeanNet">Mean daily net return over all panel days.</param>
/// <param name="TStatGross">t-statistic of the mean gross return.</param>
/// <param name="TStatNet">t-statistic of the mean net return.</param>
/// <param name="SharpeGross">Annualised Sharpe of the gross returns (252 days).</param>
/// <param name="SharpeNet">Annualised Sharpe of the net returns (252 days).</param>
public sealed record LongShortSeries(
    DateOnly[] Dates, double[] Gross, double[] Net, double[] Traded, int ActiveDays, double CostBps,
    double MeanGross, double MeanNet, double TStatGross, double TStatNet, double SharpeGross, double SharpeNet)
{
    /// <summary>Builds the series from each day's long and short leg returns (equal-weighted means); NaN legs mean no portfolio that day.</summary>
    internal static LongShortSeries From(DateOnly[] dates, double[] longLeg, double[] shortLeg, double costBps)
    {
        int days = dates.Length;
        var gross = new double[days];
        var net = new double[days];
        var traded = new double[days];
        int active = 0;
        for (int d = 0; d < days; d++)
        {
            if (!double.IsFinite(longLeg[d]) || !double.IsFinite(shortLeg[d])) continue;
            active++;
            gross[d] = longLeg[d] - shortLeg[d];
            traded[d] = 4;
            net[d] = gross[d] - traded[d] * costBps * 1e-4;
        }
        var mg = Moments.Of(gross);
        var mn = Moments.Of(net);
        return new LongShortSeries(dates, gross, net, traded, active, costBps, mg.Mean, mn.Mean,
            TStatistics.Plain(gross), TStatistics.Plain(net), Returns.Sharpe(gross), Returns.Sharpe(net));
    }

    /// <summary>Compounded gross and net equity from 1, for the report's chart.</summary>
    public (double[] Gross, double[] Net) Equity() => (Compound(Gross), Compound(Net));

    private static double[] Compound(double[] returns)
    {
        var equity = new double[returns.Length];
        double level = 1;
        for (int i = 0; i < returns.Length; i++) equity[i] = level *= 1 + returns[i];
        return equity;
    }
}
