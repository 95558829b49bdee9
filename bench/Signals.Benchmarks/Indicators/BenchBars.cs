using Signals.Data;

namespace Signals.Benchmarks.Indicators;

/// <summary>Deterministic random-walk bars for the benchmarks (seeded; cents like real quotes).</summary>
internal static class BenchBars
{
    public static BarSeries Walk(int count, int seed = 20170103)
    {
        var rng = new Random(seed);
        var t = new DateTimeOffset[count];
        double[] o = new double[count], h = new double[count], l = new double[count], c = new double[count], v = new double[count];
        double close = 212.8;
        var start = new DateTimeOffset(2017, 1, 3, 0, 0, 0, TimeSpan.FromHours(-5));
        for (int i = 0; i < count; i++)
        {
            double open = Math.Round(close * (1 + 0.003 * Normal(rng)), 2);
            close = Math.Round(open * (1 + 0.01 * Normal(rng)), 2);
            o[i] = open;
            c[i] = close;
            h[i] = Math.Round(Math.Max(open, close) * (1 + 0.004 * Math.Abs(Normal(rng))), 2);
            l[i] = Math.Round(Math.Min(open, close) * (1 - 0.004 * Math.Abs(Normal(rng))), 2);
            v[i] = Math.Round(5e7 * (0.5 + rng.NextDouble()));
            t[i] = start.AddDays(i);
        }
        return new BarSeries("BENCH", t, o, h, l, c, v);
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
