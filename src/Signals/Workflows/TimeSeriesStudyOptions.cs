namespace Signals.Workflows;

/// <summary>
/// The knobs of a market-news (time-series) study. The signal itself (half-life, staleness, window, costs) comes from
/// the study's <see cref="SentimentStudyOptions"/>; these set how the timing strategy reads it.
/// </summary>
public sealed record TimeSeriesStudyOptions
{
    /// <summary>Trailing trading days of the market signal its z-score is measured against (the day itself included).</summary>
    public int ZWindow { get; init; } = 60;

    /// <summary>Fewest finite signal days in the trailing window before a z-score (and so a position) exists.</summary>
    public int ZMinPeriods { get; init; } = 20;

    /// <summary>
    /// Long the benchmark when the signal's trailing z-score is above +EntryZ, short below −EntryZ, flat between:
    /// half a standard deviation by default, so ordinary days hold nothing; 0 trades the sign of the z-score.
    /// </summary>
    public double EntryZ { get; init; } = 0.5;

    /// <summary>Short the benchmark on negative sentiment (else flat).</summary>
    public bool AllowShort { get; init; } = true;

    /// <summary>Fewest days with a signal and a forward return for a time-series IC.</summary>
    public int MinIcObservations { get; init; } = Analytics.TimeSeriesSignal.DefaultMinObservations;
}
