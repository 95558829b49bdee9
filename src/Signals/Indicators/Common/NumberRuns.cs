using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Signals.Indicators;

/// <summary>
/// Splits a series at its NaN values. Every single-input indicator computes each run of numbers as a fresh
/// series: an upstream indicator's warm-up (leading NaN) is skipped, so indicators chain
/// (<c>closes.Rsi(14).Ema(20)</c> starts once 20 RSI values exist), and a gap restarts the warm-up
/// instead of poisoning every later value. A NaN input gives a NaN output.
/// </summary>
internal ref struct NumberRuns
{
    private readonly ReadOnlySpan<double> _values;
    private int _next;

    public NumberRuns(ReadOnlySpan<double> values)
    {
        _values = values;
        _next = 0;
        Current = default;
    }

    /// <summary>Start and length of the current run of numbers.</summary>
    public (int Start, int Length) Current { get; private set; }

    public readonly NumberRuns GetEnumerator() => this;

    public bool MoveNext()
    {
        var v = _values;
        int i = _next;
        while (i < v.Length && double.IsNaN(v[i])) i++;
        if (i >= v.Length) return false;
        int end = IndexOfNaN(v, i);
        Current = (i, end - i);
        _next = end;
        return true;
    }

    /// <summary>True when the series holds no NaN, the common case that skips the run splitting.</summary>
    public static bool AllNumbers(ReadOnlySpan<double> values) => IndexOfNaN(values, 0) == values.Length;

    /// <summary>Index of the first NaN at or after <paramref name="from"/>, or the length when there is none.</summary>
    public static int IndexOfNaN(ReadOnlySpan<double> values, int from)
    {
        int i = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref double start = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var x = Vector256.LoadUnsafe(ref start, (nuint)i);
                // NaN is the only value not equal to itself.
                if (!Vector256.EqualsAll(x, x)) break;
            }
        }
        for (; i < values.Length; i++)
            if (double.IsNaN(Unsafe.Add(ref MemoryMarshal.GetReference(values), i))) return i;
        return values.Length;
    }
}
