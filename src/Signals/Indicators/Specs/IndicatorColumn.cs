namespace Signals.Indicators;

/// <summary>
/// One output field of an indicator spec, aligned 1:1 with the bars; NaN = no value (warm-up or undefined).
/// A flag column (e.g. a Parabolic SAR reversal) holds 1 for true, 0 for false and NaN for no value.
/// </summary>
public sealed record IndicatorColumn(string Name, double[] Values, bool IsFlag = false);
