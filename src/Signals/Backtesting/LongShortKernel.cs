using System.Runtime.Intrinsics.X86;
using Signals.Data;
using Signals.Features;
using Signals.Numerics;

namespace Signals.Backtesting;

/// <summary>The headline numbers of one fast long-short run (the full equity curve is in <see cref="LongShortKernel.Equity"/>).</summary>
/// <param name="CrossSection">Days the run met without spread, with ties at a boundary, or too thin to trade.</param>
/// <param name="FinalEquity">Equity at the last close, in currency units.</param>
/// <param name="TotalReturn">Final equity over initial cash, minus 1.</param>
/// <param name="Sharpe">Annualised Sharpe of the simple daily returns.</param>
/// <param name="MaxDrawdown">Deepest drawdown as a negative fraction (0 if equity never fell).</param>
/// <param name="MeanTurnover">Mean daily traded notional over equity.</param>
/// <param name="Costs">Costs paid, in currency units.</param>
public readonly record struct LongShortSummary(double FinalEquity, double TotalReturn, double Sharpe, double MaxDrawdown, double MeanTurnover, CostBreakdown Costs,
    CrossSectionCounts CrossSection);

/// <summary>
/// The daily long-short backtest of a <see cref="DecayingSignal"/> without the event loop's bookkeeping: decay the
/// signal's flow with the run's half-life, rank each day's cross-section, hold the top quantile long and the bottom short in equal weights, fill with costs.
/// It calls the same pieces as <see cref="Backtester"/> with <see cref="Strategies.SentimentLongShort"/> — the
/// decay recursion step, the quantile selector, the weight limits, the order sizing and the ledger — so its equity is
/// bit-equal to the general engine's; it only skips the strategy call, the trade list and the position panels.
/// A kernel owns its buffers: build one per thread and reuse it; <see cref="Run"/> allocates only the ledger's two arrays.
/// </summary>
public sealed class LongShortKernel
{
    private readonly BarPanel _prices;
    private readonly DecayingSignal _signalFlow;
    private readonly double[] _num, _den, _signal, _targets, _returns;
    private readonly QuantileSelector _selector;

    /// <param name="prices">The traded panel.</param>
    /// <param name="signal">The signal on the price panel's days and symbols, e.g. <see cref="DailySentiment.DecayingMean"/>
    /// or <see cref="DecayingSignal.FromScores"/>.</param>
    public LongShortKernel(BarPanel prices, DecayingSignal signal)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(signal);
        if (!signal.Dates.AsSpan().SequenceEqual(prices.Dates) || !signal.Symbols.AsSpan().SequenceEqual(prices.Symbols))
            throw new ArgumentException("The signal must be on the price panel's days and symbols.", nameof(signal));
        _prices = prices;
        _signalFlow = signal;
        int n = prices.SymbolCount;
        _num = new double[n];
        _den = new double[n];
        _signal = new double[n];
        _targets = new double[n];
        _selector = new QuantileSelector(n);
        Equity = new double[prices.DayCount];
        Turnover = new double[prices.DayCount];
        _returns = new double[prices.DayCount];
    }

    /// <summary>Equity at each close of the last run.</summary>
    public double[] Equity { get; }
    /// <summary>Traded notional / equity per day of the last run.</summary>
    public double[] Turnover { get; }
    /// <summary>
    /// Runs the daily long-short with the signal decayed at <paramref name="halfLifeDays"/> (trading days), <paramref name="quantile"/> of the
    /// names a side and gross exposure <paramref name="grossLeverage"/>, filling and costing as <paramref name="options"/> say; overwrites
    /// <see cref="Equity"/> and <see cref="Turnover"/>.
    /// </summary>
    public LongShortSummary Run(double halfLifeDays, double quantile, BacktestOptions options, double grossLeverage = 1.0)
    {
        int days = _prices.DayCount, n = _prices.SymbolCount;
        // The decayed signal is advanced one row at a time beside the trading loop (the same recursion step as
        // DecayingSignal.At), so no day × symbol signal panel is written and read back.
        double alpha = SentimentDecay.Alpha(halfLifeDays);
        Array.Clear(_num); Array.Clear(_den);
        _selector.Reset();
        int decayedThrough = -1;
        var ledger = new Ledger(n, options.InitialCash, options.Costs, options.PeriodsPerYear, trades: null);
        bool nextOpen = options.Fill == FillTiming.NextOpen;
        int knownLag = nextOpen && _signalFlow.Timing == DecisionTiming.Close ? 1 : 0;   // as DecisionContext.KnownRow
        double turnoverSum = 0;
        for (int day = 0; day < days; day++)
        {
            if (day + 1 < days) PrefetchRows(day + 1);
            Turnover[day] = 0;
            if (day >= (nextOpen ? 1 : 0))
            {
                var reference = nextOpen ? _prices.Open.Row(day) : _prices.Close.Row(day);
                double before = ledger.MarkTo(reference);
                int known = day - knownLag;
                for (; decayedThrough < known; decayedThrough++)
                {
                    int row = (decayedThrough + 1) * n;
                    SentimentDecay.Step(_signalFlow.Flow.Values.AsSpan(row, n), _signalFlow.Weight.Values.AsSpan(row, n), alpha, _num, _den, _signal);
                }
                var signal = known >= 0 ? _signal : ReadOnlySpan<double>.Empty;
                int k = Strategies.SentimentLongShort.Weights(signal, quantile, grossLeverage, _targets, _selector);
                // The limits only bite when a name's weight or the book's gross exceeds them; otherwise they leave the
                // targets exactly as they are, so the pass is skipped (TargetWeights.Constrain would change nothing).
                if (options.LongOnly || grossLeverage > options.MaxGrossLeverage || (k > 0 && 0.5 * grossLeverage / k > options.MaxWeight))
                    TargetWeights.Constrain(_targets, ledger.Shares, ledger.Marks, before, options);
                double traded = ledger.TradeTo(_targets, weights: true, reference, before, options, day);
                Turnover[day] = before > 0 ? traded / before : 0;
                turnoverSum += Turnover[day];
            }
            Equity[day] = ledger.CloseDay(_prices.Close.Row(day));
        }
        Returns.FromEquity(Equity, _returns);
        return new LongShortSummary(
            Equity[^1], Equity[^1] / options.InitialCash - 1,
            Returns.Sharpe(_returns, options.PeriodsPerYear), Drawdown.Max(Equity),
            turnoverSum / days, new CostBreakdown(ledger.Commission, ledger.Slippage, ledger.Borrow), _selector.Counts);
    }

    /// <summary>
    /// Asks for tomorrow's prices and signal flow while today's are worked on. Each row is a few KB at its own place in
    /// a panel of many MB, and the hardware prefetcher stops at every 4 KB page, so without this each day starts with
    /// cache misses on four rows (about 6 % of the kernel's time on AMD Zen 4). It changes no value.
    /// </summary>
    private void PrefetchRows(int day)
    {
        if (!Sse.IsSupported) return;
        Prefetch(_prices.Open.Row(day));
        Prefetch(_prices.Close.Row(day));
        Prefetch(_signalFlow.Flow.Row(day));
        Prefetch(_signalFlow.Weight.Row(day));
    }

    private static unsafe void Prefetch(ReadOnlySpan<double> row)
    {
        const int lineDoubles = 64 / sizeof(double);
        fixed (double* start = row)
            for (int i = 0; i < row.Length; i += lineDoubles) Sse.Prefetch0(start + i);
    }
}
