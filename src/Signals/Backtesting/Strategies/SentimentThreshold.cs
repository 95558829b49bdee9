using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// Per symbol: long when the known sentiment is above <see cref="LongThreshold"/>, short when below
/// <see cref="ShortThreshold"/> (flat instead when shorts are off), flat in between or with no sentiment yet.
/// Each active name gets an equal slice 1/N of equity, N = the symbols in the panel.
/// </summary>
/// <remarks>
/// The thresholds are z-scores by default (<see cref="ThresholdUnits.ZScore"/>): the signal's distance from its
/// trailing mean in trailing standard deviations, pooled over all names in the last <see cref="Window"/> rows up to the
/// decision row. Scores averaged over many headlines a day are small (a mean |score| of 0.02 is common), so a fixed
/// ±0.2 in score units may never fire; ±1 z fires on the names whose sentiment stands out from its recent spread.
/// <see cref="ThresholdUnits.Absolute"/> keeps the raw units. Until the window holds <see cref="MinObservations"/>
/// values with some spread the z-score is undefined and the book is flat.
/// </remarks>
public sealed class SentimentThreshold : Strategy
{
    /// <summary>Fewest values in the trailing window for a z-score.</summary>
    public const int MinObservations = 20;

    private readonly Panel _signal;
    private Panel _aligned;
    private double[] _mean = [], _std = [];

    /// <param name="signal">Sentiment per decision day and symbol (e.g. a decayed mean), aligned by decision point.</param>
    /// <param name="timing">The decision timing the signal was aligned with.</param>
    /// <param name="longThreshold">Long above this, in <paramref name="units"/>.</param>
    /// <param name="shortThreshold">Short below this, in <paramref name="units"/>.</param>
    /// <param name="units">Z-scores over a trailing window (default) or the signal's own units.</param>
    /// <param name="window">Rows (trading days) of the z-score's trailing window.</param>
    public SentimentThreshold(Panel signal, DecisionTiming timing, double longThreshold = 1.0, double shortThreshold = -1.0, bool allowShort = true,
        ThresholdUnits units = ThresholdUnits.ZScore, int window = 63)
    {
        if (shortThreshold > longThreshold) throw new ArgumentException("The short threshold must not exceed the long threshold.");
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        _signal = _aligned = signal;
        Timing = timing; LongThreshold = longThreshold; ShortThreshold = shortThreshold; AllowShort = allowShort;
        Units = units; Window = window;
    }

    /// <summary>The decision timing the signal was aligned with; decides which row is known at a fill.</summary>
    public DecisionTiming Timing { get; }
    /// <summary>Long above this, in <see cref="Units"/>.</summary>
    public double LongThreshold { get; }
    /// <summary>Short (or flat without shorts) below this, in <see cref="Units"/>.</summary>
    public double ShortThreshold { get; }
    /// <summary>Whether a signal below <see cref="ShortThreshold"/> goes short (otherwise flat).</summary>
    public bool AllowShort { get; }
    /// <summary>Whether the thresholds are trailing z-scores or the signal's own units.</summary>
    public ThresholdUnits Units { get; }
    /// <summary>Rows in the z-score's trailing window (unused with <see cref="ThresholdUnits.Absolute"/>).</summary>
    public int Window { get; }
    /// <inheritdoc/>
    public override string Name => "sentiment-threshold";
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Parameters => Units == ThresholdUnits.Absolute
        ? new Dictionary<string, object>
        {
            ["longThreshold"] = LongThreshold, ["shortThreshold"] = ShortThreshold, ["units"] = "absolute", ["short"] = AllowShort, ["timing"] = Timing.ToString(),
        }
        : new Dictionary<string, object>
        {
            ["longThreshold"] = LongThreshold, ["shortThreshold"] = ShortThreshold, ["units"] = "zscore", ["window"] = Window, ["short"] = AllowShort, ["timing"] = Timing.ToString(),
        };

    /// <summary>Lays the signal onto the price panel and, for z-score units, computes the trailing pooled mean and standard deviation per row.</summary>
    public override void Initialize(BarPanel prices, BacktestOptions options)
    {
        _aligned = SignalAlignment.OnPrices(_signal, prices);
        if (Units == ThresholdUnits.ZScore) (_mean, _std) = TrailingMoments(_aligned, Window);
    }

    /// <summary>Sets each name to +1/N, −1/N or 0 by comparing its known (standardised) signal with the thresholds; NaN is flat.</summary>
    public override void Decide(DecisionContext context, Span<double> targets)
    {
        int row = context.KnownRow(Timing);
        double weight = 1.0 / targets.Length;
        double centre = 0, scale = 1;
        if (Units == ThresholdUnits.ZScore && row >= 0)
        {
            centre = _mean[row];
            scale = _std[row];
        }
        for (int s = 0; s < targets.Length; s++)
        {
            // NaN (no score yet, or no z-score defined) compares false both ways: flat.
            double score = row >= 0 ? (_aligned[row, s] - centre) / scale : double.NaN;
            targets[s] = score > LongThreshold ? weight
                : score < ShortThreshold ? (AllowShort ? -weight : 0)
                : 0;
        }
    }

    /// <summary>
    /// Per row r: the mean and sample standard deviation of every finite value in rows max(0, r − window + 1) … r;
    /// NaN with fewer than <see cref="MinObservations"/> values or when they are all equal. Each window is summed afresh from
    /// per-row sums (no running subtraction, so no drift), centred on the first finite value for accuracy.
    /// </summary>
    internal static (double[] Mean, double[] Std) TrailingMoments(Panel signal, int window)
    {
        int days = signal.DayCount;
        double shift = double.NaN;
        foreach (double v in signal.Values) if (double.IsFinite(v)) { shift = v; break; }
        var count = new int[days];
        var sum = new double[days];
        var squares = new double[days];
        var low = new double[days];
        var high = new double[days];
        for (int d = 0; d < days; d++)
        {
            low[d] = double.PositiveInfinity;
            high[d] = double.NegativeInfinity;
            foreach (double v in signal.Row(d))
                if (double.IsFinite(v))
                {
                    double x = v - shift;
                    count[d]++; sum[d] += x; squares[d] += x * x;
                    low[d] = Math.Min(low[d], v); high[d] = Math.Max(high[d], v);
                }
        }
        var mean = new double[days];
        var std = new double[days];
        for (int r = 0; r < days; r++)
        {
            int n = 0;
            double s = 0, q = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int d = Math.Max(0, r - window + 1); d <= r; d++)
            {
                n += count[d]; s += sum[d]; q += squares[d];
                min = Math.Min(min, low[d]); max = Math.Max(max, high[d]);
            }
            double variance = n > 1 ? Math.Max(0, (q - s * s / n) / (n - 1)) : double.NaN;
            // Equal values have no spread: rounding must not turn them into a tiny standard deviation and huge z-scores.
            bool defined = n >= MinObservations && max > min && variance > 0;
            mean[r] = defined ? shift + s / n : double.NaN;
            std[r] = defined ? Math.Sqrt(variance) : double.NaN;
        }
        return (mean, std);
    }
}
