using System.Globalization;
using Signals.Features;

namespace Signals.Workflows;

/// <summary>
/// The health checks that apply to a time-series study, each a small rule (thresholds below): why the cross-section
/// was not traded, a window under a year, a sentiment series without variation, a timing strategy that hardly trades,
/// an undefined IC, mostly neutral or failed scores, no event study.
/// </summary>
public static class TimeSeriesHealth
{
    /// <summary>A window shorter than this many trading days (a year) is warned about.</summary>
    public const int MinWindowDays = 252;
    /// <summary>A timing strategy that changes direction on fewer days than this is warned about.</summary>
    public const int MinPositionChanges = 5;
    /// <summary>Warn when more than this share of the used headlines scored exactly 0.</summary>
    public const double MaxNeutralShare = 0.5;
    /// <summary>Warn when more than this share of the headlines failed to score.</summary>
    public const double MaxFailedShare = 0.05;

    /// <summary>Runs every check on a finished time-series study, given the headlines it used and the data counts.</summary>
    public static IReadOnlyList<TimeSeriesCheck> Check(MarketNewsStudyResult study, IReadOnlyList<ScoredHeadline> used, StudyDataCounts counts)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(used);
        ArgumentNullException.ThrowIfNull(counts);
        var checks = new List<TimeSeriesCheck>
        {
            new("crossSection", study.Mode is MarketNewsMode.IdenticalScores or MarketNewsMode.SingleName ? TimeSeriesCheck.Warn : TimeSeriesCheck.Ok,
                "no cross-sectional long-short: " + study.Reason),
        };

        int days = study.Dates.Length;
        checks.Add(days < MinWindowDays
            ? new("window", TimeSeriesCheck.Warn, Text($"the window holds {days} trading days, under a year: the time-series IC and the timing Sharpe rest on few independent days"))
            : new("window", TimeSeriesCheck.Ok, Text($"{days} trading days")));

        var finite = study.Sentiment.Where(double.IsFinite).ToArray();
        bool varies = finite.Length >= 2 && finite.Max() - finite.Min() > 1e-12;
        checks.Add(varies
            ? new("signalVariation", TimeSeriesCheck.Ok, Text($"market sentiment on {finite.Length} of {days} days, from {finite.Min():0.###} to {finite.Max():0.###}"))
            : new("signalVariation", TimeSeriesCheck.Fail, Text($"the market sentiment does not vary ({finite.Length} days with a value): nothing can be timed on it")));

        int changes = study.PositionChanges;
        checks.Add(changes < MinPositionChanges
            ? new("timingTrades", TimeSeriesCheck.Warn, Text($"the timing strategy changes direction on {changes} days (long {study.DaysLong}, short {study.DaysShort}, flat {study.DaysFlat}): its returns say little about the signal"))
            : new("timingTrades", TimeSeriesCheck.Ok, Text($"{changes} changes of direction; long {study.DaysLong}, short {study.DaysShort}, flat {study.DaysFlat} days")));

        if (study.Ic.Count > 0)
        {
            var first = study.Ic[0];
            checks.Add(first.Ic is null
                ? new("ic", TimeSeriesCheck.Warn, Text($"time-series IC at {first.Horizon} day not defined: {first.Undefined}"))
                : new("ic", TimeSeriesCheck.Ok, Text($"time-series IC at {first.Horizon} day on {first.Observations} days")));
        }

        int neutral = used.Count(h => h.Score == 0);
        double neutralShare = used.Count == 0 ? 0 : (double)neutral / used.Count;
        checks.Add(neutralShare > MaxNeutralShare
            ? new("scoredNeutral", TimeSeriesCheck.Warn, Text($"{neutralShare:P0} of the headlines scored exactly neutral: the day's mean is mostly zeros"))
            : new("scoredNeutral", TimeSeriesCheck.Ok, Text($"{neutralShare:P0} of the headlines scored exactly neutral")));

        double failedShare = counts.Headlines == 0 ? 0 : (double)counts.FailedScores / counts.Headlines;
        checks.Add(failedShare > MaxFailedShare
            ? new("failedScores", TimeSeriesCheck.Warn, Text($"{counts.FailedScores} of {counts.Headlines} headlines failed to score ({failedShare:P0}); they are left out, never counted as neutral"))
            : new("failedScores", TimeSeriesCheck.Ok, Text($"{counts.FailedScores} of {counts.Headlines} headlines failed to score")));

        if (study.EventStudyUndefined is { } why)
            checks.Add(new("eventStudy", TimeSeriesCheck.Warn, "no event study on the benchmark: " + why));
        return checks;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
