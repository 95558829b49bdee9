using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// Every day: long the top <see cref="Quantile"/> of symbols by known sentiment, short the bottom one, equal
/// weights, dollar-neutral with gross exposure <see cref="GrossLeverage"/> (half long, half short); the rest flat.
/// Names without a known score are left out of the ranking. <see cref="LongShortKernel"/> is the same rule
/// without the event loop's bookkeeping.
/// </summary>
public sealed class SentimentLongShort : Strategy
{
    private readonly Panel _signal;
    private Panel _aligned;
    private int[] _bottom = [], _top = [];
    private double[] _scratch = [];

    public SentimentLongShort(Panel signal, DecisionTiming timing, double quantile = 0.2, double grossLeverage = 1.0)
    {
        if (quantile is <= 0 or > 0.5) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Quantile must be in (0, 0.5].");
        _signal = _aligned = signal;
        Timing = timing; Quantile = quantile; GrossLeverage = grossLeverage;
    }

    public DecisionTiming Timing { get; }
    public double Quantile { get; }
    public double GrossLeverage { get; }
    public override string Name => "sentiment-longshort";
    public override IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["quantile"] = Quantile, ["grossLeverage"] = GrossLeverage, ["timing"] = Timing.ToString(),
    };

    public override void Initialize(BarPanel prices, BacktestOptions options)
    {
        _aligned = SignalAlignment.OnPrices(_signal, prices);
        _bottom = new int[prices.SymbolCount]; _top = new int[prices.SymbolCount]; _scratch = new double[3 * prices.SymbolCount];
    }

    public override void Decide(DecisionContext context, Span<double> targets) =>
        Weights(_aligned, context.KnownRow(Timing), Quantile, GrossLeverage, targets, _bottom, _top, _scratch);

    /// <summary>The rule itself, shared with the fast kernel so both give bit-equal weights.</summary>
    internal static void Weights(Panel signal, int row, double quantile, double gross, Span<double> targets,
        Span<int> bottom, Span<int> top, Span<double> scratch)
    {
        targets.Clear();
        if (row < 0) return;
        int k = QuantileSelector.Select(signal.Row(row), quantile, bottom, top, scratch);
        if (k == 0) return;
        double weight = 0.5 * gross / k;
        for (int i = 0; i < k; i++)
        {
            targets[top[i]] = weight;
            targets[bottom[i]] = -weight;
        }
    }
}
