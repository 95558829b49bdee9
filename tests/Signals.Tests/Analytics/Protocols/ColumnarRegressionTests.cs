using Signals.Analytics.Protocols;

namespace Signals.Tests.Analytics.Protocols;

/// <summary>The regression read from columns gives the fit the per-observation dictionaries gave, to the bit.</summary>
public sealed class ColumnarRegressionTests
{
    /// <summary>The fit as it was computed from a list of observations (a dictionary of per-day sums), kept as the reference.</summary>
    private static FixedEffectsFit DictionaryFit(IReadOnlyList<PooledObservation> observations)
    {
        var sums = new Dictionary<int, (double X, double Y, int N)>();
        foreach (var o in observations)
            sums[o.Day] = sums.TryGetValue(o.Day, out var s) ? (s.X + o.X, s.Y + o.Y, s.N + 1) : (o.X, o.Y, 1);
        int n = 0, g = 0;
        double sxx = 0, sxy = 0, syy = 0, xScale = 0;
        foreach (var o in observations)
        {
            var s = sums[o.Day];
            if (s.N < 2) continue;
            double x = o.X - s.X / s.N, y = o.Y - s.Y / s.N;
            sxx += x * x; sxy += x * y; syy += y * y; n++;
            xScale += o.X * o.X;
        }
        foreach (var s in sums.Values) if (s.N >= 2) g++;
        if (g < 2 || n - g - 1 < 1 || !(sxx > 1e-20 * xScale)) return new FixedEffectsFit(double.NaN, double.NaN, double.NaN, double.NaN, n, g, double.NaN);
        double beta = sxy / sxx;
        var score = new Dictionary<int, double>(g);
        double sse = 0;
        foreach (var o in observations)
        {
            var s = sums[o.Day];
            if (s.N < 2) continue;
            double x = o.X - s.X / s.N, y = o.Y - s.Y / s.N, e = y - beta * x;
            sse += e * e;
            score[o.Day] = score.GetValueOrDefault(o.Day) + x * e;
        }
        double meat = 0;
        foreach (var v in score.Values) meat += v * v;
        double c = g / (g - 1.0) * (n - 1.0) / (n - g - 1.0);
        double se = Math.Sqrt(c * meat) / sxx;
        return new FixedEffectsFit(beta, se, beta / se, syy > 0 ? 1 - sse / syy : double.NaN, n, g, c);
    }

    private static void AssertSameBits(FixedEffectsFit expected, FixedEffectsFit actual)
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Coefficient), BitConverter.DoubleToInt64Bits(actual.Coefficient));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.StdErr), BitConverter.DoubleToInt64Bits(actual.StdErr));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.TStat), BitConverter.DoubleToInt64Bits(actual.TStat));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.R2), BitConverter.DoubleToInt64Bits(actual.R2));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.SmallSampleFactor), BitConverter.DoubleToInt64Bits(actual.SmallSampleFactor));
        Assert.Equal(expected.Observations, actual.Observations);
        Assert.Equal(expected.Days, actual.Days);
    }

    [Theory]
    [InlineData(1, 40, 400)]
    [InlineData(2, 3, 7)]
    [InlineData(3, 500, 600)]      // mostly singleton days
    public void Days_in_any_order_give_the_dictionary_fit_bit_for_bit(int seed, int dayCount, int observationCount)
    {
        var random = new Random(seed);
        var observations = new List<PooledObservation>();
        for (int i = 0; i < observationCount; i++)
        {
            // Sparse, negative and shuffled day numbers: the first-appearance numbering must still add the clusters in the dictionary's order.
            int day = random.Next(dayCount) * 7919 - 1_000_000;
            observations.Add(new PooledObservation(day, (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 3)), random.NextDouble() * 0.1 - 0.05));
        }

        AssertSameBits(DictionaryFit(observations), DayFixedEffectsRegression.Fit(observations));
    }

    [Fact]
    public void Panel_cells_read_as_columns_give_the_list_fit_bit_for_bit()
    {
        var random = new Random(11);
        int days = 30, symbols = 17;
        var cells = new List<int>();
        var x = new List<double>();
        var y = new List<double>();
        var pooled = new List<PooledObservation>();
        for (int d = 0; d < days; d++)
            for (int s = 0; s < symbols; s++)
            {
                if (random.NextDouble() < 0.4) continue;
                double score = Math.Round(random.NextDouble() * 2 - 1, 2), r = random.NextDouble() * 0.04 - 0.02;
                cells.Add(d * symbols + s); x.Add(score); y.Add(r);
                pooled.Add(new PooledObservation(d, score, r));
            }

        var columns = DayFixedEffectsRegression.Fit(cells.ToArray(), symbols, days, x.ToArray(), y.ToArray());

        Assert.True(columns.IsDefined);
        AssertSameBits(DictionaryFit(pooled), columns);
    }

    [Fact]
    public void Negative_zeros_and_singletons_add_up_as_they_did()
    {
        PooledObservation[] observations =
        [
            new(5, -0.0, -0.0), new(5, -0.0, 0.01), new(9, 0.3, -0.0), new(2, 0.7, 0.02), new(9, -0.2, 0.03),
            new(2, -0.0, -0.01), new(4, 0.1, 0.5), new(5, 0.4, -0.0), new(2, 0.2, 0.0), new(9, 0.9, -0.02),
        ];
        AssertSameBits(DictionaryFit(observations), DayFixedEffectsRegression.Fit(observations));
    }

    [Fact]
    public void No_observations_is_undefined_not_an_error()
    {
        var fit = DayFixedEffectsRegression.Fit([]);
        Assert.False(fit.IsDefined);
        Assert.Equal(0, fit.Observations);
        Assert.Equal(0, fit.Days);
    }

    [Fact]
    public void A_non_finite_observation_is_named_by_its_day()
    {
        var ex = Assert.Throws<ArgumentException>(() => DayFixedEffectsRegression.Fit([new(3, 0.1, 0.2), new(42, double.NaN, 0.1)]));
        Assert.Contains("day 42", ex.Message);
    }
}
