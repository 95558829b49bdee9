using Signals.Backtesting.Costs;
using Signals.Data;

namespace Signals.Tests.Backtesting.Costs;

public sealed class LiquidityEstimatesTests
{
    [Theory]
    [InlineData(13, 20)]     // symbols not a multiple of the vector width: lanes and a scalar tail
    [InlineData(32, 5)]
    [InlineData(3, 2)]
    public void Sigma_and_adv_equal_the_one_cell_at_a_time_definition_bit_for_bit(int symbols, int window)
    {
        var prices = TestMarkets.RandomWalk(symbols, days: 120, seed: symbols + window, missing: 0.03);
        var random = new Random(5);
        // Bad bars of every kind a window can meet: a zero close, an infinite or missing volume.
        for (int k = 0; k < 40; k++)
        {
            int i = random.Next(prices.Close.Values.Length);
            switch (k % 3)
            {
                case 0: prices.Close.Values[i] = 0; break;
                case 1: prices.Volume.Values[i] = double.PositiveInfinity; break;
                default: prices.Volume.Values[i] = double.NaN; break;
            }
        }

        var estimates = LiquidityEstimates.Compute(prices, window);

        var (sigma, adv) = OneCellAtATime(prices, window);
        Assert.Equal(sigma.Select(BitConverter.DoubleToInt64Bits), estimates.Sigma.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(adv.Select(BitConverter.DoubleToInt64Bits), estimates.Adv.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains(estimates.Sigma, double.IsNaN);
        Assert.Contains(estimates.Sigma, v => v > 0);
    }

    /// <summary>The definition: the window's sample σ of close-to-close returns and mean volume, NaN when any bar of it is bad.</summary>
    private static (double[] Sigma, double[] Adv) OneCellAtATime(BarPanel prices, int window)
    {
        int days = prices.DayCount, n = prices.SymbolCount;
        var sigma = new double[days * n];
        var adv = new double[days * n];
        for (int d = 0; d < days; d++)
            for (int s = 0; s < n; s++)
            {
                int i = d * n + s;
                sigma[i] = adv[i] = double.NaN;
                if (d < window + 1) continue;
                double sum = 0, sumSq = 0, vol = 0;
                bool ok = true;
                for (int j = d - window; j < d && ok; j++)
                {
                    double a = prices.Close[j - 1, s], b = prices.Close[j, s], v = prices.Volume[j, s];
                    if (!(a > 0) || !(b > 0) || !double.IsFinite(v)) { ok = false; break; }
                    double r = b / a - 1;
                    sum += r; sumSq += r * r; vol += v;
                }
                if (!ok) continue;
                double mean = sum / window;
                sigma[i] = Math.Sqrt(Math.Max(0, (sumSq - window * mean * mean) / (window - 1)));
                adv[i] = vol / window;
            }
        return (sigma, adv);
    }
}
