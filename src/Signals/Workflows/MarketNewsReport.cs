using System.Globalization;
using System.Text.Json.Nodes;
using Signals.Analytics;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>
/// The report and study.json view of a <see cref="MarketNewsStudy"/>: the tearsheet of the timing strategy against
/// the benchmark it times, the data section, a time-series section (why no long-short, the IC by horizon, the timing
/// strategy's days and costs, the health checks) and the event study on the benchmark. study.json's
/// <c>timeSeries</c> is <see cref="Json"/>.
/// </summary>
public static class MarketNewsReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The tearsheet input of a time-series study: the timing strategy's run against its benchmark, with the study's data, time-series and health sections and the event study.</summary>
    public static TearsheetInput Tearsheet(SentimentStudyResult study, MarketNewsStudyResult series, ReportSection health, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(series);
        var (data, options, scorerName) = (study.Data, study.Options, study.ScorerName);
        string pointInTime = SentimentStudy.PointInTimeRule
            + " The day's market sentiment holds the headlines whose first decision point is that day or earlier (decayed), and the z-score that times the book reads only trailing days.";
        var tearsheet = BacktestTearsheet.From(series.Timing, series.Benchmark, title ?? $"Market-news study: timing {series.Target} on the day's sentiment ({scorerName})", pointInTime,
            study.Stats, study.BenchmarkStats);
        return tearsheet with
        {
            BenchmarkName = study.BenchmarkName,
            Parameters =
            [
                .. tearsheet.Parameters,
                new("scorer", scorerName),
                new("study", "time series: one sentiment series against what it times (no cross-sectional long-short)"),
                new("why", series.Reason),
                new("signal", $"the day's mean score over every headline counted once, decayed with a half-life of {N(options.HalfLifeDays)} trading days"
                    + (options.MaxAgeDays is int a ? $", expiring after {a} days without news" : "")),
                new("timing rule", TimingRule(series.Options)),
                new("headlines used", N(series.HeadlinesUsed)),
                new("headlines failed (excluded, never scored 0)", N(study.Counts.FailedScores)),
                .. ScoringProvenance.Of(study.Scores),
                .. study.LookAheadWarnings.Select(w => new KeyValuePair<string, string>("look-ahead warning", w)),
            ],
            Provenance = data.Provenance,
            Health = health,
            Sections =
            [
                StudyReport.DataSection(study),
                TimeSeriesSection(series),
                .. series.EventStudy is { } events ? [StudyReport.EventStudySection(events)] : Array.Empty<ReportSection>(),
            ],
        };
    }

    /// <summary>The time-series study's section: reason, IC by horizon, the timing strategy, and every health check.</summary>
    public static ReportSection TimeSeriesSection(MarketNewsStudyResult series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rows = new List<KeyValuePair<string, string>>
        {
            new("no cross-sectional long-short", series.Reason),
            new("timed", $"{series.Target} ({string.Join(", ", series.TargetSymbols.Take(10))}{(series.TargetSymbols.Length > 10 ? ", …" : "")})"),
            new("forward returns", series.Basis.ToString()),
        };
        foreach (var r in series.Ic)
            rows.Add(new($"time-series IC, {r.Horizon} day{(r.Horizon == 1 ? "" : "s")}", IcText(r)));
        rows.Add(new("timing rule", TimingRule(series.Options)));
        rows.Add(new("days long / short / flat", $"{N(series.DaysLong)} / {N(series.DaysShort)} / {N(series.DaysFlat)} ({N(series.PositionChanges)} changes of direction)"));
        rows.Add(new("timing strategy, net of costs: total return / Sharpe", $"{P(series.TimingStats.TotalReturn)} / {F(series.TimingStats.Sharpe, "0.00")}"));
        rows.Add(new($"{series.Target} buy-and-hold: total return / Sharpe", $"{P(series.BenchmarkStats.TotalReturn)} / {F(series.BenchmarkStats.Sharpe, "0.00")}"));
        rows.Add(new("costs paid by the timing strategy", N(Math.Round(series.Timing.Costs.Total, 2))));
        if (series.EventStudyUndefined is { } why) rows.Add(new("event study on the benchmark", "not defined: " + why));
        foreach (var check in series.Health)
            rows.Add(new($"health: {check.Id} ({check.Status})", check.Message));
        return new ReportSection("timeSeries", "Market-level news: a time-series study")
        {
            Note = "When news is about the market rather than a company, every name carries the same score and a long-short would only rank ties. "
                + "This section correlates the day's sentiment with the forward return of what it times (Pearson, over days; t-statistics that respect "
                + "overlapping horizons: Newey–West with h − 1 lags, and every h-th day alone) and times it long / flat / short on the sentiment's "
                + "trailing z-score, through the same backtester, fills and costs as every other study.",
            Rows = rows,
            Figures =
            [
                TimeSeriesCharts.IcByHorizon(series.Ic),
                TimeSeriesCharts.SentimentAndBenchmark(series.Dates, series.Sentiment, series.Benchmark.Equity, series.Timing.Equity, series.Target),
            ],
            Data = Json(series),
        };
    }

    /// <summary>study.json's <c>timeSeries</c>: every figure of the time-series study, undefined ones null with their reason.</summary>
    public static JsonObject Json(MarketNewsStudyResult series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var ic = new JsonArray();
        foreach (var r in series.Ic)
            ic.Add(new JsonObject
            {
                ["horizon"] = r.Horizon,
                ["observations"] = r.Observations,
                ["ic"] = Finite(r.Ic),
                ["neweyWestTStat"] = Finite(r.NeweyWestTStat),
                ["nonOverlappingObservations"] = r.NonOverlappingObservations,
                ["nonOverlappingIc"] = Finite(r.NonOverlappingIc),
                ["nonOverlappingTStat"] = Finite(r.NonOverlappingTStat),
                ["undefined"] = r.Undefined,
            });
        var health = new JsonArray();
        foreach (var c in series.Health) health.Add(new JsonObject { ["id"] = c.Id, ["status"] = c.Status, ["message"] = c.Message });
        return new JsonObject
        {
            ["mode"] = JsonNamingPolicyCamel(series.Mode.ToString()),
            ["reason"] = series.Reason,
            ["longShort"] = null,
            ["target"] = series.Target,
            ["targetSymbols"] = new JsonArray([.. series.TargetSymbols.Select(s => (JsonNode)s)]),
            ["headlinesUsed"] = series.HeadlinesUsed,
            ["forwardReturns"] = series.Basis.ToString(),
            ["signal"] = new JsonObject
            {
                ["zWindow"] = series.Options.ZWindow,
                ["zMinPeriods"] = series.Options.ZMinPeriods,
                ["entryZ"] = series.Options.EntryZ,
                ["short"] = series.Options.AllowShort,
            },
            ["ic"] = ic,
            ["timing"] = new JsonObject
            {
                ["strategy"] = series.TimingStats.ToJsonNode(),
                ["benchmark"] = series.BenchmarkStats.ToJsonNode(),
                ["informationRatio"] = Finite(series.Comparison.InformationRatio),
                ["daysLong"] = series.DaysLong,
                ["daysShort"] = series.DaysShort,
                ["daysFlat"] = series.DaysFlat,
                ["positionChanges"] = series.PositionChanges,
                ["trades"] = series.Timing.Trades.Count,
                ["costs"] = StudyReport.CostsJson(series.Timing),
            },
            ["eventStudyUndefined"] = series.EventStudyUndefined,
            ["health"] = health,
            ["daily"] = new JsonObject
            {
                ["dates"] = new JsonArray([.. series.Dates.Select(d => (JsonNode)d.ToString("yyyy-MM-dd", Inv))]),
                ["sentiment"] = Numbers(series.Sentiment),
                ["zScore"] = Numbers(series.ZScore),
                ["headlines"] = Numbers(series.Headlines),
                ["position"] = new JsonArray([.. series.Position.Select(p => (JsonNode)p)]),
            },
        };
    }

    /// <summary>The timing rule in words, thresholds in standard deviations of the signal's own trailing history.</summary>
    public static string TimingRule(TimeSeriesStudyOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return string.Create(Inv, $"long when the sentiment's {o.ZWindow}-day trailing z-score is above +{o.EntryZ:0.##}, ")
            + (o.AllowShort ? string.Create(Inv, $"short below −{o.EntryZ:0.##}, flat between") : string.Create(Inv, $"flat otherwise (no shorts)"))
            + string.Create(Inv, $" and before {o.ZMinPeriods} days of sentiment; orders fill as in every backtest, costs on");
    }

    private static string IcText(TimeSeriesIc r)
    {
        if (r.Ic is not double ic) return "not defined: " + r.Undefined;
        string text = $"{F(ic, "0.0000")} (Newey–West t {F(r.NeweyWestTStat ?? double.NaN, "0.0")}, {N(r.Observations)} days)";
        text += r.NonOverlappingIc is double no
            ? $"; non-overlapping {F(no, "0.0000")} (t {F(r.NonOverlappingTStat ?? double.NaN, "0.0")}, {N(r.NonOverlappingObservations)} days)"
            : $"; non-overlapping not defined: {r.Undefined}";
        return text;
    }

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    private static JsonArray Numbers(double[] values) => new([.. values.Select(v => double.IsFinite(v) ? (JsonNode)v : null)]);
    private static double? Finite(double? v) => v is double x && double.IsFinite(x) ? x : null;
    private static string N(double v) => v.ToString("#,0.###", Inv);
    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, Inv) : "n/a";
    private static string P(double v) => double.IsFinite(v) ? v.ToString("P2", Inv) : "n/a";
}
