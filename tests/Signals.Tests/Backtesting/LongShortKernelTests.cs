using Signals.Backtesting.Strategies;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Numerics;

namespace Signals.Tests.Backtesting;

public class LongShortKernelTests
{
    [Theory]
    [InlineData(FillTiming.NextOpen, Sizing.Fractional, DecisionTiming.Open)]
    [InlineData(FillTiming.NextOpen, Sizing.WholeShares, DecisionTiming.Open)]
    [InlineData(FillTiming.NextOpen, Sizing.Fractional, DecisionTiming.Close)]
    [InlineData(FillTiming.Close, Sizing.Fractional, DecisionTiming.Close)]
    [InlineData(FillTiming.Close, Sizing.WholeShares, DecisionTiming.Open)]
    public void The_fast_kernel_gives_the_general_engines_equity_bit_for_bit(FillTiming fill, Sizing sizing, DecisionTiming timing)
    {
        var prices = TestMarkets.RandomWalk(symbols: 30, days: 250, seed: 3, missing: 0.02);
        var daily = DailySentiment.Build(TestMarkets.RandomNews(prices, seed: 4, rate: 0.2), prices.Dates, prices.Symbols, timing);
        var options = new BacktestOptions { Fill = fill, Sizing = sizing, Costs = new CostModel(1.5, 0.005, 2, 75) };

        var engine = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(4), timing, 0.2), options);
        var kernel = new LongShortKernel(prices, daily.DecayingMean());
        var summary = kernel.Run(halfLifeDays: 4, quantile: 0.2, options);

        Assert.Equal(engine.Equity, kernel.Equity);
        Assert.Equal(engine.Turnover, kernel.Turnover);
        Assert.Equal(engine.Costs, summary.Costs);
        Assert.Equal(Returns.Sharpe(Returns.FromEquity(engine.Equity)), summary.Sharpe);
        Assert.Equal(Drawdown.Max(engine.Equity), summary.MaxDrawdown);
        Assert.True(engine.Trades.Count > 50);
    }

    [Fact]
    public void A_plain_score_panel_is_a_signal_too_and_the_kernel_trades_its_decayed_mean_as_the_engine_does()
    {
        var prices = TestMarkets.RandomWalk(symbols: 25, days: 200, seed: 8, missing: 0.02);
        var rng = new Random(9);
        var scores = new Panel(prices.Dates, prices.Symbols);
        for (int i = 0; i < scores.Values.Length; i++)
            if (rng.NextDouble() < 0.3) scores.Values[i] = rng.NextDouble() * 2 - 1;   // the rest stay missing
        var signal = DecayingSignal.FromScores(scores, DecisionTiming.Open);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };

        var kernel = new LongShortKernel(prices, signal);
        kernel.Run(halfLifeDays: 3, quantile: 0.2, options);
        var engine = Backtester.Run(prices, new SentimentLongShort(signal.At(3), DecisionTiming.Open, 0.2), options);

        Assert.Equal(engine.Equity, kernel.Equity);
        Assert.True(engine.Trades.Count > 50);
        // At day d the decayed mean of a panel weighs the scores seen so far by ½ per half-life of age.
        int s = Enumerable.Range(0, 25).First(c => !double.IsNaN(scores[10, c]) && !double.IsNaN(scores[11, c]));
        double alpha = Math.Pow(0.5, 1 / 3.0);
        double num = 0, den = 0;
        for (int d = 0; d <= 11; d++)
            if (!double.IsNaN(scores[d, s])) { num = alpha * num + scores[d, s]; den = alpha * den + 1; }
            else { num *= alpha; den *= alpha; }
        Assert.Equal(num / den, signal.At(3)[11, s], 12);
    }

    [Fact]
    public void A_signal_on_other_days_or_symbols_than_the_prices_is_refused()
    {
        var prices = TestMarkets.RandomWalk(symbols: 5, days: 30, seed: 1);
        var other = TestMarkets.RandomWalk(symbols: 6, days: 30, seed: 1);
        var signal = DecayingSignal.FromScores(new Panel(other.Dates, other.Symbols), DecisionTiming.Open);
        Assert.Throws<ArgumentException>(() => new LongShortKernel(prices, signal));
    }

    [Fact]
    public void A_kernel_can_be_reused_and_gives_the_same_answer_again()
    {
        var prices = TestMarkets.RandomWalk(symbols: 20, days: 120, seed: 5);
        var daily = DailySentiment.Build(TestMarkets.RandomNews(prices, seed: 6), prices.Dates, prices.Symbols);
        var kernel = new LongShortKernel(prices, daily.DecayingMean());
        var options = new BacktestOptions { Sizing = Sizing.Fractional };
        var first = kernel.Run(2, 0.2, options);
        kernel.Run(10, 0.4, options with { Costs = CostModel.Zero });
        Assert.Equal(first, kernel.Run(2, 0.2, options));
    }

    [Fact]
    public void Quantile_selection_takes_k_per_side_skips_missing_and_tied_names_share_the_boundary()
    {
        var selector = new QuantileSelector(11);
        double[] row = [5, double.NaN, 1, 3, 3, 3, 9, 0, 3, 3, 7];   // 10 valid → k = 2 at 0.2
        Assert.Equal(2, selector.Select(row, 0.2));
        Assert.Equal([0, 0, -1, 0, 0, 0, 1, -1, 0, 0, 1], Weights(selector, row));
        Assert.Equal((1.0, 7.0), (selector.Lowest, selector.Highest));
        Assert.False(selector.TiedAtBoundary);

        // k = 2: the bottom is 1 and one slot left for three names at 2, each a third; the top is 6 and 5.
        double[] tied = [2, 6, 1, 2, 5, 2];
        Assert.Equal(2, selector.Select(tied, 0.34));
        Assert.Equal([-1 / 3.0, 1, -1, -1 / 3.0, 1, -1 / 3.0], Weights(selector, tied));
        Assert.True(selector.TiedAtBoundary);

        double[] equal = [1, 1, double.NaN, 1, 1, 1];
        Assert.Equal(2, selector.Select(equal, 0.4));
        Assert.Equal(new double[6], Weights(selector, equal));   // no spread: nothing held, not the first names short and the last long
        Assert.True(selector.NoSpread);

        Assert.Equal(0, selector.Select([double.NaN, 4, double.NaN], 0.2));
        Assert.Equal(new double[3], Weights(selector, [double.NaN, 4, double.NaN]));
        Assert.Equal(new CrossSectionCounts(Days: 4, NoSpreadDays: 1, TiedBoundaryDays: 1, ThinDays: 0), selector.Counts);
    }

    [Fact]
    public void Permuting_the_symbols_permutes_the_weights_and_nothing_else()
    {
        var rng = new Random(23);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = rng.Next(2, 300);
            var row = new double[n];
            for (int s = 0; s < n; s++) row[s] = rng.NextDouble() < 0.1 ? double.NaN : rng.Next(0, trial % 4 + 2);   // few distinct values: ties everywhere
            var permutation = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray();
            var shuffled = Array.ConvertAll(permutation, p => row[p]);
            double q = new[] { 0.1, 0.2, 0.3, 0.5 }[trial % 4];
            var original = new double[n];
            var moved = new double[n];
            Assert.Equal(SentimentLongShort.Weights(row, q, 1, original, new QuantileSelector(n)),
                         SentimentLongShort.Weights(shuffled, q, 1, moved, new QuantileSelector(n)));
            Assert.Equal(Array.ConvertAll(permutation, p => original[p]), moved);
            Assert.Equal(0, moved.Sum(), 12);                         // dollar-neutral
            Assert.True(moved.Sum(Math.Abs) <= 1 + 1e-12);              // never more than the gross asked for
        }
    }

    [Fact]
    public void Market_wide_news_gives_every_name_the_same_score_and_neither_engine_trades()
    {
        var prices = TestMarkets.RandomWalk(symbols: 12, days: 120, seed: 31);
        var scores = new Panel(prices.Dates, prices.Symbols);
        var rng = new Random(32);
        for (int d = 0; d < prices.DayCount; d++)
            if (rng.NextDouble() < 0.5) { double tone = rng.NextDouble() * 2 - 1; scores.Row(d).Fill(tone); }   // one headline about the market, on every name
        var signal = DecayingSignal.FromScores(scores, DecisionTiming.Open);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };

        var strategy = new SentimentLongShort(signal.At(3), DecisionTiming.Open, 0.2);
        var engine = Backtester.Run(prices, strategy, options);
        var kernel = new LongShortKernel(prices, signal);
        var summary = kernel.Run(3, 0.2, options);

        Assert.Empty(engine.Trades);
        Assert.Equal(0, engine.DaysTraded);
        Assert.Equal(options.InitialCash, engine.FinalEquity);
        Assert.Equal(engine.Equity, kernel.Equity);
        Assert.Equal(strategy.CrossSection, summary.CrossSection);
        Assert.Equal(prices.DayCount - 1, summary.CrossSection.Days);   // next-open fill: no decision on the first bar
        Assert.Equal(0, summary.CrossSection.TradableDays);
        Assert.True(summary.CrossSection.NoSpreadDays > 100, summary.CrossSection.ToString());
    }

    [Theory]
    [InlineData(FillTiming.NextOpen, Sizing.Fractional)]
    [InlineData(FillTiming.NextOpen, Sizing.WholeShares)]
    [InlineData(FillTiming.Close, Sizing.Fractional)]
    public void On_coarse_scores_with_ties_at_the_boundary_the_kernel_still_equals_the_engine_bit_for_bit(FillTiming fill, Sizing sizing)
    {
        var prices = TestMarkets.RandomWalk(symbols: 40, days: 200, seed: 41, missing: 0.02);
        var rng = new Random(42);
        var scores = new Panel(prices.Dates, prices.Symbols);
        for (int i = 0; i < scores.Values.Length; i++) scores.Values[i] = rng.NextDouble() < 0.3 ? rng.Next(-1, 2) : double.NaN;   // −1, 0 or +1
        var signal = DecayingSignal.FromScores(scores, DecisionTiming.Open);
        var options = new BacktestOptions { Fill = fill, Sizing = sizing, Costs = new CostModel(1.5, 0.005, 2, 75) };

        var strategy = new SentimentLongShort(signal.At(1e-3), DecisionTiming.Open, 0.2);   // a short half-life keeps the scores on their grid
        var engine = Backtester.Run(prices, strategy, options);
        var kernel = new LongShortKernel(prices, signal);
        var summary = kernel.Run(1e-3, 0.2, options);

        Assert.Equal(engine.Equity, kernel.Equity);
        Assert.Equal(engine.Turnover, kernel.Turnover);
        Assert.Equal(engine.Costs, summary.Costs);
        Assert.Equal(strategy.CrossSection, summary.CrossSection);
        Assert.True(summary.CrossSection.TiedBoundaryDays > 100, summary.CrossSection.ToString());
        Assert.True(engine.DaysTraded > 100);
    }

    [Fact]
    public void Quantile_selection_agrees_with_sorting_on_random_rows_with_ties_and_gaps()
    {
        var rng = new Random(17);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = rng.Next(1, 700);
            var row = new double[n];
            for (int s = 0; s < n; s++)
                row[s] = rng.NextDouble() switch
                {
                    < 0.1 => double.NaN,
                    < 0.12 => rng.NextDouble() < 0.5 ? double.NegativeInfinity : double.PositiveInfinity,
                    _ => Math.Round(rng.NextDouble() * (trial % 3 == 0 ? 5 : 1000)) / 10,
                };
            double q = new[] { 0.05, 0.1, 0.2, 0.33, 0.5 }[trial % 5];
            var selector = new QuantileSelector(n);
            AssertSameAsSorting(row, q, selector, selector.Select(row, q));
        }
    }

    [Theory]
    [InlineData(500, 0.2, 0.3, 0.001)]   // like a decayed score: 30% of names move each day, few ties
    [InlineData(300, 0.1, 0.05, 0.001)]
    [InlineData(200, 0.5, 0.3, 0.001)]
    [InlineData(403, 0.2, 0.3, 0.2)]     // coarse steps: boundaries shared by many names
    [InlineData(100, 0.33, 0.9, 0.001)]  // most names jump: the bands miss and quickselect takes over
    [InlineData(250, 0.2, 0.3, 0.001, 0.01)]   // some names go to ±infinity
    public void Day_after_day_selection_agrees_with_sorting_whether_or_not_the_bands_hold(int n, double q, double moving, double step, double infinite = 0)
    {
        var fastest = QuantileBandScan.Packing;
        try
        {
            // The portable scan, AVX2's permute table, and AVX-512's compress (to a register, and to memory): each where the machine has it.
            var packings = new List<BandPacking> { BandPacking.Scalar };
            if (System.Runtime.Intrinsics.X86.Avx2.IsSupported) packings.Add(BandPacking.PermuteTable);
            if (System.Runtime.Intrinsics.X86.Avx512F.VL.IsSupported) packings.AddRange([BandPacking.CompressStore, BandPacking.CompressRegister]);
            foreach (var packing in packings)
            {
                QuantileBandScan.Packing = packing;
                SelectDayAfterDay(n, q, moving, step, infinite);
            }
        }
        finally { QuantileBandScan.Packing = fastest; }
    }

    private static void SelectDayAfterDay(int n, double q, double moving, double step, double infinite)
    {
        var rng = new Random(n);
        var row = new double[n];
        for (int s = 0; s < n; s++) row[s] = double.NaN;
        var selector = new QuantileSelector(n);
        const int days = 400;
        for (int day = 0; day < days; day++)
        {
            for (int s = 0; s < n; s++)
                if (rng.NextDouble() < moving)
                    row[s] = rng.NextDouble() switch
                    {
                        < 0.02 => double.NaN,
                        var u when u < 0.02 + infinite => u < 0.02 + infinite / 2 ? double.NegativeInfinity : double.PositiveInfinity,
                        _ => Math.Round(((double.IsNaN(row[s]) || double.IsInfinity(row[s]) ? 0 : row[s]) + rng.NextDouble() - 0.5) / step) * step,
                    };
            AssertSameAsSorting(row, q, selector, selector.Select(row, q));
        }
        if (moving <= 0.3 && step < 0.01 && infinite == 0)
            Assert.True(selector.QuickselectRows < days / 5, $"{selector.QuickselectRows} of {days} rows needed quickselect");
    }

    private static double[] Weights(QuantileSelector selector, double[] row)
    {
        var targets = new double[row.Length];
        Array.Fill(targets, double.NaN);
        selector.Assign(row, targets, -1, 1);
        return targets;
    }

    /// <summary>
    /// Reference: sort the valid names; the k-th smallest and k-th largest values are the boundaries; names beyond a
    /// boundary take ±1, names on it share the side's remaining slots; all valid values equal: nothing.
    /// </summary>
    private static void AssertSameAsSorting(double[] row, double q, QuantileSelector selector, int k)
    {
        var sorted = row.Where(v => !double.IsNaN(v)).Order().ToArray();
        Assert.Equal((int)Math.Floor(q * sorted.Length + 1e-9), k);
        var expected = new double[row.Length];
        if (k > 0 && sorted[0] != sorted[^1])
        {
            double low = sorted[k - 1], high = sorted[^k];
            int below = sorted.Count(v => v < low), atLow = sorted.Count(v => v == low);
            int above = sorted.Count(v => v > high), atHigh = sorted.Count(v => v == high);
            for (int s = 0; s < row.Length; s++)
            {
                double v = row[s];
                expected[s] = v < low ? -1 : v > high ? 1 : 0;
                if (v == low) expected[s] += -1.0 * (k - below) / atLow;
                if (v == high) expected[s] += 1.0 * (k - above) / atHigh;
            }
            Assert.Equal((low, high), (selector.Lowest, selector.Highest));
        }
        Assert.Equal(expected, Weights(selector, row));
    }
}
