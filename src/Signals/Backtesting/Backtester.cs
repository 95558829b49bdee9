using Signals.Data;
using Signals.Numerics;

namespace Signals.Backtesting;

/// <summary>
/// The event loop. For each bar: mark the book to the fill prices, ask the strategy for targets, trade the
/// difference with costs, then mark to the close, charge borrow and record the day. With
/// <see cref="FillTiming.NextOpen"/> the decision on bar t sees closes up to t and fills at the open of t+1,
/// so nothing trades on the first bar.
/// </summary>
public static class Backtester
{
    /// <param name="progress">Receives the number of bars done, about every 1% of the run.</param>
    public static BacktestResult Run(BarPanel prices, Strategy strategy, BacktestOptions? options = null, IProgress<int>? progress = null) =>
        Run(prices, strategy, options, progress, recordPanels: true);

    /// <summary>
    /// As the public overload; without <paramref name="recordPanels"/> the result's position and weight panels have no
    /// day (the symbols only), for a caller that reads only the per-day series
    /// and trades: two day × symbol panels never allocated (500 MB at 5,000 names × 25 years), the rest bit-identical.
    /// </summary>
    internal static BacktestResult Run(BarPanel prices, Strategy strategy, BacktestOptions? options, IProgress<int>? progress, bool recordPanels)
    {
        options ??= new BacktestOptions();
        int days = prices.DayCount, n = prices.SymbolCount;
        var trades = new TradeBook(prices.Symbols, prices.Dates);
        var ledger = new Ledger(n, options.InitialCash, options.Costs, options.PeriodsPerYear, trades);
        var context = new DecisionContext(prices, options, ledger.Shares);
        var targets = new double[n];
        var positions = recordPanels ? new Panel(prices.Dates, prices.Symbols, new double[days * n]) : new Panel([], prices.Symbols, []);
        var weights = recordPanels ? new Panel(prices.Dates, prices.Symbols, new double[days * n]) : new Panel([], prices.Symbols, []);
        double[] equity = new double[days], cash = new double[days], turnover = new double[days], gross = new double[days];

        strategy.Initialize(prices, options);
        int firstFill = options.Fill == FillTiming.NextOpen ? 1 : 0;
        for (int day = 0; day < days; day++)
        {
            if (day >= firstFill)
            {
                var reference = options.Fill == FillTiming.NextOpen ? prices.Open.Row(day) : prices.Close.Row(day);
                double before = ledger.MarkTo(reference);
                context.FillDay = day;
                context.SignalDay = options.Fill == FillTiming.NextOpen ? day - 1 : day;
                context.Equity = before;
                context.Cash = ledger.Cash;
                Array.Fill(targets, double.NaN);
                strategy.Decide(context, targets);
                double traded = Rebalance(ledger, targets, strategy.TargetKind, reference, before, options, day);
                turnover[day] = before > 0 ? traded / before : 0;
            }

            equity[day] = ledger.CloseDay(prices.Close.Row(day));
            cash[day] = ledger.Cash;
            double exposure = 0;
            if (recordPanels)
            {
                var held = positions.Row(day);
                var weight = weights.Row(day);
                for (int s = 0; s < n; s++)
                {
                    held[s] = ledger.Shares[s];
                    double value = held[s] == 0 ? 0 : held[s] * ledger.Marks[s];
                    weight[s] = value / equity[day];
                    exposure += Math.Abs(value);
                }
            }
            else
            {
                // The same sum of the same values, in the same order, as the recording loop's.
                for (int s = 0; s < n; s++)
                {
                    double shares = ledger.Shares[s];
                    exposure += Math.Abs(shares == 0 ? 0 : shares * ledger.Marks[s]);
                }
            }
            gross[day] = exposure / equity[day];
            if (progress is not null && (day % Math.Max(1, days / 100) == 0 || day == days - 1)) progress.Report(day + 1);
        }

        return new BacktestResult
        {
            Strategy = strategy.Name,
            StrategyParameters = strategy.Parameters,
            Options = options,
            Dates = prices.Dates,
            Equity = equity,
            Cash = cash,
            Returns = Numerics.Returns.FromEquity(equity),
            Positions = positions,
            Weights = weights,
            Trades = trades.Build(ledger.Shares, ledger.Marks),
            Turnover = turnover,
            GrossExposure = gross,
            Costs = new CostBreakdown(ledger.Commission, ledger.Slippage, ledger.Borrow),
        };
    }

    /// <summary>Turns targets into orders and fills them; returns the traded notional.</summary>
    internal static double Rebalance(Ledger ledger, double[] targets, TargetKind kind, ReadOnlySpan<double> reference,
        double equity, BacktestOptions options, int day)
    {
        if (kind == TargetKind.Weights)
            TargetWeights.Constrain(targets, ledger.Shares, ledger.Marks, equity, options);
        return ledger.TradeTo(targets, kind == TargetKind.Weights, reference, equity, options, day);
    }
}
