using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// Every day: long the top <see cref="Quantile"/> of symbols by known sentiment, short the bottom one, equal
/// weights, dollar-neutral with gross exposure <see cref="GrossLeverage"/> (half long, half short); the rest flat.
/// Names without a known score are left out of the ranking; with fewer than <see cref="MinNamesPerSide"/> names a
/// side the book is flat that day (a "top quintile" of two names is noise, not a portfolio). Names tied at a quantile
/// boundary share its weight equally, and a day whose names all have the same score holds nothing
/// (<see cref="QuantileSelector"/>); <see cref="CrossSection"/> counts those days. <see cref="LongShortKernel"/> is the same rule
/// without the event loop's bookkeeping.
/// </summary>
public sealed class SentimentLongShort : Strategy
{
    private readonly Panel _signal;
    private Panel _aligned;
    private QuantileSelector _selector = new(0);

    /// <summary>The long-short on <paramref name="signal"/> (aligned by decision point with <paramref name="timing"/>).</summary>
    /// <param name="quantile">Fraction of the ranked names held on each side, in (0, 0.5].</param>
    /// <param name="grossLeverage">Σ|w| of the book: half long, half short.</param>
    /// <param name="minNamesPerSide">Fewest names a side for the book to trade that day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is outside (0, 0.5] or <paramref name="minNamesPerSide"/> is below 1.</exception>
    public SentimentLongShort(Panel signal, DecisionTiming timing, double quantile = 0.2, double grossLeverage = 1.0, int minNamesPerSide = 1)
    {
        if (quantile is <= 0 or > 0.5) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Quantile must be in (0, 0.5].");
        ArgumentOutOfRangeException.ThrowIfLessThan(minNamesPerSide, 1);
        _signal = _aligned = signal;
        Timing = timing; Quantile = quantile; GrossLeverage = grossLeverage; MinNamesPerSide = minNamesPerSide;
    }

    /// <summary>The decision timing the signal was aligned with; decides which row is known at a fill.</summary>
    public DecisionTiming Timing { get; }
    /// <summary>Fraction of the ranked names held on each side.</summary>
    public double Quantile { get; }
    /// <summary>Gross exposure Σ|w| as a multiple of equity (1 = 50 % long, 50 % short).</summary>
    public double GrossLeverage { get; }
    /// <summary>Fewest names a side for the book to trade; below it the day is flat.</summary>
    public int MinNamesPerSide { get; }
    /// <summary>The cross-sections of the last run: days without spread, with ties at a boundary, too thin to trade.</summary>
    public CrossSectionCounts CrossSection => _selector.Counts;
    /// <summary>
    /// The targets this rule decided in the last run, before the engine's limits: row t is the book wanted at the fill
    /// of day t, zero on days it was not asked (the first day of a next-open run). Null before a run, and after a study took it. The study's
    /// research sections reuse it instead of ranking every day again.
    /// </summary>
    public Panel? DecidedTargets { get; private set; }
    /// <inheritdoc/>
    public override string Name => "sentiment-longshort";
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["quantile"] = Quantile, ["grossLeverage"] = GrossLeverage, ["minNamesPerSide"] = MinNamesPerSide, ["timing"] = Timing.ToString(),
    };

    /// <summary>Lays the signal onto the price panel and resets the cross-section counts and <see cref="DecidedTargets"/>.</summary>
    public override void Initialize(BarPanel prices, BacktestOptions options)
    {
        _aligned = SignalAlignment.OnPrices(_signal, prices);
        _selector = new QuantileSelector(prices.SymbolCount);
        DecidedTargets = new Panel(prices.Dates, prices.Symbols, new double[prices.DayCount * prices.SymbolCount]);
    }

    /// <summary>Lets go of the run's panels (the decided targets, handed to a caller that took them, and the aligned
    /// signal); the cross-section counts stay. Another run starts afresh with <see cref="Initialize"/>.</summary>
    internal void ReleaseRunState()
    {
        DecidedTargets = null;
        _aligned = _signal;
    }

    /// <summary>Writes the day's long-short weights from the latest known signal row (flat before any row is known) and records them.</summary>
    public override void Decide(DecisionContext context, Span<double> targets)
    {
        _ = Weights(context.KnownRow(Timing) is int row and >= 0 ? _aligned.Row(row) : [], Quantile, GrossLeverage, targets, _selector, MinNamesPerSide);
        // Copied before the engine applies its limits: the record is the rule's own decision.
        targets.CopyTo(DecidedTargets!.Row(context.FillDay));
    }

    /// <summary>
    /// The rule itself, shared with the fast kernel, the study's risk portfolios and the sweep so all give bit-equal
    /// weights; returns the names per side (0 when the book is flat: too thin, or no spread). The selector's
    /// <see cref="QuantileSelector.Counts"/> tally the days.
    /// </summary>
    internal static int Weights(ReadOnlySpan<double> known, double quantile, double gross, Span<double> targets, QuantileSelector selector, int minPerSide = 1)
    {
        int k = selector.Select(known, quantile);
        if (k < minPerSide || k == 0) { targets.Clear(); selector.CountThin(); return 0; }
        double weight = 0.5 * gross / k;
        selector.Assign(known, targets, -weight, weight);
        return selector.NoSpread ? 0 : k;
    }
}
