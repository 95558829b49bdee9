using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Backtesting;

namespace Signals.Workflows;

/// <summary>
/// A time-series study of one sentiment series (market news, or one name's news) against the benchmark it times:
/// the daily series, the time-series IC by horizon, the timing strategy through the same backtester and costs as
/// every other study, the event study on the benchmark and the checks that say how far to trust them. Every daily
/// array is aligned with <see cref="Dates"/> (the study's window).
/// </summary>
public sealed record MarketNewsStudyResult
{
    public required MarketNewsMode Mode { get; init; }
    /// <summary>Why no cross-sectional long-short was run, in a sentence for the summary and the report.</summary>
    public required string Reason { get; init; }
    /// <summary>What is timed: "equal-weight universe (N names)" or a symbol.</summary>
    public required string Target { get; init; }
    public required string[] TargetSymbols { get; init; }
    public required TimeSeriesStudyOptions Options { get; init; }
    /// <summary>Headlines that made up the series (each counted once, wherever it was published in time).</summary>
    public required int HeadlinesUsed { get; init; }

    public required DateOnly[] Dates { get; init; }
    /// <summary>The day's market sentiment: the decayed mean score known at the day's decision point; NaN before news or once stale.</summary>
    public required double[] Sentiment { get; init; }
    /// <summary>Headlines whose first decision point is the day.</summary>
    public required double[] Headlines { get; init; }
    /// <summary><see cref="Sentiment"/>'s trailing z-score (<see cref="TimeSeriesStudyOptions.ZWindow"/> days, the day included).</summary>
    public required double[] ZScore { get; init; }
    /// <summary>The timing strategy's decided direction per day: +1 long, −1 short, 0 flat.</summary>
    public required int[] Position { get; init; }

    /// <summary>Where the forward returns of the IC start and end (the backtest's fill).</summary>
    public required ForwardReturnBasis Basis { get; init; }
    public required IReadOnlyList<TimeSeriesIc> Ic { get; init; }

    public required BacktestResult Timing { get; init; }
    public required BacktestResult Benchmark { get; init; }
    public required PerformanceStats TimingStats { get; init; }
    public required PerformanceStats BenchmarkStats { get; init; }
    public required BenchmarkComparison Comparison { get; init; }
    public int DaysLong => Position.Count(p => p > 0);
    public int DaysShort => Position.Count(p => p < 0);
    public int DaysFlat => Position.Count(p => p == 0);
    /// <summary>Days whose decided direction differs from the day before (the first day against flat).</summary>
    public int PositionChanges
    {
        get
        {
            int changes = 0, previous = 0;
            foreach (int p in Position) { if (p != previous) changes++; previous = p; }
            return changes;
        }
    }

    /// <summary>Raw returns of the benchmark around the days with news, by the day's mean score; null with <see cref="EventStudyUndefined"/>.</summary>
    public EventStudyResult? EventStudy { get; init; }
    public string? EventStudyUndefined { get; init; }

    public required IReadOnlyList<TimeSeriesCheck> Health { get; init; }
}
