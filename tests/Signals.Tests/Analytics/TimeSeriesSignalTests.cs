using Signals.Analytics;

namespace Signals.Tests.Analytics;

public sealed class TimeSeriesSignalTests
{
    private static double[] Noise(int n, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()))];
    }

    [Fact]
    public void A_signal_that_leads_the_return_has_a_positive_ic_with_a_large_t()
    {
        var signal = Noise(500, 1);
        var noise = Noise(500, 2);
        var forward = signal.Select((s, i) => 0.5 * s + noise[i]).ToArray();

        var ic = TimeSeriesSignal.Ic(signal, forward, 1);

        Assert.Null(ic.Undefined);
        Assert.InRange(ic.Ic!.Value, 0.35, 0.55);   // 0.5 / √1.25 ≈ 0.45
        Assert.True(ic.NeweyWestTStat > 6, $"t = {ic.NeweyWestTStat}");
        Assert.Equal(500, ic.Observations);
        Assert.Equal(500, ic.NonOverlappingObservations);
        Assert.Equal(ic.Ic!.Value, ic.NonOverlappingIc!.Value, 12);
    }

    [Fact]
    public void An_unrelated_signal_has_an_ic_near_zero()
    {
        var ic = TimeSeriesSignal.Ic(Noise(2000, 3), Noise(2000, 4), 1);
        Assert.InRange(ic.Ic!.Value, -0.06, 0.06);
        Assert.InRange(ic.NeweyWestTStat!.Value, -2.5, 2.5);
    }

    [Fact]
    public void Overlapping_horizons_do_not_inflate_the_t_statistic()
    {
        // 5-day sums of iid noise against a persistent, unrelated signal: the naive t over-counts the shared days;
        // Newey-West with h - 1 lags and every 5th day alone stay near the noise level across many seeds.
        int big = 0;
        for (int seed = 0; seed < 40; seed++)
        {
            var daily = Noise(405, 100 + seed);
            var forward = Enumerable.Range(0, 400).Select(d => daily.Skip(d).Take(5).Sum()).ToArray();
            var raw = Noise(400, 200 + seed);
            var signal = new double[400];
            for (int d = 0; d < 400; d++) signal[d] = (d > 0 ? 0.9 * signal[d - 1] : 0) + raw[d];
            var ic = TimeSeriesSignal.Ic(signal, forward, 5);
            if (Math.Abs(ic.NeweyWestTStat!.Value) > 2.6) big++;
            Assert.Equal(80, ic.NonOverlappingObservations);
        }
        Assert.True(big <= 6, $"{big} of 40 unrelated series had |t| > 2.6");
    }

    [Fact]
    public void Undefined_ics_are_absent_with_their_reason()
    {
        var constant = Enumerable.Repeat(0.3, 100).ToArray();
        var flat = TimeSeriesSignal.Ic(constant, Noise(100, 5), 1);
        Assert.Null(flat.Ic);
        Assert.Null(flat.NeweyWestTStat);
        Assert.Contains("does not vary", flat.Undefined);

        var few = TimeSeriesSignal.Ic(Noise(10, 6), Noise(10, 7), 1);
        Assert.Null(few.Ic);
        Assert.Contains("at least 20", few.Undefined);

        var gaps = Noise(100, 8);
        for (int i = 0; i < 90; i++) gaps[i] = double.NaN;
        Assert.Equal(10, TimeSeriesSignal.Ic(gaps, Noise(100, 9), 1).Observations);
    }

    [Fact]
    public void The_trailing_z_score_reads_no_later_day()
    {
        var x = Noise(200, 10);
        var z = TimeSeriesSignal.TrailingZScore(x, 30, 10);
        var changed = (double[])x.Clone();
        for (int i = 120; i < 200; i++) changed[i] = 100 + i;
        var z2 = TimeSeriesSignal.TrailingZScore(changed, 30, 10);
        Assert.Equal(z.AsSpan(0, 120).ToArray(), z2.AsSpan(0, 120).ToArray());
        Assert.All(z.Take(9), v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsFinite(z[9]));

        // Day 50 by hand: the 30 values ending at day 50, sample std.
        var w = x.Skip(21).Take(30).ToArray();
        double mean = w.Average(), sd = Math.Sqrt(w.Sum(v => (v - mean) * (v - mean)) / 29);
        Assert.Equal((x[50] - mean) / sd, z[50], 12);
    }
}
