namespace Signals.Indicators;

/// <summary>
/// The last <c>capacity</c> values of a stream, oldest first. Streaming indicators keep one so that they can
/// drop the value leaving the window in O(1) and re-sum the window in the same order as the batch kernels.
/// </summary>
internal sealed class RingWindow
{
    private readonly double[] _buffer;
    private int _next;
    private int _count;

    public RingWindow(int capacity) => _buffer = new double[capacity];

    public int Count => _count;
    public int Capacity => _buffer.Length;
    public bool IsFull => _count == _buffer.Length;

    /// <summary>Adds a value and returns the one that left the window (NaN while the window is filling).</summary>
    public double Push(double value)
    {
        double leaving = IsFull ? _buffer[_next] : double.NaN;
        _buffer[_next] = value;
        _next = _next + 1 == _buffer.Length ? 0 : _next + 1;
        if (_count < _buffer.Length) _count++;
        return leaving;
    }

    /// <summary>The i-th value counting from the oldest in the window.</summary>
    public double this[int i] => _buffer[IsFull ? (_next + i) % _buffer.Length : i];

    /// <summary>The older part of a full window (oldest first); <see cref="Newer"/> follows it.</summary>
    public ReadOnlySpan<double> Older => IsFull ? _buffer.AsSpan(_next) : _buffer.AsSpan(0, _count);

    /// <summary>The newer part of a full window, after <see cref="Older"/>.</summary>
    public ReadOnlySpan<double> Newer => IsFull ? _buffer.AsSpan(0, _next) : [];

    public void Clear()
    {
        _next = 0;
        _count = 0;
    }
}
