using System.Runtime.CompilerServices;

namespace Signals.Indicators;

/// <summary>
/// The state of a sliding window's first two moments, kept as sums of deviations from a centre <see cref="C"/>
/// (the window mean at the last exact re-sum): <see cref="S1"/> = Σ(x − c), <see cref="S2"/> = Σ(x − c)².
/// Deviations, not raw prices, so rounding scales with the window's spread rather than the price level.
/// <see cref="Bound"/> accumulates the magnitudes added and removed since the last exact re-sum: it bounds the
/// rounding error of S1 and S2.
/// </summary>
internal readonly record struct MomentsState(double C, double S1, double S2, double Bound, int Slides);

/// <summary>
/// Mean and population variance of a sliding window in O(1) per step, exact to ~1e-10 relative or better.
/// A one-step update can lose relative precision only when the window's variance is tiny next to the
/// accumulated rounding (a nearly flat window after a move); then, and every <see cref="ResumInterval"/> steps,
/// the window is re-summed exactly (two passes, as the reference library does on every bar). Pure functions:
/// the batch loops keep the state in registers, the streams in a field; both run the same arithmetic, so both
/// give the same bits.
/// </summary>
internal static class RollingMoments
{
    /// <summary>One-step updates between exact re-sums; 8 windows apart keeps the re-sums to ~1/8 addition per bar.</summary>
    public static int ResumInterval(int period) => period <= int.MaxValue / 8 ? 8 * period : int.MaxValue;

    /// <summary>Variance below this share of the error scale is re-summed exactly: it keeps σ within ~1e-10.</summary>
    private const double IllConditioned = 1e-6;

    /// <summary>Two-pass sums of a window held oldest first (in one or two parts).</summary>
    public static MomentsState Exact(ReadOnlySpan<double> older, ReadOnlySpan<double> newer, int period)
    {
        double c = Series.SumForward(older, newer) / period;
        double s1 = 0, s2 = 0;
        for (int i = 0; i < older.Length; i++) { double d = older[i] - c; s1 += d; s2 += d * d; }
        for (int i = 0; i < newer.Length; i++) { double d = newer[i] - c; s1 += d; s2 += d * d; }
        return new MomentsState(c, s1, s2, 0, 0);
    }

    /// <summary>One step: <paramref name="added"/> enters the window, <paramref name="removed"/> leaves it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MomentsState Slide(MomentsState s, double added, double removed)
    {
        double a = added - s.C, r = removed - s.C;
        double aa = a * a, rr = r * r;
        return new MomentsState(s.C, s.S1 + (a - r), s.S2 + (aa - rr), s.Bound + (aa + rr), s.Slides + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Mean(MomentsState s, double inversePeriod) => s.C + s.S1 * inversePeriod;

    /// <summary>Population variance as the one-step state gives it (may be ill-conditioned: see <see cref="NeedsExact"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RawVariance(MomentsState s, double inversePeriod)
    {
        double offset = s.S1 * inversePeriod;
        return s.S2 * inversePeriod - offset * offset;
    }

    /// <summary>True when the window must be re-summed: on schedule, or when its variance is lost in rounding.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NeedsExact(MomentsState s, double inversePeriod, int interval)
    {
        if (s.Slides >= interval) return true;
        double offset = s.S1 * inversePeriod;
        double scale = (s.Bound + s.S2) * inversePeriod + offset * offset;
        return RawVariance(s, inversePeriod) < IllConditioned * scale && s.Bound > 0;
    }

    /// <summary>Population variance; a spread below rounding noise of the mean counts as exactly zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Variance(MomentsState s, double mean, double inversePeriod)
    {
        double variance = RawVariance(s, inversePeriod);
        // Ulp-level noise of a constant window would otherwise turn z-scores and %B into random numbers.
        return variance > 1e-26 * mean * mean ? variance : 0;
    }

    /// <summary>
    /// The mean and population variance of every full window of <paramref name="x"/>, in order: the one batch loop
    /// (slide, re-sum when due) that Bollinger Bands, the z-score and realized volatility share.
    /// </summary>
    public static WindowWalk Walk(ReadOnlySpan<double> x, int period) => new(x, period);

    /// <summary>Enumerates (index of the window's newest value, mean, variance); nothing when x is shorter than a window.</summary>
    public ref struct WindowWalk
    {
        private readonly ReadOnlySpan<double> _x;
        private readonly int _period, _interval;
        private readonly double _inverse;
        private MomentsState _state;
        private int _index;

        internal WindowWalk(ReadOnlySpan<double> x, int period)
        {
            _x = x;
            _period = period;
            _interval = ResumInterval(period);
            _inverse = 1.0 / period;
            _index = period - 2;
            _state = x.Length >= period ? Exact(x[..period], [], period) : default;
        }

        public readonly WindowWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (++_index >= _x.Length) return false;
            if (_index >= _period)
            {
                _state = Slide(_state, _x[_index], _x[_index - _period]);
                if (NeedsExact(_state, _inverse, _interval))
                    _state = Exact(_x.Slice(_index - _period + 1, _period), [], _period);
            }
            return true;
        }

        public readonly (int Index, double Mean, double Variance) Current
        {
            get
            {
                double mean = Mean(_state, _inverse);
                return (_index, mean, Variance(_state, mean, _inverse));
            }
        }
    }
}
