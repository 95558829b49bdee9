namespace Signals.Analytics.Protocols;

/// <summary>One observation of a pooled cross-section: a day (the cluster and fixed-effect group), a regressor and a response.</summary>
/// <param name="Day">The day's index: the fixed-effect group and the cluster.</param>
/// <param name="X">The regressor (e.g. a headline score).</param>
/// <param name="Y">The response (e.g. the next return).</param>
public readonly record struct PooledObservation(int Day, double X, double Y);

/// <summary>
/// The slope of y on x with day fixed effects, its day-clustered standard error and the within R².
/// </summary>
/// <param name="Observations">N: observations on days with at least two of them (singleton days carry no within-day variation and are dropped, as reghdfe does).</param>
/// <param name="Days">G: the clusters (days) left.</param>
/// <param name="SmallSampleFactor">c = G/(G−1) · (N−1)/(N−G−1): G day effects and one slope are the N − K = N − G − 1 residual degrees of freedom.</param>
/// <param name="R2">Within R²: 1 − Σe² / Σỹ² with ỹ the day-demeaned response.</param>
public sealed record FixedEffectsFit(double Coefficient, double StdErr, double TStat, double R2, int Observations, int Days, double SmallSampleFactor)
{
    /// <summary>Why the fit has no coefficient (null when it has one): too few days or observations, or no within-day variation of x.</summary>
    public string? UndefinedReason { get; init; }

    /// <summary>Whether the regression has a coefficient the kit stands behind.</summary>
    public bool IsDefined => UndefinedReason is null;
}

/// <summary>
/// Pooled OLS with day fixed effects by the within transformation (x and y demeaned within each day; by
/// Frisch–Waugh–Lovell the slope equals the one with a dummy per day), standard errors clustered by day:
/// Var(β) = c · Σ_g (Σ_{i∈g} x̃ᵢ eᵢ)² / (Σ x̃²)², c = G/(G−1) · (N−1)/(N−G−1).
/// </summary>
public static class DayFixedEffectsRegression
{
    /// <summary>The slope of Y on X within days with its day-clustered standard error; undefined (with the reason) when too few days or no within-day variation in X.</summary>
    public static FixedEffectsFit Fit(IReadOnlyList<PooledObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        // Days numbered in the order they first appear: the per-day sums live in arrays, and the clusters' scores add
        // up in that order, the order a dictionary keyed by day enumerates them in.
        var number = new Dictionary<int, int>();
        var days = new int[observations.Count];
        var x = new double[observations.Count];
        var y = new double[observations.Count];
        for (int i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (!double.IsFinite(o.X) || !double.IsFinite(o.Y)) throw new ArgumentException($"Observation on day {o.Day} is not finite (x {o.X}, y {o.Y}).", nameof(observations));
            if (!number.TryGetValue(o.Day, out int day)) number[o.Day] = day = number.Count;
            days[i] = day; x[i] = o.X; y[i] = o.Y;
        }
        return Fit(days, 1, number.Count, x, y);
    }

    /// <summary>
    /// The fit from columns: observation i lies on day <c>keys[i] / keysPerDay</c> (a panel cell's index and the panel's
    /// width give its row), days numbered 0 to <paramref name="dayCount"/> − 1 in the order they first appear; x and y
    /// finite. The study's millions of symbol-days are read where they lie, with no object or dictionary entry each.
    /// </summary>
    internal static FixedEffectsFit Fit(ReadOnlySpan<int> keys, int keysPerDay, int dayCount, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != keys.Length || y.Length != keys.Length) throw new ArgumentException("keys, x and y differ in length.");
        var sumX = new double[dayCount];
        var sumY = new double[dayCount];
        var count = new int[dayCount];
        for (int i = 0; i < keys.Length; i++)
        {
            int day = keys[i] / keysPerDay;
            // A day's sums start from its first value, not from 0 + it: a lone −0 stays −0, as it always has.
            if (count[day]++ == 0) { sumX[day] = x[i]; sumY[day] = y[i]; }
            else { sumX[day] += x[i]; sumY[day] += y[i]; }
        }
        int n = 0, g = 0;
        double sxx = 0, sxy = 0, syy = 0, xScale = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int day = keys[i] / keysPerDay;
            if (count[day] < 2) continue;
            double xi = x[i] - sumX[day] / count[day], yi = y[i] - sumY[day] / count[day];
            sxx += xi * xi; sxy += xi * yi; syy += yi * yi; n++;
            xScale += x[i] * x[i];
        }
        foreach (int c in count) if (c >= 2) g++;
        // x equal within every day demeans to rounding noise (3 × 0.1 / 3 is not 0.1): a slope fitted to that noise
        // would be a number from nothing, so within-day variation below 1e-20 of x's own scale counts as none.
        string? undefined = g < 2 ? "fewer than two days with at least two observations"
            : n - g - 1 < 1 ? "too few observations for the day effects and a slope"
            : !(sxx > 1e-20 * xScale) ? "the score does not vary within any day (e.g. market-wide news giving every name the same score)"
            : null;
        if (undefined is not null)
            return new FixedEffectsFit(double.NaN, double.NaN, double.NaN, double.NaN, n, g, double.NaN) { UndefinedReason = undefined };

        double beta = sxy / sxx;
        var score = new double[dayCount];
        double sse = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int day = keys[i] / keysPerDay;
            if (count[day] < 2) continue;
            double xi = x[i] - sumX[day] / count[day], yi = y[i] - sumY[day] / count[day], e = yi - beta * xi;
            sse += e * e;
            score[day] += xi * e;
        }
        double meat = 0;
        for (int day = 0; day < dayCount; day++) if (count[day] >= 2) meat += score[day] * score[day];
        double factor = g / (g - 1.0) * (n - 1.0) / (n - g - 1.0);
        double se = Math.Sqrt(factor * meat) / sxx;
        return new FixedEffectsFit(beta, se, beta / se, syy > 0 ? 1 - sse / syy : double.NaN, n, g, factor);
    }
}
