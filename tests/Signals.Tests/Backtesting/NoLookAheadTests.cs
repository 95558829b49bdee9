using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;

namespace Signals.Tests.Backtesting;

/// <summary>
/// The acid test for look-ahead: rewrite every input after day T — every later bar and every headline published
/// after T's close — and nothing the backtest says about days up to T may change: not a signal, a position,
/// a trade or an equity value.
/// </summary>
public class NoLookAheadTests
{
    private const int T = 80;

    public static TheoryData<string, FillTiming, DecisionTiming> Cases => new()
    {
        { "sentiment-longshort", FillTiming.NextOpen, DecisionTiming.Open },
        { "sentiment-longshort", FillTiming.Close, DecisionTiming.Close },
        { "sentiment-longshort", FillTiming.NextOpen, DecisionTiming.Close },
        { "sentiment-threshold", FillTiming.NextOpen, DecisionTiming.Open },
        { "sentiment-threshold", FillTiming.Close, DecisionTiming.Open },
        { "sma-cross", FillTiming.NextOpen, DecisionTiming.Open },
        { "sma-cross", FillTiming.Close, DecisionTiming.Open },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Changing_everything_after_T_changes_nothing_up_to_T(string strategy, FillTiming fill, DecisionTiming timing)
    {
        var prices = TestMarkets.RandomWalk(symbols: 12, days: 160, seed: 7, missing: 0.02);
        var news = TestMarkets.RandomNews(prices, seed: 8);
        var (otherPrices, otherNews) = RewriteAfter(prices, news, T, seed: 99);

        var (signalA, a) = Run(strategy, prices, news, fill, timing);
        var (signalB, b) = Run(strategy, otherPrices, otherNews, fill, timing);

        Assert.NotEqual(a.FinalEquity, b.FinalEquity);   // the rewrite does change the future
        for (int d = 0; d <= T; d++)
        {
            Assert.Equal(signalA.Row(d).ToArray(), signalB.Row(d).ToArray());
            Assert.Equal(a.Positions.Row(d).ToArray(), b.Positions.Row(d).ToArray());
            Assert.Equal(a.Equity[d], b.Equity[d]);
            Assert.Equal(a.Turnover[d], b.Turnover[d]);
        }
        var cut = prices.Dates[T];
        Assert.Equal(a.Trades.Where(t => t.ExitDate <= cut), b.Trades.Where(t => t.ExitDate <= cut));
        // Trades opened by T may close differently later; which ones were opened, and when, may not change.
        static IEnumerable<(string, DateOnly)> Opened(BacktestResult r, DateOnly cut) =>
            r.Trades.Where(t => t.EntryDate <= cut).Select(t => (t.Symbol, t.EntryDate)).Order();
        Assert.Equal(Opened(a, cut), Opened(b, cut));
    }

    private static (Panel Signal, BacktestResult Result) Run(string strategy, BarPanel prices, List<ScoredHeadline> news, FillTiming fill, DecisionTiming timing)
    {
        var options = new BacktestOptions { Fill = fill, Sizing = Sizing.Fractional, Costs = new CostModel(1, 0.005, 2, 50) };
        var signal = DailySentiment.Build(news, prices.Dates, prices.Symbols, timing).DecayedMean(3);
        Strategy s = strategy switch
        {
            "sentiment-longshort" => new SentimentLongShort(signal, timing, 0.25),
            "sentiment-threshold" => new SentimentThreshold(signal, timing, 0.1, -0.1),
            _ => new SmaCross(3, 8, allowShort: true),
        };
        return (signal, Backtester.Run(prices, s, options));
    }

    private static (BarPanel, List<ScoredHeadline>) RewriteAfter(BarPanel prices, List<ScoredHeadline> news, int t, int seed)
    {
        var rng = new Random(seed);
        Panel o = prices.Open.Clone(), h = prices.High.Clone(), l = prices.Low.Clone(), c = prices.Close.Clone(), v = prices.Volume.Clone();
        for (int d = t + 1; d < prices.DayCount; d++)
            for (int s = 0; s < prices.SymbolCount; s++)
            {
                double k = 0.7 + 0.6 * rng.NextDouble();
                o[d, s] *= k; c[d, s] *= 2 - k; h[d, s] = Math.Max(o[d, s], c[d, s]); l[d, s] = Math.Min(o[d, s], c[d, s]);
            }
        var calendar = TradingCalendar.FromTradingDays(prices.Dates);
        var closeOfT = calendar.InstantOf(new DecisionPoint(prices.Dates[t], DecisionTiming.Close));
        var rewritten = news.Select(n => n.Published > closeOfT ? n with { Score = -n.Score * rng.NextDouble() } : n).ToList();
        rewritten.Add(new ScoredHeadline("late", closeOfT.AddMinutes(1), [prices.Symbols[0]], 1));
        return (new BarPanel(prices.Dates, prices.Symbols, o, h, l, c, v), rewritten);
    }
}
