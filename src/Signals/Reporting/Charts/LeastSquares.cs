namespace Signals.Reporting;

/// <summary>Ordinary least squares of y on x over the pairs where both are finite.</summary>
internal readonly record struct LeastSquares(double Slope, double Intercept, double Correlation, int Count, double MinX, double MaxX)
{
    public static LeastSquares Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = 0;
        double sx = 0, sy = 0, minX = double.PositiveInfinity, maxX = double.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            n++; sx += x[i]; sy += y[i];
            minX = Math.Min(minX, x[i]); maxX = Math.Max(maxX, x[i]);
        }
        if (n < 2) return new(double.NaN, double.NaN, double.NaN, n, minX, maxX);
        double mx = sx / n, my = sy / n, sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx; syy += dy * dy; sxy += dx * dy;
        }
        if (sxx == 0) return new(double.NaN, double.NaN, double.NaN, n, minX, maxX);
        double slope = sxy / sxx;
        double corr = syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
        return new(slope, my - slope * mx, corr, n, minX, maxX);
    }
}
