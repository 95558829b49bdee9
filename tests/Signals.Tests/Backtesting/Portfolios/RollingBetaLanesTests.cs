using Signals.Backtesting.Portfolios;
using Signals.Data;

namespace Signals.Tests.Backtesting.Portfolios;

public sealed class RollingBetaLanesTests
{
    [Theory]
    [InlineData(13, 20)]     // symbols not a multiple of the vector width: lanes and a scalar tail
    [InlineData(8, 5)]
    [InlineData(5, 60)]
    public void Betas_equal_the_one_cell_at_a_time_slope_bit_for_bit(int symbols, int window)
    {
        var prices = TestMarkets.RandomWalk(symbols, days: 150, seed: 3 * symbols + window, missing: 0.005);
        var random = new Random(9);
        for (int k = 0; k < symbols; k++) prices.Close.Values[random.Next(prices.Close.Values.Length)] = 0;   // a bad close breaks two returns

        var betas = RollingBeta.Compute(prices, window);

        var expected = OneCellAtATime(prices, window);
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), betas.Values.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains(betas.Values, double.IsNaN);
        Assert.Contains(betas.Values, double.IsFinite);
    }

    /// <summary>The definition: OLS slope of the symbol's close-to-close returns on the equal-weighted mean over the window before the day.</summary>
    private static double[] OneCellAtATime(BarPanel prices, int window)
    {
        int days = prices.DayCount, n = prices.SymbolCount;
        var r = new double[days * n];
        var m = new double[days];
        for (int d = 0; d < days; d++)
        {
            double sum = 0; int count = 0;
            for (int s = 0; s < n; s++)
            {
                double a = d == 0 ? double.NaN : prices.Close[d - 1, s], b = prices.Close[d, s];
                r[d * n + s] = a > 0 && b > 0 ? b / a - 1 : double.NaN;
                if (double.IsFinite(r[d * n + s])) { sum += r[d * n + s]; count++; }
            }
            m[d] = count > 0 ? sum / count : double.NaN;
        }
        var beta = new double[days * n];
        Array.Fill(beta, double.NaN);
        for (int s = 0; s < n; s++)
            for (int d = window + 1; d < days; d++)
            {
                double sx = 0, sy = 0, sxy = 0, sxx = 0;
                bool ok = true;
                for (int j = d - window; j < d; j++)
                {
                    double y = r[j * n + s], x = m[j];
                    if (!double.IsFinite(y) || !double.IsFinite(x)) { ok = false; break; }
                    sx += x; sy += y; sxy += x * y; sxx += x * x;
                }
                double denominator = window * sxx - sx * sx;
                if (ok && denominator > 0) beta[d * n + s] = (window * sxy - sx * sy) / denominator;
            }
        return beta;
    }
}
