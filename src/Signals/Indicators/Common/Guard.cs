namespace Signals.Indicators;

/// <summary>Argument checks shared by every kernel, so each fails the same way with the same words.</summary>
internal static class Guard
{
    public static void Period(int period, string name = "period", int minimum = 1)
    {
        if (period < minimum)
            throw new ArgumentOutOfRangeException(name, period, $"{name} must be at least {minimum}.");
    }

    public static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive number.");
    }

    public static void SameLength(int expected, int actual, string name)
    {
        if (actual != expected)
            throw new ArgumentException($"{name} has {actual} elements; it must have {expected}, one per input bar.", name);
    }

    public static void Bars(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close)
    {
        SameLength(close.Length, high.Length, nameof(high));
        SameLength(close.Length, low.Length, nameof(low));
    }
}
