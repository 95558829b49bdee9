using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// Per symbol: long when the known sentiment is above <see cref="LongThreshold"/>, short when below
/// <see cref="ShortThreshold"/> (flat instead when shorts are off), flat in between or with no sentiment yet.
/// Each active name gets an equal slice 1/N of equity, N = the symbols in the panel.
/// </summary>
public sealed class SentimentThreshold : Strategy
{
    private readonly Panel _signal;
    private Panel _aligned;

    /// <param name="signal">Sentiment per decision day and symbol (e.g. a decayed mean), aligned by decision point.</param>
    /// <param name="timing">The decision timing the signal was aligned with.</param>
    public SentimentThreshold(Panel signal, DecisionTiming timing, double longThreshold = 0.2, double shortThreshold = -0.2, bool allowShort = true)
    {
        if (shortThreshold > longThreshold) throw new ArgumentException("The short threshold must not exceed the long threshold.");
        _signal = _aligned = signal;
        Timing = timing; LongThreshold = longThreshold; ShortThreshold = shortThreshold; AllowShort = allowShort;
    }

    public DecisionTiming Timing { get; }
    public double LongThreshold { get; }
    public double ShortThreshold { get; }
    public bool AllowShort { get; }
    public override string Name => "sentiment-threshold";
    public override IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["longThreshold"] = LongThreshold, ["shortThreshold"] = ShortThreshold, ["short"] = AllowShort, ["timing"] = Timing.ToString(),
    };

    public override void Initialize(BarPanel prices, BacktestOptions options) => _aligned = SignalAlignment.OnPrices(_signal, prices);

    public override void Decide(DecisionContext context, Span<double> targets)
    {
        int row = context.KnownRow(Timing);
        double weight = 1.0 / targets.Length;
        for (int s = 0; s < targets.Length; s++)
        {
            double score = row >= 0 ? _aligned[row, s] : double.NaN;
            targets[s] = score > LongThreshold ? weight
                : score < ShortThreshold ? (AllowShort ? -weight : 0)
                : 0;
        }
    }
}
