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
        // Group by day without assuming order: per-day sums first.
        var sums = new Dictionary<int, (double X, double Y, int N)>();
        foreach (var o in observations)
        {
            if (!double.IsFinite(o.X) || !double.IsFinite(o.Y)) throw new ArgumentException($"Observation on day {o.Day} is not finite (x {o.X}, y {o.Y}).", nameof(observations));
            sums[o.Day] = sums.TryGetValue(o.Day, out var s) ? (s.X + o.X, s.Y + o.Y, s.N + 1) : (o.X, o.Y, 1);
        }
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
        // x equal within every day demeans to rounding noise (3 × 0.1 / 3 is not 0.1): a slope fitted to that noise
        // would be a number from nothing, so within-day variation below 1e-20 of x's own scale counts as none.
        string? undefined = g < 2 ? "fewer than two days with at least two observations"
            : n - g - 1 < 1 ? "too few observations for the day effects and a slope"
            : !(sxx > 1e-20 * xScale) ? "the score does not vary within any day (e.g. market-wide news giving every name the same score)"
            : null;
        if (undefined is not null)
            return new FixedEffectsFit(double.NaN, double.NaN, double.NaN, double.NaN, n, g, double.NaN) { UndefinedReason = undefined };

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
}
