using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// True range, Average True Range (Wilder) and ATR as a percent of the close. TR needs the previous close, so
    /// the first bar has none; ATR is seeded with the mean of the first <paramref name="period"/> true ranges
    /// (first value at index <paramref name="period"/>) and then smoothed as <c>(prev·(n−1) + tr)/n</c>.
    /// ATRP is NaN on a zero close.
    /// </summary>
    public static void Atr(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period,
        Span<double> tr, Span<double> atr, Span<double> atrp)
    {
        Guard.Period(period);
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, tr.Length, nameof(tr));
        Guard.SameLength(n, atr.Length, nameof(atr));
        Guard.SameLength(n, atrp.Length, nameof(atrp));
        if (n == 0) return;
        tr[0] = double.NaN;
        atr[..Math.Min(period, n)].Fill(double.NaN);
        atrp[..Math.Min(period, n)].Fill(double.NaN);
        double sum = 0, avg = 0;
        double decay = Smoothing.WilderDecay(period), inverse = 1.0 / period;
        for (int i = 1; i < n; i++)
        {
            double t = TrueRange(high[i], low[i], close[i - 1]);
            tr[i] = t;
            if (i < period) { sum += t; continue; }
            if (i == period) avg = (sum + t) / period;
            else avg = Smoothing.Wilder(avg, t, decay, inverse);
            atr[i] = avg;
            atrp[i] = close[i] == 0 ? double.NaN : avg / close[i] * 100;
        }
    }

    /// <summary>The greatest of high − low, |high − previous close| and |low − previous close|.</summary>
    public static double TrueRange(double high, double low, double previousClose) =>
        Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));
}

/// <summary>ATR fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class AtrResult
{
    /// <summary>True range per bar, in price units; NaN on the first bar (no previous close).</summary>
    public required double[] Tr { get; init; }
    /// <summary>Wilder's average true range, in price units; NaN for the first <c>period</c> bars.</summary>
    public required double[] Atr { get; init; }
    /// <summary>ATR as a percent of the close (2.5 = 2.5 %); NaN in warm-up and on a zero close.</summary>
    public required double[] Atrp { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>True range, Wilder's ATR and ATR% of the bars (14 periods by default).</summary>
    public static AtrResult Atr(this BarSeries bars, int period = 14)
    {
        int n = bars.Count;
        var r = new AtrResult { Tr = Series.New(n), Atr = Series.New(n), Atrp = Series.New(n) };
        IndicatorKernels.Atr(bars.High, bars.Low, bars.Close, period, r.Tr, r.Atr, r.Atrp);
        return r;
    }
}
