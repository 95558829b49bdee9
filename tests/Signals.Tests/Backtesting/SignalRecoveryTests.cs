using Signals.Backtesting.Strategies;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Numerics;

namespace Signals.Tests.Backtesting;

/// <summary>
/// A market with a known effect: overnight news of tone τ moves the stock by 0.4% × τ from the next open to its
/// close. The long-short on the true tone must find it; the same tones shuffled across symbols and days (a placebo)
/// must find nothing.
/// </summary>
public class SignalRecoveryTests
{
    private const int Symbols = 40, Days = 1000;

    private static (BarPanel Prices, List<ScoredHeadline> News) PlantedMarket(int seed)
    {
        var rng = new Random(seed);
        var names = Enumerable.Range(0, Symbols).Select(i => $"S{i:00}").ToArray();
        var dates = TestMarkets.Weekdays(Days);
        var open = new double[Symbols][]; var close = new double[Symbols][];
        var news = new List<ScoredHeadline>();
        for (int s = 0; s < Symbols; s++)
        {
            open[s] = new double[Days]; close[s] = new double[Days];
            double p = 50;
            for (int d = 0; d < Days; d++)
            {
                double tone = 0;
                if (rng.NextDouble() < 0.4)
                {
                    tone = 2 * rng.NextDouble() - 1;
                    var day = dates[d];
                    var published = new DateTimeOffset(day.Year, day.Month, day.Day, 7, 0, 0, TimeSpan.FromHours(-5));
                    news.Add(new ScoredHeadline($"{s}-{d}", published, [names[s]], tone));
                }
                open[s][d] = p * Math.Exp(0.005 * TestMarkets.Normal(rng));
                close[s][d] = p = open[s][d] * Math.Exp(0.004 * tone + 0.012 * TestMarkets.Normal(rng));
            }
        }
        return (TestMarkets.Bars(names, open, close), news);
    }

    private static List<ScoredHeadline> Shuffled(List<ScoredHeadline> news, int seed)
    {
        var rng = new Random(seed);
        var scores = news.Select(n => n.Score).ToArray();
        rng.Shuffle(scores);
        var symbols = news.Select(n => n.Symbols).ToArray();
        rng.Shuffle(symbols);
        var times = news.Select(n => n.Published).ToArray();
        rng.Shuffle(times);
        return news.Select((n, i) => n with { Score = scores[i], Symbols = symbols[i], Published = times[i] }).ToList();
    }

    /// <summary>Mean over days of the rank correlation between the known signal and that day's open→close return.</summary>
    private static double MeanRankIc(Panel signal, BarPanel prices)
    {
        var forward = new Panel(prices.Dates, prices.Symbols);
        for (int i = 0; i < forward.Values.Length; i++) forward.Values[i] = prices.Close.Values[i] / prices.Open.Values[i] - 1;
        var rs = CrossSection.Rank(signal); var rf = CrossSection.Rank(forward);
        double total = 0; int count = 0;
        for (int d = 0; d < prices.DayCount; d++)
        {
            var a = rs.Row(d); var b = rf.Row(d);
            double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0; int n = 0;
            for (int s = 0; s < a.Length; s++)
            {
                if (double.IsNaN(a[s]) || double.IsNaN(b[s])) continue;
                sa += a[s]; sb += b[s]; sab += a[s] * b[s]; saa += a[s] * a[s]; sbb += b[s] * b[s]; n++;
            }
            if (n < 5) continue;
            double cov = sab - sa * sb / n, va = saa - sa * sa / n, vb = sbb - sb * sb / n;
            if (va <= 0 || vb <= 0) continue;
            total += cov / Math.Sqrt(va * vb); count++;
        }
        return total / count;
    }

    private static (double Sharpe, double TotalReturn, double Ic) LongShort(BarPanel prices, List<ScoredHeadline> news, CostModel costs)
    {
        var signal = DailySentiment.Build(news, prices.Dates, prices.Symbols).DecayedMean(halfLifeDays: 1);
        var options = new BacktestOptions { Sizing = Sizing.Fractional, Costs = costs };
        var result = Backtester.Run(prices, new SentimentLongShort(signal, DecisionTiming.Open, 0.2), options);
        return (Returns.Sharpe(Returns.FromEquity(result.Equity)), result.FinalEquity / options.InitialCash - 1, MeanRankIc(signal, prices));
    }

    [Fact]
    public void The_planted_tone_effect_is_recovered_before_costs()
    {
        var (prices, news) = PlantedMarket(seed: 11);
        var (sharpe, totalReturn, ic) = LongShort(prices, news, CostModel.Zero);
        Assert.True(sharpe > 2, $"Sharpe {sharpe:F2}");
        Assert.True(totalReturn > 0.3, $"total return {totalReturn:P1}");
        Assert.True(ic > 0.05, $"IC {ic:F3}");
    }

    [Fact]
    public void Shuffled_sentiment_is_a_placebo_with_no_edge()
    {
        // One placebo's Sharpe over four years has a standard error near 0.5, so judge five seeded shuffles together.
        var (prices, news) = PlantedMarket(seed: 11);
        var real = LongShort(prices, news, CostModel.Zero);
        var placebos = Enumerable.Range(20, 5).Select(seed => LongShort(prices, Shuffled(news, seed), CostModel.Zero)).ToList();
        double meanSharpe = placebos.Average(p => p.Sharpe);
        Assert.True(Math.Abs(meanSharpe) < 0.75, $"mean placebo Sharpe {meanSharpe:F2}");
        Assert.All(placebos, p => Assert.True(Math.Abs(p.Ic) < 0.02, $"placebo IC {p.Ic:F3}"));
        Assert.All(placebos, p => Assert.True(real.Sharpe - p.Sharpe > 3, $"real {real.Sharpe:F2} vs placebo {p.Sharpe:F2}"));
    }
}
