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

    private static void MacdRun(ReadOnlySpan<double> x, int fastPeriod, int slowPeriod, int signalPeriod,
        Span<double> macd, Span<double> signal, Span<double> histogram, Span<double> fastEma, Span<double> slowEma)
    {
        int n = x.Length;
        EmaRun(x, fastPeriod, fastEma);
        EmaRun(x, slowPeriod, slowEma);
        int first = Math.Min(slowPeriod - 1, n);
        macd[..first].Fill(double.NaN);
        for (int i = first; i < n; i++) macd[i] = fastEma[i] - slowEma[i];
        signal[..first].Fill(double.NaN);
        EmaRun(macd[first..], signalPeriod, signal[first..]);
        for (int i = 0; i < n; i++) histogram[i] = macd[i] - signal[i];
    }
}

/// <summary>MACD fields aligned 1:1 with the input; NaN during warm-up.</summary>
public sealed class MacdResult
{
    public required double[] Macd { get; init; }
    public required double[] Signal { get; init; }
    public required double[] Histogram { get; init; }
    public required double[] FastEma { get; init; }
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
