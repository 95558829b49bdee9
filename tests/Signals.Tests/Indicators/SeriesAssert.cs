namespace Signals.Tests.Indicators;

public static class SeriesAssert
{
    /// <summary>Same length, NaN in the same places, numbers within a relative tolerance.</summary>
    public static void Near(double[] expected, double[] actual, double relative = 1e-9, string what = "")
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double e = expected[i], a = actual[i];
            if (double.IsNaN(e) || double.IsNaN(a))
            {
                Assert.True(double.IsNaN(e) && double.IsNaN(a), $"{what} index {i}: expected {e}, got {a}");
                continue;
            }
            Assert.True(Math.Abs(e - a) <= relative * Math.Max(1, Math.Abs(e)), $"{what} index {i}: expected {e:R}, got {a:R}");
        }
    }

    /// <summary>Bit-for-bit equal (NaN equals NaN).</summary>
    public static void Same(double[] expected, double[] actual, string what = "")
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(expected[i].Equals(actual[i]), $"{what} index {i}: batch {expected[i]:R}, stream {actual[i]:R}");
    }

    public static int LeadingNaN(double[] x)
    {
        int i = 0;
        while (i < x.Length && double.IsNaN(x[i])) i++;
        return i;
    }
}
