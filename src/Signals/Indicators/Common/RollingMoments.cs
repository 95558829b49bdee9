using System.Runtime.CompilerServices;

namespace Signals.Indicators;

/// <summary>
/// Mean and population variance of a sliding window in O(1) per step. Squares are taken about a shift
/// (the window mean at the last re-seed) so that prices far from zero lose no precision to cancellation,
/// and the window is re-summed exactly every <c>period</c> steps so rounding never accumulates over long series.
/// Batch and streaming callers drive it identically, so both give the same bits.
/// </summary>
internal struct RollingMoments
{
    private readonly int _period;
    private double _sum;
    private double _shift;
    private double _sumSquares;
    private int _slides;

    public RollingMoments(int period) => _period = period;

    public readonly double Mean => _sum / _period;

    /// <summary>Population variance; a spread below rounding noise of the mean counts as exactly zero.</summary>
    public readonly double Variance
    {
        get
        {
            double mean = Mean;
            double offset = mean - _shift;
            double variance = _sumSquares / _period - offset * offset;
            // Ulp-level noise of a constant window would otherwise turn z-scores and %B into random numbers.
            return variance > 1e-26 * mean * mean ? variance : 0;
        }
    }

    /// <summary>Sums the window exactly; <paramref name="older"/> then <paramref name="newer"/> is oldest-first order.</summary>
    public void Seed(ReadOnlySpan<double> older, ReadOnlySpan<double> newer)
    {
        double sum = 0;
        for (int i = 0; i < older.Length; i++) sum += older[i];
        for (int i = 0; i < newer.Length; i++) sum += newer[i];
        double shift = sum / _period;
        double squares = 0;
        for (int i = 0; i < older.Length; i++) { double d = older[i] - shift; squares += d * d; }
        for (int i = 0; i < newer.Length; i++) { double d = newer[i] - shift; squares += d * d; }
        _sum = sum;
        _shift = shift;
        _sumSquares = squares;
        _slides = 0;
    }

    /// <summary>Moves the window one step; returns true when the caller must <see cref="Seed"/> the new window instead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Slide(double added, double removed)
    {
        if (++_slides == _period) return true;
        _sum += added - removed;
        double a = added - _shift, r = removed - _shift;
        _sumSquares += a * a - r * r;
        return false;
    }
}
