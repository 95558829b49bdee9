using Signals.Data;

namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Vwap"/>: O(1) and allocation-free per bar, the same numbers as the batch.</summary>
public sealed class VwapStream
{
    private readonly DateTimeOffset? _start;
    private double _volumeSum;
    private double _priceVolumeSum;

    /// <param name="start">The anchor: bars before it are ignored (no value). Null = cumulative from the first bar.</param>
    public VwapStream(DateTimeOffset? start = null) => _start = start;

    public double Value { get; private set; } = double.NaN;

    public double Add(Bar bar)
    {
        if (_start is { } anchor && bar.Timestamp < anchor) return Value;
        return Add(bar.High, bar.Low, bar.Close, bar.Volume);
    }

    public double Add(double high, double low, double close, double volume)
    {
        _volumeSum += volume;
        _priceVolumeSum += volume * IndicatorKernels.TypicalPrice(high, low, close);
        return Value = _volumeSum != 0 ? _priceVolumeSum / _volumeSum : double.NaN;
    }
}
