namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Moving Average Convergence/Divergence: <c>macd = EMA(fast) − EMA(slow)</c> from index <c>slow − 1</c>;
    /// <c>signal</c> is the SMA-seeded EMA of the MACD line (first at <c>slow + signal − 2</c>);
    /// <c>histogram = macd − signal</c>. Both EMAs are written out as well.
    /// </summary>
    public static void Macd(ReadOnlySpan<double> values, int fastPeriod, int slowPeriod, int signalPeriod,
        Span<double> macd, Span<double> signal, Span<double> histogram, Span<double> fastEma, Span<double> slowEma)
    {
        CheckMacd(fastPeriod, slowPeriod, signalPeriod);
        int n = values.Length;
        Guard.SameLength(n, macd.Length, nameof(macd));
        Guard.SameLength(n, signal.Length, nameof(signal));
        Guard.SameLength(n, histogram.Length, nameof(histogram));
        Guard.SameLength(n, fastEma.Length, nameof(fastEma));
        Guard.SameLength(n, slowEma.Length, nameof(slowEma));
        if (NumberRuns.AllNumbers(values))
        {
            MacdRun(values, fastPeriod, slowPeriod, signalPeriod, macd, signal, histogram, fastEma, slowEma);
            return;
        }
        macd.Fill(double.NaN); signal.Fill(double.NaN); histogram.Fill(double.NaN); fastEma.Fill(double.NaN); slowEma.Fill(double.NaN);
        foreach (var (s, len) in new NumberRuns(values))
            MacdRun(values.Slice(s, len), fastPeriod, slowPeriod, signalPeriod,
                macd.Slice(s, len), signal.Slice(s, len), histogram.Slice(s, len), fastEma.Slice(s, len), slowEma.Slice(s, len));
    }

    internal static void CheckMacd(int fastPeriod, int slowPeriod, int signalPeriod)
    {
        Guard.Period(fastPeriod, nameof(fastPeriod));
        Guard.Period(signalPeriod, nameof(signalPeriod));
        if (slowPeriod <= fastPeriod)
            throw new ArgumentOutOfRangeException(nameof(slowPeriod), slowPeriod, "slowPeriod must be greater than fastPeriod.");
    }

    /// <summary>
    /// One pass over the run: the three EMAs are independent recurrences, so computing them side by side keeps
    /// the CPU busy while each waits on its own previous value. The same steps as <see cref="MacdStream"/>.
    /// </summary>
    private static void MacdRun(ReadOnlySpan<double> x, int fastPeriod, int slowPeriod, int signalPeriod,
        Span<double> macd, Span<double> signal, Span<double> histogram, Span<double> fastEma, Span<double> slowEma)
    {
        int n = x.Length;
        int fastStart = fastPeriod - 1, slowStart = slowPeriod - 1, signalStart = slowPeriod + signalPeriod - 2;
        fastEma[..Math.Min(fastStart, n)].Fill(double.NaN);
        slowEma[..Math.Min(slowStart, n)].Fill(double.NaN);
        macd[..Math.Min(slowStart, n)].Fill(double.NaN);
        signal[..Math.Min(signalStart, n)].Fill(double.NaN);
        histogram[..Math.Min(signalStart, n)].Fill(double.NaN);
        if (n < fastPeriod) return;

        double kFast = Smoothing.EmaFactor(fastPeriod), dFast = 1 - kFast;
        double kSlow = Smoothing.EmaFactor(slowPeriod), dSlow = 1 - kSlow;
        double kSignal = Smoothing.EmaFactor(signalPeriod), dSignal = 1 - kSignal;

        double fast = Series.SumForward(x[..fastPeriod]) / fastPeriod;
        fastEma[fastStart] = fast;
        int i = fastPeriod;
        for (; i < slowStart && i < n; i++)
        {
            fast = Smoothing.Ema(fast, x[i], kFast, dFast);
            fastEma[i] = fast;
        }
        if (n < slowPeriod) return;

        // i == slowStart, which is past fastStart because slow > fast.
        double slow = Series.SumForward(x[..slowPeriod]) / slowPeriod;
        double signalSum = 0, sig = double.NaN;
        int signalCount = 0;
        for (; i < n; i++)
        {
            fast = Smoothing.Ema(fast, x[i], kFast, dFast);
            if (i > slowStart) slow = Smoothing.Ema(slow, x[i], kSlow, dSlow);
            double m = fast - slow;
            if (signalCount < signalPeriod)
            {
                signalSum += m;
                if (++signalCount == signalPeriod) sig = signalSum / signalPeriod;
            }
            else sig = Smoothing.Ema(sig, m, kSignal, dSignal);
            fastEma[i] = fast;
            slowEma[i] = slow;
            macd[i] = m;
            signal[i] = sig;
            histogram[i] = m - sig;
        }
    }
}

/// <summary>MACD fields aligned 1:1 with the input; NaN during warm-up.</summary>
public sealed class MacdResult
{
    /// <summary>EMA(fast) − EMA(slow), in price units.</summary>
    public required double[] Macd { get; init; }
    /// <summary>EMA of the MACD line over the signal period.</summary>
    public required double[] Signal { get; init; }
    /// <summary>MACD − signal.</summary>
    public required double[] Histogram { get; init; }
    /// <summary>The fast EMA of the input.</summary>
    public required double[] FastEma { get; init; }
    /// <summary>The slow EMA of the input.</summary>
    public required double[] SlowEma { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>MACD of any series (12, 26, 9 by default).</summary>
    public static MacdResult Macd(this double[] values, int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        int n = values.Length;
        var r = new MacdResult { Macd = Series.New(n), Signal = Series.New(n), Histogram = Series.New(n), FastEma = Series.New(n), SlowEma = Series.New(n) };
        IndicatorKernels.Macd(values, fastPeriod, slowPeriod, signalPeriod, r.Macd, r.Signal, r.Histogram, r.FastEma, r.SlowEma);
        return r;
    }
}
