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
        // bit for bit the same), but the reads walk the day-major panel row by row instead of striding a column.
        for (int d = 0; d < days; d++)
        {
            for (int s = 0; s < symbols; s++)
            {
                int i = d * symbols + s;
                sigma[i] = adv[i] = double.NaN;
                if (d < window + 1) continue;
                double sum = 0, sumSq = 0, vol = 0;
                bool ok = true;
                for (int j = d - window; j < d && ok; j++)
                {
                    double a = close[(j - 1) * symbols + s], b = close[j * symbols + s], v = volume[j * symbols + s];
                    if (!(a > 0) || !(b > 0) || !double.IsFinite(v)) { ok = false; break; }
                    double r = b / a - 1;
                    sum += r; sumSq += r * r; vol += v;
                }
                if (!ok) continue;
                double mean = sum / window;
                sigma[i] = Math.Sqrt(Math.Max(0, (sumSq - window * mean * mean) / (window - 1)));
                adv[i] = vol / window;
            }
        }
        return new LiquidityEstimates(sigma, adv);
    }
}
