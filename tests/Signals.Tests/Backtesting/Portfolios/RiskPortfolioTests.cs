using Signals.Backtesting.Portfolios;
using Signals.Data;
using Signals.SampleData;
using Signals.Tests.SampleData;
using Xunit.Abstractions;

namespace Signals.Tests.Backtesting.Portfolios;

public sealed class RiskPortfolioTests(ITestOutputHelper output)
{
    [Fact]
    public void Sector_and_beta_neutral_weights_leave_zero_net_exposure_every_day_on_the_sample()
    {
        var sample = CommittedSample.Load();
        var tone = SampleTruth.ToneByDecisionDay(sample.News, sample.Truth, sample.Panel.Close, sample.Calendar);
        var sectors = sample.Panel.Symbols.Select(s => sample.Universe.Single(u => u.Symbol == s).Sector).ToArray();
        var result = RiskPortfolio.Build(sample.Panel, tone, new RiskPortfolioOptions { Sectors = sectors, BetaNeutral = true, InverseVolatility = true });

        int active = 0;
        for (int d = 0; d < sample.Panel.DayCount; d++)
        {
            var row = result.Weights.Row(d);
            double gross = 0;
            foreach (var w in row) gross += Math.Abs(w);
            if (gross == 0) continue;
            active++;
            Assert.Equal(1.0, gross, 9);
            Assert.True(result.MaxSectorExposure[d] <= 1e-9, $"day {d}: sector exposure {result.MaxSectorExposure[d]}");
            Assert.True(Math.Abs(result.BetaExposure[d]) <= 1e-9, $"day {d}: beta exposure {result.BetaExposure[d]}");
        }
        output.WriteLine($"{active} active days, mean turnover {result.MeanTurnover:0.000}");
        Assert.True(active > 1000);
    }

    [Fact]
    public void Sector_neutralising_alone_is_demeaning_within_each_sector()
    {
        double[] w = [0.5, 0.1, -0.3, 0.7, 0.2];
        string[] sectors = ["A", "A", "A", "B", "B"];
        Neutralization.NeutralizeRow(w, Neutralization.SectorColumns(sectors));
        double[] demeaned = [0.5 - 0.1, 0.1 - 0.1, -0.3 - 0.1, 0.7 - 0.45, 0.2 - 0.45];
        double gross = demeaned.Sum(Math.Abs);
        for (int i = 0; i < w.Length; i++) Assert.Equal(demeaned[i] / gross, w[i], 12);
    }

    [Fact]
    public void Rolling_beta_uses_only_earlier_returns_and_recovers_a_known_beta()
    {
        var rng = new Random(5);
        int days = 120;
        var market = new double[days];
        var a = new double[days];
        var b = new double[days];
        a[0] = b[0] = 100;
        for (int d = 1; d < days; d++)
        {
            market[d] = 0.01 * (rng.NextDouble() - 0.5);
            a[d] = a[d - 1] * (1 + 1.3 * market[d]);
            b[d] = b[d - 1] * (1 + 0.4 * market[d]);
        }
        var prices = TinyPanels.FromOpens([a, b]);
        var beta = RollingBeta.Compute(prices, 30, market);
        Assert.True(double.IsNaN(beta[30, 0]));
        Assert.Equal(1.3, beta[100, 0], 9);
        Assert.Equal(0.4, beta[100, 1], 9);
    }

    private static double[] Simulate(int n, int seed, Func<int, double> sigmaOf)
    {
        var rng = new Random(seed);
        var returns = new double[n];
        for (int t = 0; t < n; t++)
        {
            double z = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            returns[t] = 0.0003 + sigmaOf(t) * z;
        }
        return returns;
    }

    private static double AnnualVol(IEnumerable<double> xs)
    {
        var x = xs.ToArray();
        double mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1) * 252);
    }

    [Fact]
    public void Volatility_targeting_hits_the_target_on_simulated_returns_within_sampling_error()
    {
        // Constant 1.5 % a day (24 % a year) scaled to 10 %: the standard error of a vol measured on ~5,000 days is
        // about 1 % of it, and a 60-day estimate's noise adds about 1 % upward (E[1/σ̂] > 1/σ).
        var steady = VolatilityTargeting.Apply(Simulate(5000, 11, _ => 0.015), targetAnnualVol: 0.10, window: 60, maxLeverage: 10);
        double vol = AnnualVol(steady.Scaled[60..]);
        output.WriteLine($"steady: realised annual vol {vol:P2} (target 10 %)");
        Assert.InRange(vol, 0.097, 0.105);
        Assert.All(steady.Leverage[..60], l => Assert.Equal(0, l));

        // Volatility switching between 0.6 % and 2.4 % a day every 250 days: untargeted it swings 10–38 % a year; once
        // each regime is 70 days old (the 60-day window has caught up) the targeted returns sit near 10 % in both.
        var switching = Simulate(5000, 12, t => (t / 250) % 2 == 0 ? 0.006 : 0.024);
        var result = VolatilityTargeting.Apply(switching, 0.10, 60, 10);
        double calm = AnnualVol(Enumerable.Range(60, 4940).Where(t => t % 250 >= 70 && (t / 250) % 2 == 0).Select(t => result.Scaled[t]));
        double wild = AnnualVol(Enumerable.Range(60, 4940).Where(t => t % 250 >= 70 && (t / 250) % 2 == 1).Select(t => result.Scaled[t]));
        output.WriteLine($"switching: calm regimes {calm:P2}, volatile regimes {wild:P2}, whole sample {AnnualVol(result.Scaled[60..]):P2}");
        Assert.InRange(calm, 0.09, 0.11);
        Assert.InRange(wild, 0.09, 0.11);

        // No look-ahead: changing today's return leaves today's leverage unchanged and moves tomorrow's.
        var bumped = (double[])switching.Clone();
        bumped[3000] = 0.5;
        Assert.Equal(result.Leverage[3000], VolatilityTargeting.Leverage(bumped, 0.10, 60, 10)[3000]);
        Assert.NotEqual(result.Leverage[3001], VolatilityTargeting.Leverage(bumped, 0.10, 60, 10)[3001]);
    }

    [Fact]
    public void Turnover_band_trades_only_moves_larger_than_the_band()
    {
        var dates = TinyPanels.Weekdays(4);
        var targets = new Panel(dates, ["AAA"], [0.10, 0.13, 0.16, 0.05]);
        var held = TurnoverBand.Apply(targets, 0.05);
        Assert.Equal([0.10, 0.10, 0.16, 0.05], held.Values);
    }

    [Fact]
    public void Inverse_volatility_weights_divide_by_volatility_and_sum_to_gross_one()
    {
        var dates = TinyPanels.Weekdays(1);
        var w = InverseVolatility.Weights(new Panel(dates, ["A", "B", "C"], [1, -1, 1]), new Panel(dates, ["A", "B", "C"], [0.01, 0.02, double.NaN]));
        Assert.Equal([Math.Round(2.0 / 3, 12), Math.Round(-1.0 / 3, 12), 0], w.Values.Select(x => Math.Round(x, 12)));
    }
}
