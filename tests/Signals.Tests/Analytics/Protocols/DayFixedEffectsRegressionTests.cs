using MathNet.Numerics.LinearAlgebra;
using Signals.Analytics.Protocols;

namespace Signals.Tests.Analytics.Protocols;

public sealed class DayFixedEffectsRegressionTests
{
    private static readonly PooledObservation[] Tiny =
    [
        new(0, 0.5, 0.010), new(0, -0.2, -0.004), new(0, 0.1, 0.003), new(0, 0.0, 0.001),
        new(1, 0.9, 0.020), new(1, -0.7, -0.011), new(1, 0.3, -0.002),
        new(2, -0.4, 0.006), new(2, 0.6, 0.004), new(2, 0.2, 0.009), new(2, -0.9, -0.015),
        new(3, 0.8, 0.050),                                   // a singleton day: no within-day variation, dropped
    ];

    /// <summary>
    /// Least squares with a dummy per day (no demeaning), residuals, and the cluster sandwich
    /// c·(X'X)⁻¹ [Σ_g X_g' e_g e_g' X_g] (X'X)⁻¹ with c = G/(G−1)·(N−1)/(N−K), K = G + 1 — computed with matrices,
    /// independently of the within transformation the library uses.
    /// </summary>
    [Fact]
    public void Coefficient_and_clustered_t_equal_the_dummy_variable_sandwich_on_a_tiny_panel()
    {
        var kept = Tiny.Where(o => o.Day != 3).ToArray();
        int n = kept.Length, g = 3, k = g + 1;
        var x = Matrix<double>.Build.Dense(n, k);
        var y = Vector<double>.Build.Dense(n);
        for (int i = 0; i < n; i++)
        {
            x[i, 0] = kept[i].X;
            x[i, 1 + kept[i].Day] = 1;
            y[i] = kept[i].Y;
        }
        var xtxInv = (x.TransposeThisAndMultiply(x)).Inverse();
        var b = xtxInv * x.TransposeThisAndMultiply(y);
        var e = y - x * b;
        var meat = Matrix<double>.Build.Dense(k, k);
        for (int day = 0; day < g; day++)
        {
            var score = Vector<double>.Build.Dense(k);
            for (int i = 0; i < n; i++) if (kept[i].Day == day) score += x.Row(i) * e[i];
            meat += score.OuterProduct(score);
        }
        double c = g / (g - 1.0) * (n - 1.0) / (n - k);
        var v = c * xtxInv * meat * xtxInv;
        double se = Math.Sqrt(v[0, 0]);
        // Within R²: residual sum of squares over the day-demeaned response's sum of squares.
        double syy = 0;
        for (int day = 0; day < g; day++)
        {
            var ys = kept.Where(o => o.Day == day).Select(o => o.Y).ToArray();
            syy += ys.Sum(t => (t - ys.Average()) * (t - ys.Average()));
        }

        var fit = DayFixedEffectsRegression.Fit(Tiny);
        Assert.Equal(n, fit.Observations);
        Assert.Equal(g, fit.Days);
        Assert.Equal(c, fit.SmallSampleFactor, 12);
        Assert.Equal(b[0], fit.Coefficient, 12);
        Assert.Equal(se, fit.StdErr, 12);
        Assert.Equal(b[0] / se, fit.TStat, 10);
        Assert.Equal(1 - e.DotProduct(e) / syy, fit.R2, 12);
    }

    [Fact]
    public void Too_few_days_gives_NaN_not_a_number_made_up()
    {
        var fit = DayFixedEffectsRegression.Fit([new(0, 1, 1), new(0, 2, 3), new(1, 5, 5)]);
        Assert.True(double.IsNaN(fit.Coefficient));
        Assert.Equal(1, fit.Days);
    }
}
