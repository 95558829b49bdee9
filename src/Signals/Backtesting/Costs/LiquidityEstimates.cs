using System.Numerics;
using Signals.Data;

namespace Signals.Backtesting.Costs;

/// <summary>
/// σ_daily (sample std of close-to-close returns) and ADV (mean share volume) per (day, symbol) from the
/// <c>window</c> sessions strictly before that day: what is known at that day's open. NaN until a symbol has a full window.
/// The sample data has volume but no spread or σ column; both models derive what they need from bars this way.
/// </summary>
internal sealed class LiquidityEstimates
{
    private LiquidityEstimates(double[] sigma, double[] adv) { Sigma = sigma; Adv = adv; }

    /// <summary>[day * symbols + s].</summary>
    public double[] Sigma { get; }
    public double[] Adv { get; }

    public static LiquidityEstimates Compute(BarPanel prices, int window)
    {
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var close = prices.Close.Values;
        var volume = prices.Volume.Values;
        var sigma = new double[days * symbols];
        var adv = new double[days * symbols];
        // Day by day, every symbol: each (day, symbol) sums its window in the same order as before (so the figures are
        // bit for bit the same), but the reads walk the day-major panel row by row instead of striding a column, and
        // Vector<double>.Count neighbouring symbols are summed at once, one per lane (the same operations in the same
        // order per lane; a lane whose window has a bad bar is NaN, as the scalar loop's early exit leaves it).
        int lanes = Vector.IsHardwareAccelerated ? Vector<double>.Count : int.MaxValue;
        for (int d = 0; d < days; d++)
        {
            int row = d * symbols;
            if (d < window + 1)
            {
                sigma.AsSpan(row, symbols).Fill(double.NaN);
                adv.AsSpan(row, symbols).Fill(double.NaN);
                continue;
            }
            int s = 0;
            for (; s + lanes <= symbols; s += lanes) WindowLanes(close, volume, symbols, d, s, window, sigma, adv);
            for (; s < symbols; s++) WindowOne(close, volume, symbols, d, s, window, sigma, adv);
        }
        return new LiquidityEstimates(sigma, adv);
    }

    private static void WindowOne(double[] close, double[] volume, int symbols, int d, int s, int window, double[] sigma, double[] adv)
    {
        int i = d * symbols + s;
        sigma[i] = adv[i] = double.NaN;
        double sum = 0, sumSq = 0, vol = 0;
        for (int j = d - window; j < d; j++)
        {
            double a = close[(j - 1) * symbols + s], b = close[j * symbols + s], v = volume[j * symbols + s];
            if (!(a > 0) || !(b > 0) || !double.IsFinite(v)) return;
            double r = b / a - 1;
            sum += r; sumSq += r * r; vol += v;
        }
        double mean = sum / window;
        sigma[i] = Math.Sqrt(Math.Max(0, (sumSq - window * mean * mean) / (window - 1)));
        adv[i] = vol / window;
    }

    private static void WindowLanes(double[] close, double[] volume, int symbols, int d, int s, int window, double[] sigma, double[] adv)
    {
        var zero = Vector<double>.Zero;
        var one = Vector<double>.One;
        var ok = Vector<long>.AllBitsSet;
        Vector<double> sum = zero, sumSq = zero, vol = zero;
        for (int j = d - window; j < d; j++)
        {
            var a = new Vector<double>(close, (j - 1) * symbols + s);
            var b = new Vector<double>(close, j * symbols + s);
            var v = new Vector<double>(volume, j * symbols + s);
            // a > 0, b > 0 and a finite volume (v − v is 0 only for a finite v).
            ok &= Vector.GreaterThan(a, zero) & Vector.GreaterThan(b, zero) & Vector.Equals(v - v, zero);
            var r = b / a - one;
            sum += r; sumSq += r * r; vol += v;
        }
        var w = new Vector<double>(window);
        var mean = sum / w;
        var variance = (sumSq - w * mean * mean) / new Vector<double>(window - 1);
        // Math.Max(0, x): x when x > 0, +0 for any other number (−0 included), NaN for NaN.
        var floored = Vector.ConditionalSelect(Vector.GreaterThan(variance, zero), variance,
            Vector.ConditionalSelect(Vector.Equals(variance, variance), zero, variance));
        var nan = new Vector<double>(double.NaN);
        Vector.ConditionalSelect(ok, Vector.SquareRoot(floored), nan).CopyTo(sigma, d * symbols + s);
        Vector.ConditionalSelect(ok, vol / w, nan).CopyTo(adv, d * symbols + s);
    }
}
