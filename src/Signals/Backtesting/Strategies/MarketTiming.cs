using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// Times a whole book on one market-wide signal: long every name of the panel when the known signal is above
/// +<see cref="EntryZ"/>, short every name below −<see cref="EntryZ"/> (flat instead when shorts are off), flat in
/// between or while the signal is undefined. Each name gets an equal slice 1/N of equity, so on a one-name panel it
/// is long / flat / short that name and on a universe it is the equal-weight basket. Meant for a trailing z-score,
/// so the threshold reads in standard deviations of the signal's own recent history.
/// </summary>
public sealed class MarketTiming : Strategy
{
    private readonly DateOnly[] _dates;
    private readonly double[] _signal;
    private double[] _aligned = [];

    /// <param name="dates">Decision days of <paramref name="signal"/>.</param>
    /// <param name="signal">The market signal per decision day, aligned by decision point (e.g. a trailing z-score).</param>
    /// <param name="timing">The decision timing the signal was aligned with.</param>
    public MarketTiming(DateOnly[] dates, double[] signal, DecisionTiming timing, double entryZ = 0.5, bool allowShort = true)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(signal);
        if (dates.Length != signal.Length) throw new ArgumentException("One signal value per date.");
        if (!(entryZ >= 0) || !double.IsFinite(entryZ)) throw new ArgumentOutOfRangeException(nameof(entryZ), entryZ, "The entry threshold is a finite number ≥ 0.");
        _dates = dates; _signal = signal;
        Timing = timing; EntryZ = entryZ; AllowShort = allowShort;
    }

    /// <summary>The decision timing the signal was aligned with; decides which row is known at a fill.</summary>
    public DecisionTiming Timing { get; }
    /// <summary>Entry threshold in the signal's units (standard deviations for a z-score); long above +EntryZ, short below −EntryZ.</summary>
    public double EntryZ { get; }
    /// <summary>Whether a signal below −<see cref="EntryZ"/> goes short (otherwise flat).</summary>
    public bool AllowShort { get; }
    /// <inheritdoc/>
    public override string Name => "market-timing";
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Parameters => new Dictionary<string, object>
    {
        ["entryZ"] = EntryZ, ["short"] = AllowShort, ["timing"] = Timing.ToString(),
    };

    /// <summary>The book's direction for one signal value: +1 long, −1 short, 0 flat (also for NaN).</summary>
    public static int PositionOf(double signal, double entryZ, bool allowShort) =>
        signal > entryZ ? 1 : signal < -entryZ && allowShort ? -1 : 0;

    /// <summary>Lays the signal onto the price panel's days (NaN, so flat, on days the signal lacks).</summary>
    public override void Initialize(BarPanel prices, BacktestOptions options)
    {
        var rowOf = new Dictionary<DateOnly, int>(_dates.Length);
        for (int d = 0; d < _dates.Length; d++) rowOf[_dates[d]] = d;
        _aligned = new double[prices.DayCount];
        for (int d = 0; d < prices.DayCount; d++)
            _aligned[d] = rowOf.TryGetValue(prices.Dates[d], out int row) ? _signal[row] : double.NaN;
    }

    /// <summary>Sets every name to +1/N, −1/N or 0 from the latest signal value known at the fill.</summary>
    public override void Decide(DecisionContext context, Span<double> targets)
    {
        int row = context.KnownRow(Timing);
        int position = row >= 0 ? PositionOf(_aligned[row], EntryZ, AllowShort) : 0;
        targets.Fill((double)position / targets.Length);
    }
}
