using Signals.Backtesting;
using Signals.Data;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

/// <summary>Deterministic synthetic inputs for report tests (seeded; weekdays only).</summary>
internal static class ReportingFixtures
{
    public static DateOnly[] Weekdays(DateOnly start, int count)
    {
        var dates = new DateOnly[count];
        var d = start;
        for (int i = 0; i < count; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        return dates;
    }

    /// <summary>A random-walk equity curve from 100,000 with the given daily drift and volatility.</summary>
    public static double[] Equity(int count, int seed, double drift = 0.0004, double vol = 0.01)
    {
        var rng = new Random(seed);
        var e = new double[count];
        double v = 100_000;
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
                double z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                v *= 1 + drift + vol * z;
            }
            e[i] = v;
        }
        return e;
    }

    public static BarSeries Bars(string symbol, int count, int seed)
    {
        var dates = Weekdays(new DateOnly(2024, 1, 2), count);
        var close = Equity(count, seed, 0.0003, 0.015);
        var t = new DateTimeOffset[count];
        var o = new double[count]; var h = new double[count]; var l = new double[count]; var c = new double[count]; var v = new double[count];
        for (int i = 0; i < count; i++)
        {
            t[i] = new DateTimeOffset(dates[i].ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-5));
            c[i] = close[i] / 1000;
            o[i] = i == 0 ? c[i] : c[i - 1];
            h[i] = Math.Max(o[i], c[i]) * 1.006;
            l[i] = Math.Min(o[i], c[i]) * 0.994;
            v[i] = 1_000_000 + 10_000 * (i % 17);
        }
        return new BarSeries(symbol, t, o, h, l, c, v);
    }

    public const string Hostile = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

    /// <summary>A full tearsheet input: benchmark, trades, IC, quantiles, hostile text in every free-text slot.</summary>
    public static TearsheetInput FullInput(int days = 520, string? hostile = null)
    {
        var dates = Weekdays(new DateOnly(2023, 1, 2), days);
        var equity = Equity(days, 7);
        var bench = Equity(days, 11, 0.0003, 0.012);
        var returns = global::Signals.Numerics.Returns.FromEquity(equity);
        double mean = returns.Average(), sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));
        var trades = new List<Trade>();
        for (int i = 0; i < 30; i++)
        {
            var entry = dates[i * 15];
            bool open = i == 29;
            trades.Add(new Trade(i % 3 == 0 ? "MSFT" : hostile ?? "AAPL", entry, open ? null : dates[i * 15 + 7], i % 4 == 0 ? -100 : 100,
                150 + i, open ? null : 151 + (i % 5) - 2, (i % 5 - 2) * 100.0 - 3.5, ((i % 5) - 2) / 150.0));
        }
        return new TearsheetInput
        {
            Title = "Sentiment momentum " + (hostile ?? ""),
            StrategyName = "sentiment-momentum",
            Parameters = [new("lookback", "20"), new("threshold", hostile ?? "0.3")],
            Provenance = [new DataProvenance("data/prices.csv", 5200, dates[0], dates[^1], new string('a', 64)),
                          new DataProvenance(hostile ?? "data/news.jsonl", 812, dates[0], dates[^1], null)],
            Stats =
            [
                new("Total return", equity[^1] / equity[0] - 1, StatFormat.Percent, true),
                new("CAGR", Math.Pow(equity[^1] / equity[0], 252.0 / (days - 1)) - 1, StatFormat.Percent, true),
                new("Sharpe ratio", mean / sd * Math.Sqrt(252), StatFormat.Ratio),
                new("Max drawdown", global::Signals.Numerics.Drawdown.Max(equity), StatFormat.Percent, true),
                new("Annual volatility", sd * Math.Sqrt(252), StatFormat.Percent),
                new("Sortino ratio", 1.9, StatFormat.Ratio),
                new("Trades", 30, StatFormat.Integer),
                new("Longest drawdown", 87, StatFormat.Days),
                new("Final equity", equity[^1], StatFormat.Currency),
            ],
            Dates = dates,
            Equity = equity,
            BenchmarkEquity = bench,
            BenchmarkName = "SPY buy & hold",
            Trades = trades,
            TradesShown = 5,
            InformationCoefficient = new IcByHorizon([1, 2, 5, 10, 20], [0.041, 0.033, 0.021, 0.008, -0.004]),
            QuantileReturns = new QuantileReturnSummary(["Q1", "Q2", "Q3", "Q4", "Q5"], [-0.0012, -0.0003, 0.0001, 0.0006, 0.0015]),
            Assumptions = new TearsheetAssumptions
            {
                Commission = "1 bp per side",
                Slippage = "5 bps per side",
                Borrow = null,
                FillTiming = "next open after the signal",
                PointInTime = hostile ?? "news published before 09:30 NY trades at that day's open, later at the next day's open",
            },
        };
    }
}
