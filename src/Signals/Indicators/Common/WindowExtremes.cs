using System.Numerics;

namespace Signals.Indicators;

/// <summary>
/// The batch form of <see cref="RollingMax"/>: walks high and low bar by bar and gives the highest high and the lowest
/// low of the <c>period</c> bars ending at each, in amortised O(1) by two monotonic deques of bar indices. The deques
/// make the stream's comparisons in the stream's order (ties keep the newer bar, NaN evicts), so the extremes are the
/// very values the streams find. Its memory is the caller's (a stackalloc for usual periods): see <see cref="QueueLength"/>.
/// </summary>
internal ref struct WindowExtremes
{
    private readonly ReadOnlySpan<double> _high;
    private readonly ReadOnlySpan<double> _low;
    private readonly Span<int> _highs;
    private readonly Span<int> _lows;
    private readonly int _mask;
    private readonly int _period;
    // Counters that only grow; a slot is counter & mask. Front = head, back = tail − 1.
    private int _highHead, _highTail, _lowHead, _lowTail;

    /// <param name="queues">At least <see cref="QueueLength"/>(period) ints, for the two deques.</param>
    public WindowExtremes(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<int> queues)
    {
        int capacity = QueueLength(period) / 2;
        _high = high;
        _low = low;
        _period = period;
        _mask = capacity - 1;
        _highs = queues[..capacity];
        _lows = queues.Slice(capacity, capacity);
    }

    /// <summary>Ints the two deques need: each holds at most <c>period</c> indices, in a power-of-two ring.</summary>
    public static int QueueLength(int period) => 2 * (int)BitOperations.RoundUpToPowerOf2((uint)period);

    /// <summary>Adds bar <paramref name="i"/> (bars are added 0, 1, 2…) and gives the extremes of the window ending at it.</summary>
    public void Add(int i, out double highest, out double lowest)
    {
        int expired = i - _period;
        double h = _high[i];
        if (_highHead != _highTail && _highs[_highHead & _mask] <= expired) _highHead++;
        // A bar no higher than the newcomer can never be the window's high again.
        while (_highHead != _highTail && !(_high[_highs[(_highTail - 1) & _mask]] > h)) _highTail--;
        _highs[_highTail++ & _mask] = i;
        highest = _high[_highs[_highHead & _mask]];

        double l = _low[i];
        if (_lowHead != _lowTail && _lows[_lowHead & _mask] <= expired) _lowHead++;
        while (_lowHead != _lowTail && !(_low[_lows[(_lowTail - 1) & _mask]] < l)) _lowTail--;
        _lows[_lowTail++ & _mask] = i;
        lowest = _low[_lows[_lowHead & _mask]];
    }
}
