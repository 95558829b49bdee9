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

    /// <summary>The latest volume-weighted average price, NaN until a bar with volume arrives.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>Adds the next bar (ignored before the anchor) and returns the VWAP.</summary>
    public double Add(Bar bar)
    {
        if (_start is { } anchor && bar.Timestamp < anchor) return Value;
        return Add(bar.High, bar.Low, bar.Close, bar.Volume);
    }

    /// <summary>Adds the next bar's high, low, close and volume (weighting its typical price) and returns the VWAP.</summary>
    public double Add(double high, double low, double close, double volume)
    {
        _volumeSum += volume;
        _priceVolumeSum += volume * IndicatorKernels.TypicalPrice(high, low, close);
        return Value = _volumeSum != 0 ? _priceVolumeSum / _volumeSum : double.NaN;
    }
}
