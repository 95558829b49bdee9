using Signals.Data;

namespace Signals.Indicators;

/// <summary>One Parabolic SAR update; <see cref="Sar"/> is NaN until the first real reversal.</summary>
/// <param name="Sar">The stop-and-reverse level, in price units.</param>
/// <param name="IsReversal">True on the bar the trend flipped.</param>
public readonly record struct ParabolicSarPoint(double Sar, bool IsReversal);

/// <summary>Streaming <see cref="IndicatorKernels.ParabolicSar"/> (the batch kernel runs this very code): O(1), no allocation per bar.</summary>
public sealed class ParabolicSarStream
{
    private readonly double _step;
    private readonly double _max;
    private readonly double _initial;
    private double _factor;
    private double _extremePoint;
    private double _priorSar;
    private bool _rising;
    private bool _trendKnown;
    private int _count;
    private double _high1, _low1, _high2, _low2;

    /// <summary>A stream with the given acceleration step and cap (initial factor defaults to the step); throws on non-positive values.</summary>
    public ParabolicSarStream(double accelerationStep = 0.02, double maxAccelerationFactor = 0.2, double? initialFactor = null)
    {
        Guard.Positive(accelerationStep, nameof(accelerationStep));
        Guard.Positive(maxAccelerationFactor, nameof(maxAccelerationFactor));
        double initial = initialFactor ?? accelerationStep;
        Guard.Positive(initial, nameof(initialFactor));
        if (accelerationStep > maxAccelerationFactor || initial > maxAccelerationFactor)
            throw new ArgumentOutOfRangeException(nameof(maxAccelerationFactor), maxAccelerationFactor,
                "maxAccelerationFactor must be at least the acceleration step and the initial factor.");
        _step = accelerationStep;
        _max = maxAccelerationFactor;
        _initial = initial;
        Value = new ParabolicSarPoint(double.NaN, false);
    }

    /// <summary>The latest SAR and whether the trend flipped on that bar.</summary>
    public ParabolicSarPoint Value { get; private set; }

    /// <summary>Whether a first real reversal has happened, so <see cref="Value"/> holds a SAR.</summary>
    public bool IsReady => _trendKnown;

    /// <summary>Adds the next bar (its high and low).</summary>
    public ParabolicSarPoint Add(Bar bar) => Add(bar.High, bar.Low);

    /// <summary>Adds the next bar and returns the SAR for it.</summary>
    public ParabolicSarPoint Add(double high, double low)
    {
        int i = _count;
        if (_count < 2) _count++;
        if (i == 0)
        {
            // Initial guess: rising from the first bar's low toward its high.
            _factor = _initial;
            _extremePoint = high;
            _priorSar = low;
            _rising = true;
            Remember(high, low);
            return Value;
        }
        double sar;
        bool reversal;
        if (_rising)
        {
            sar = _priorSar + _factor * (_extremePoint - _priorSar);
            // SAR may not rise above the last two lows.
            if (i >= 2) sar = Math.Min(sar, Math.Min(_low1, _low2));
            reversal = low < sar;
            if (reversal)
            {
                sar = _extremePoint;
                _rising = false;
                _factor = _initial;
                _extremePoint = low;
            }
            else if (high > _extremePoint)
            {
                _extremePoint = high;
                _factor = Math.Min(_factor + _step, _max);
            }
        }
        else
        {
            sar = _priorSar - _factor * (_priorSar - _extremePoint);
            // SAR may not fall below the last two highs.
            if (i >= 2) sar = Math.Max(sar, Math.Max(_high1, _high2));
            reversal = high > sar;
            if (reversal)
            {
                sar = _extremePoint;
                _rising = true;
                _factor = _initial;
                _extremePoint = high;
            }
            else if (low < _extremePoint)
            {
                _extremePoint = low;
                _factor = Math.Min(_factor + _step, _max);
            }
        }
        _priorSar = sar;
        Remember(high, low);
        if (!_trendKnown)
        {
            // Until the guessed first trend is broken the SAR is not meaningful.
            _trendKnown = reversal;
            return Value;
        }
        return Value = new ParabolicSarPoint(sar, reversal);
    }

    private void Remember(double high, double low)
    {
        _high2 = _high1; _low2 = _low1;
        _high1 = high; _low1 = low;
    }
}
