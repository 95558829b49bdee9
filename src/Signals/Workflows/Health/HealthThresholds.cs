namespace Signals.Workflows.Health;

/// <summary>Where the health checks turn from ok to warn or fail. The defaults are the kit's reading of "a handful" and "most".</summary>
public sealed record HealthThresholds
{
    /// <summary>Share of days with a live cross-section but no spread (top = bottom) above which the check warns.</summary>
    public double NoSpreadWarn { get; init; } = 0.05;
    /// <summary>Share of such days above which it fails: the long-short mostly has nothing to rank.</summary>
    public double NoSpreadFail { get; init; } = 0.5;
    /// <summary>Share of days with ties straddling a quantile boundary above which the check warns.</summary>
    public double BoundaryTiesWarn { get; init; } = 0.2;
    /// <summary>Median names a side below which the per-side check warns (a side of one or two names is a single-stock bet).</summary>
    public int MinMedianNamesPerSide { get; init; } = 3;
    /// <summary>Share of window days too thin to trade above which the check warns.</summary>
    public double ThinDaysWarn { get; init; } = 0.1;
    /// <summary>Share above which it fails.</summary>
    public double ThinDaysFail { get; init; } = 0.5;
    /// <summary>Fewer trading days than this and the strategy "rarely trades" (zero is a failure).</summary>
    public int MinTradingDays { get; init; } = 5;
    /// <summary>Share of headlines unscored or failed above which the check warns.</summary>
    public double FailedScoresWarn { get; init; } = 0.01;
    /// <summary>Share above which it fails.</summary>
    public double FailedScoresFail { get; init; } = 0.1;
    /// <summary>|score| at or below which a usable score counts as neutral.</summary>
    public double NeutralScore { get; init; } = 0.05;
    /// <summary>Share of neutral scores above which the check warns.</summary>
    public double NeutralShareWarn { get; init; } = 0.8;
    /// <summary>
    /// Calendar days from first to last session below which the window is "shorter than a year": 360, because a
    /// calendar year's sessions span 360–364 days (first trading day to last).
    /// </summary>
    public int MinWindowCalendarDays { get; init; } = 360;
    /// <summary>A day's close-to-close move (absolute log return) beyond which a move is suspicious if it reverts: ln 2, a doubling or halving.</summary>
    public double SpikeLogMove { get; init; } = Math.Log(2);
    /// <summary>A spike "reverts" when the next close is back within this share of the spike's log move of the close before it.</summary>
    public double SpikeReversion { get; init; } = 0.5;
}
