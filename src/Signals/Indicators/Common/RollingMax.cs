namespace Signals.Indicators;

/// <summary>
/// Maximum of the last <c>period</c> values in amortised O(1) (a monotonic deque of candidates).
/// Take the minimum by pushing negated values: negation is exact, so no precision is lost.
/// </summary>
internal sealed class RollingMax
{
    private readonly int _period;
    private readonly double[] _values;
    private readonly long[] _positions;
    private int _head;
    private int _count;
    private long _position;

    public RollingMax(int period)
    {
        _period = period;
        _values = new double[period];
        _positions = new long[period];
    }

    /// <summary>Adds the next value and returns the maximum of the window ending at it.</summary>
    public double Push(double value)
    {
        int capacity = _values.Length;
        // The oldest candidate leaves the window first, so the deque never holds more than `period` entries.
        if (_count > 0 && _positions[_head] <= _position - _period)
        {
            _head = _head + 1 == capacity ? 0 : _head + 1;
            _count--;
        }
        // Candidates no larger than the newcomer can never be the maximum again.
        while (_count > 0)
        {
            int back = _head + _count - 1;
            if (back >= capacity) back -= capacity;
            if (_values[back] > value) break;
            _count--;
        }
        int slot = _head + _count;
        if (slot >= capacity) slot -= capacity;
        _values[slot] = value;
        _positions[slot] = _position;
        _count++;
        _position++;
        return _values[_head];
    }

    public void Clear()
    {
        _head = _count = 0;
        _position = 0;
    }
}
