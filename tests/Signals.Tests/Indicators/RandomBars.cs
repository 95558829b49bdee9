using Signals.Data;

namespace Signals.Tests.Indicators;

/// <summary>Seeded random-walk bars: the project's own test data (the same seed gives the same bars).</summary>
public static class RandomBars
{
    public static BarSeries Walk(int seed, int count, double start = 100, double volatility = 0.01)
    {
        var rng = new Random(seed);
        var t = new DateTimeOffset[count];
        double[] o = new double[count], h = new double[count], l = new double[count], c = new double[count], v = new double[count];
        double close = start;
        var day = new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.FromHours(-5));
        for (int i = 0; i < count; i++)
        {
            double open = close * Math.Exp(volatility * 0.3 * Normal(rng));
            close = open * Math.Exp(volatility * Normal(rng));
            // Round to cents like real quotes, so ties and flat moves happen.
            open = Math.Round(open, 2);
            close = Math.Round(close, 2);
            h[i] = Math.Round(Math.Max(open, close) * (1 + volatility * Math.Abs(Normal(rng)) * 0.5), 2);
            l[i] = Math.Round(Math.Min(open, close) * (1 - volatility * Math.Abs(Normal(rng)) * 0.5), 2);
            o[i] = open;
            c[i] = close;
            v[i] = Math.Round(1e6 * (0.2 + rng.NextDouble()));
            t[i] = day.AddDays(i);
        }
        return new BarSeries("RW", t, o, h, l, c, v);
    }

    public static double[] Values(int seed, int count, double start = 100) => Walk(seed, count, start).Close;

    /// <summary>A series with NaN holes: a leading warm-up, isolated gaps and a gap run.</summary>
    public static double[] WithGaps(int seed, int count)
    {
        var x = Values(seed, count);
        var rng = new Random(seed + 1);
        for (int i = 0; i < Math.Min(7, count); i++) x[i] = double.NaN;
        for (int k = 0; k < count / 40; k++) x[rng.Next(count)] = double.NaN;
        if (count > 100) for (int i = 60; i < 64; i++) x[i] = double.NaN;
        return x;
    }

    public static BarSeries Constant(int count, double price, double volume = 1000)
    {
        var t = new DateTimeOffset[count];
        for (int i = 0; i < count; i++) t[i] = new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i);
        double[] p = Enumerable.Repeat(price, count).ToArray();
        return new BarSeries("FLAT", t, p, (double[])p.Clone(), (double[])p.Clone(), (double[])p.Clone(), Enumerable.Repeat(volume, count).ToArray());
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
