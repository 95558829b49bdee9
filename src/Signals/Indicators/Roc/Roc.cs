namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Rate of change over <paramref name="period"/> bars: <c>momentum = x − x[−period]</c> and
    /// <c>roc = 100 · momentum / x[−period]</c> (NaN when that earlier value is 0). The first
    /// <paramref name="period"/> results are NaN.
    /// </summary>
    public static void Roc(ReadOnlySpan<double> values, int period, Span<double> roc, Span<double> momentum)
    {
        Guard.Period(period);
        int n = values.Length;
        Guard.SameLength(n, roc.Length, nameof(roc));
        Guard.SameLength(n, momentum.Length, nameof(momentum));
        if (NumberRuns.AllNumbers(values)) { RocRun(values, period, roc, momentum); return; }
        roc.Fill(double.NaN);
        momentum.Fill(double.NaN);
        foreach (var (s, len) in new NumberRuns(values))
            RocRun(values.Slice(s, len), period, roc.Slice(s, len), momentum.Slice(s, len));
    }

    private static void RocRun(ReadOnlySpan<double> x, int period, Span<double> roc, Span<double> momentum)
    {
        int warm = Math.Min(period, x.Length);
        roc[..warm].Fill(double.NaN);
        momentum[..warm].Fill(double.NaN);
        for (int i = period; i < x.Length; i++)
        {
            double back = x[i - period];
            double change = x[i] - back;
            momentum[i] = change;
            roc[i] = back == 0 ? double.NaN : 100 * change / back;
        }
    }
}

/// <summary>Rate-of-change fields aligned 1:1 with the input; NaN during warm-up.</summary>
public sealed class RocResult
{
    /// <summary>Rate of change in percent: 100 · (x − x[−period]) / x[−period]; NaN when that earlier value is 0.</summary>
    public required double[] Roc { get; init; }
    /// <summary>x − x[−period], in the input's units.</summary>
    public required double[] Momentum { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Rate of change (percent) and momentum of any series.</summary>
    public static RocResult Roc(this double[] values, int period)
    {
        var r = new RocResult { Roc = Series.New(values.Length), Momentum = Series.New(values.Length) };
        IndicatorKernels.Roc(values, period, r.Roc, r.Momentum);
        return r;
    }
}
