namespace Signals.Indicators;

/// <summary>Allocation of result arrays: every element is written by the kernel, so zeroing is wasted work.</summary>
internal static class Series
{
    public static double[] New(int length) => length == 0 ? [] : GC.AllocateUninitializedArray<double>(length);

    /// <summary>Sum from the first element to the last, the one order every batch and streaming path uses.</summary>
    public static double SumForward(ReadOnlySpan<double> values)
    {
        double sum = 0;
        for (int i = 0; i < values.Length; i++) sum += values[i];
        return sum;
    }

    /// <summary>The same forward sum over a window held in two parts (a ring buffer): <paramref name="older"/> first.</summary>
    public static double SumForward(ReadOnlySpan<double> older, ReadOnlySpan<double> newer)
    {
        double sum = 0;
        for (int i = 0; i < older.Length; i++) sum += older[i];
        for (int i = 0; i < newer.Length; i++) sum += newer[i];
        return sum;
    }
}
