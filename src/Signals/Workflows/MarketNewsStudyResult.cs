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
    /// <summary>Why the news was treated as one series (declared, no symbols, identical scores, one symbol).</summary>
    public required MarketNewsMode Mode { get; init; }
    /// <summary>Why no cross-sectional long-short was run, in a sentence for the summary and the report.</summary>
    public required string Reason { get; init; }
    /// <summary>What is timed: "equal-weight universe (N names)" or a symbol.</summary>
    public required string Target { get; init; }
    /// <summary>The symbols traded: the whole universe, or the one timed name.</summary>
    public required string[] TargetSymbols { get; init; }
    /// <summary>The time-series settings the study ran with.</summary>
    public required TimeSeriesStudyOptions Options { get; init; }
    /// <summary>Headlines that made up the series (each counted once, wherever it was published in time).</summary>
    public required int HeadlinesUsed { get; init; }

    /// <summary>The study's trading days; every daily array is aligned with them.</summary>
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
    /// <summary>Time-series IC of the sentiment against the benchmark's forward returns, one entry per horizon.</summary>
    public required IReadOnlyList<TimeSeriesIc> Ic { get; init; }

    /// <summary>The timing strategy's backtest (costs on).</summary>
    public required BacktestResult Timing { get; init; }
    /// <summary>The benchmark it times (buy-and-hold of the target), through the same backtester and costs.</summary>
    public required BacktestResult Benchmark { get; init; }
    /// <summary>Performance figures of <see cref="Timing"/>.</summary>
    public required PerformanceStats TimingStats { get; init; }
    /// <summary>Performance figures of <see cref="Benchmark"/>.</summary>
    public required PerformanceStats BenchmarkStats { get; init; }
    /// <summary>Alpha, beta, tracking error and information ratio of the timing strategy against the benchmark.</summary>
    public required BenchmarkComparison Comparison { get; init; }
    /// <summary>Days the strategy decided to be long.</summary>
    public int DaysLong => Position.Count(p => p > 0);
    /// <summary>Days the strategy decided to be short.</summary>
    public int DaysShort => Position.Count(p => p < 0);
    /// <summary>Days the strategy decided to be flat.</summary>
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
    /// <summary>Why there is no event study (e.g. no news day has a full event window); null when there is one.</summary>
    public string? EventStudyUndefined { get; init; }

    /// <summary>The health checks, in report order.</summary>
    public required IReadOnlyList<TimeSeriesCheck> Health { get; init; }
}
