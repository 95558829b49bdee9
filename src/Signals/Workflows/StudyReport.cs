using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Features;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Signals.Reporting;

namespace Signals.Workflows;

/// <summary>
/// The study's report: the backtest tearsheet plus one <see cref="ReportSection"/> per research question (data,
/// coverage, IC, quantiles, benchmark). study.json holds every section's figures under its id, so a new analysis
/// adds a section to <see cref="Sections"/> and appears in both.
/// </summary>
public static class StudyReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static TearsheetInput Tearsheet(SentimentStudyResult study, StudyData data, SentimentStudyOptions options, string scorerName)
    {
        var tearsheet = BacktestTearsheet.From(study.Backtest, study.Benchmark, $"Sentiment study: {options.Strategy} ({scorerName})", PointInTimeText(study));
        return tearsheet with
        {
            BenchmarkName = study.BenchmarkName,
            Parameters =
            [
                .. tearsheet.Parameters,
                new("scorer", scorerName),
                new("signal", $"decayed mean score, half-life {N(options.HalfLifeDays)} trading days"),
                new("staleness", options.MaxAgeDays is int a ? $"expires after {a} trading days without a headline" : "never expires"),
                new("universe", UniverseText(options.Universe)),
                new("headlines scored", N(study.Counts.Scored)),
                new("headlines failed (excluded, never scored 0)", N(study.Counts.FailedScores)),
                .. ScoringProvenance.Of(study.Scores),
                .. LookAheadWarnings(study, scorerName).Select(w => new KeyValuePair<string, string>("look-ahead warning", w)),
            ],
            Provenance = data.Provenance,
            InformationCoefficient = IcByHorizon.From(study.Ic),
            QuantileReturns = QuantileReturnSummary.From(study.Quantiles),
            Sections = Sections(study, data, options),
        };
    }

    /// <summary>The sections in report order.</summary>
    public static IReadOnlyList<ReportSection> Sections(SentimentStudyResult study, StudyData data, SentimentStudyOptions options) =>
        [
            DataSection(study, data), CoverageSection(study, options), IcSection(study.Ic), QuantileSection(study.Quantiles), BenchmarkSection(study),
            .. study.EventStudy is { } events ? [EventStudySection(events)] : Array.Empty<ReportSection>(),
            .. study.LopezLiraTang is { } llt && study.KirtacGermano is { } kg ? [ProtocolsSection(llt, kg)] : Array.Empty<ReportSection>(),
            .. study.Research is { } research ? StudyResearchSections.All(research) : Array.Empty<ReportSection>(),
            .. study.Trials is { } trials ? [Trials.TrialsSection.Build(trials)] : Array.Empty<ReportSection>(),
            .. study.LookAhead is { } lookAhead ? [LookAhead.LookAheadSection.Build(lookAhead)] : Array.Empty<ReportSection>(),
            .. study.Trials is not null || study.LookAhead is not null ? [Claims.StudyClaims.Section(study.Trials, study.LookAhead, healthProblems: null, study.Stats.Sharpe)] : Array.Empty<ReportSection>(),
        ];

    /// <summary>study.json: the window and every section's data, in report order.</summary>
    public static JsonObject Json(SentimentStudyResult study)
    {
        var sections = new JsonArray();
        foreach (var s in study.Sections) sections.Add(s.ToJson());
        return new JsonObject
        {
            ["title"] = study.Tearsheet.Title,
            ["strategy"] = study.Backtest.Strategy,
            ["window"] = new JsonObject { ["from"] = D(study.Backtest.Dates[0]), ["to"] = D(study.Backtest.Dates[^1]), ["days"] = study.Backtest.Dates.Length },
            ["performance"] = new JsonObject
            {
                ["strategy"] = JsonNode.Parse(study.Stats.ToJson()),
                ["benchmark"] = JsonNode.Parse(study.BenchmarkStats.ToJson()),
                ["costs"] = CostsJson(study.Backtest),
            },
            ["eventStudy"] = study.EventStudy is { } events ? Node(w => ResearchJson.Write(w, events)) : null,
            ["protocols"] = study.LopezLiraTang is { } llt && study.KirtacGermano is { } kg
                ? new JsonObject { ["lopezLiraTang"] = Node(w => ResearchJson.Write(w, llt)), ["kirtacGermano"] = Node(w => ResearchJson.Write(w, kg)) }
                : null,
            ["factorTearsheet"] = SectionData(study, "factorTearsheet"),
            ["riskPortfolios"] = SectionData(study, "riskPortfolios"),
            ["costs"] = SectionData(study, "costs"),
            ["trials"] = SectionData(study, Trials.TrialsSection.Id),
            ["lookAheadAudit"] = SectionData(study, LookAhead.LookAheadSection.Id),
            ["sections"] = sections,
        };
    }

    /// <summary>A section's data as its own top-level object (null when the study left the section out).</summary>
    private static JsonNode? SectionData(SentimentStudyResult study, string id) => study.Sections.FirstOrDefault(s => s.Id == id)?.Data.DeepClone();

    /// <summary>
    /// A warning for each LLM whose training cut-off does not precede the headlines it scored (its scores may know
    /// what happened next); none for the offline scorers. An anonymised LLM scorer's name ends in "/anon".
    /// </summary>
    public static IReadOnlyList<string> LookAheadWarnings(SentimentStudyResult study, string scorerName)
    {
        if (study.Headlines.Count == 0) return [];
        var first = DateOnly.FromDateTime(study.Headlines.Min(h => h.Published).UtcDateTime);
        var last = DateOnly.FromDateTime(study.Headlines.Max(h => h.Published).UtcDateTime);
        bool anonymized = scorerName.EndsWith("/anon", StringComparison.Ordinal);
        return [.. study.Scores.Select(r => r.Model).Where(m => !string.IsNullOrEmpty(m) && !OfflineScorers.IsOfflineModel(m) && !m.StartsWith(Embeddings.EmbeddingRidgeScorer.ScorerName, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)
            .Select(m => ModelCutoffs.LookAheadWarning(m!, first, last, anonymized)).OfType<string>()];
    }

    private static ReportSection EventStudySection(EventStudyResult events)
    {
        int at1 = Array.IndexOf(events.Offsets, 1), at5 = Array.IndexOf(events.Offsets, 5), atLast = events.Offsets.Length - 1;
        string Car(EventBucket b, int i) => i < 0 ? "n/a" : $"{P(b.Car[i])} (t {F(b.TStat[i], "0.0")})";
        var rows = new List<KeyValuePair<string, string>>
        {
            new("abnormal return", $"{events.Model.ToString().ToLowerInvariant()}-adjusted, per {events.Unit.ToString().ToLowerInvariant()}; {N(events.EventsUsed)} events used, {N(events.EventsDropped)} without a full window"),
        };
        foreach (var b in events.Buckets)
            rows.Add(new($"{b.Name} ({N(b.Count)} events): CAR +1 / +5 / +{events.Offsets[atLast]}", $"{Car(b, at1)} / {Car(b, at5)} / {Car(b, atLast)}"));
        return new ReportSection("eventStudy", "Event study: prices around the headlines")
        {
            Note = "Cumulative abnormal returns from the decision open (day 0, where every path starts at 0), by sentiment bucket, with "
                + $"{events.ConfidenceLevel:P0} bands from standard errors clustered by decision day. Returns, not factor values: the days before 0 show what was already in the price.",
            Rows = rows,
            Figures = [ResearchCharts.EventStudy(events)],
            Data = (JsonObject)Node(w => ResearchJson.Write(w, events)),
        };
    }

    private static ReportSection ProtocolsSection(LopezLiraTangResult llt, KirtacGermanoResult kg)
    {
        var fit = llt.Regression;
        return new ReportSection("protocols", "The papers' protocols on this data")
        {
            Note = "Lopez-Lira & Tang (2023): next-day return (open to next open) on the symbol-day mean score, pooled, day fixed effects, "
                + "standard errors clustered by day with c = G/(G−1)·(N−1)/(N−G−1); long positive-score names, short negative ones. "
                + "Kirtac & Germano (2024): news before 06:00 trades that day's open, 06:00–16:00 that day's close, later the next open; "
                + "long the top 20 %, short the bottom 20 % each day, 10 bps per unit traded. The observations are in lopez-lira-tang.csv.",
            Rows =
            [
                new("Lopez-Lira & Tang: coefficient", $"{F(fit.Coefficient, "0.00000")} (t {F(fit.TStat, "0.0")}, within R² {F(fit.R2, "0.0000")}, {N(fit.Observations)} symbol-days, {N(fit.Days)} days)"),
                new("Lopez-Lira & Tang: long-short Sharpe gross / net", $"{F(llt.LongShort.SharpeGross, "0.00")} / {F(llt.LongShort.SharpeNet, "0.00")} ({N(llt.LongShort.ActiveDays)} active days)"),
                new("Kirtac & Germano: long-short Sharpe gross / net", $"{F(kg.LongShort.SharpeGross, "0.00")} / {F(kg.LongShort.SharpeNet, "0.00")} ({N(kg.LongShort.ActiveDays)} active days)"),
            ],
            Figures = [ResearchCharts.LongShort(llt.LongShort, "Lopez-Lira & Tang long-short"), ResearchCharts.LongShort(kg.LongShort, "Kirtac & Germano long-short")],
            Data = new JsonObject { ["lopezLiraTang"] = Node(w => ResearchJson.Write(w, llt)), ["kirtacGermano"] = Node(w => ResearchJson.Write(w, kg)) },
        };
    }

    private static JsonNode Node(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) write(w);
        return JsonNode.Parse(buffer.ToArray())!;
    }

    /// <summary>The costs a run paid, by kind, as JSON.</summary>
    public static JsonObject CostsJson(Backtesting.BacktestResult run) => new()
    {
        ["commission"] = run.Costs.Commission,
        ["slippage"] = run.Costs.Slippage,
        ["borrow"] = run.Costs.Borrow,
        ["total"] = run.Costs.Total,
    };

    private static ReportSection DataSection(SentimentStudyResult study, StudyData data)
    {
        var c = study.Counts;
        var load = study.NewsLoad;
        var prices = data.Prices;
        var rows = new List<KeyValuePair<string, string>>
        {
            new("price symbols", N(prices.SymbolCount)),
            new("price days", $"{N(prices.DayCount)} ({D(prices.Dates[0])} .. {D(prices.Dates[^1])})"),
        };
        var json = new JsonObject
        {
            ["priceSymbols"] = prices.SymbolCount,
            ["priceDays"] = prices.DayCount,
            ["priceFirst"] = D(prices.Dates[0]),
            ["priceLast"] = D(prices.Dates[^1]),
        };
        if (load is not null)
        {
            rows.Add(new("news rows read", N(load.RowsRead)));
            rows.Add(new("bad rows skipped (see bad-rows.csv)", N(load.BadRows.Count)));
            rows.Add(new("exact duplicate rows dropped", N(load.Duplicates)));
            rows.Add(new("date-only timestamps (taken as after that day's close)", N(load.DateOnly)));
            json["newsRowsRead"] = load.RowsRead;
            json["badRowsSkipped"] = load.BadRows.Count;
            json["duplicatesDropped"] = load.Duplicates;
            json["dateOnlyTimestamps"] = load.DateOnly;
        }
        rows.Add(new("headlines", N(c.Headlines)));
        rows.Add(new("headlines with a usable score", N(c.Scored)));
        rows.Add(new("scores failed or excluded", N(c.FailedScores)));
        rows.Add(new("headlines naming no traded symbol", $"{N(c.UnmatchedTicker)} ({N(c.UnmatchedTickers.Count)} tickers{Sample(c.UnmatchedTickers)})"));
        rows.Add(new("headlines outside the price span", N(c.OutsidePriceSpan)));
        rows.Add(new("headline-symbol pairs before or after the window", N(c.OutsideWindow)));
        rows.Add(new("headline-symbol pairs in the window", N(c.Used)));
        rows.Add(new("window", $"{D(study.Backtest.Dates[0])} .. {D(study.Backtest.Dates[^1])} ({N(study.Backtest.Dates.Length)} days)"));
        json["headlines"] = c.Headlines;
        json["scored"] = c.Scored;
        json["failedScores"] = c.FailedScores;
        json["unmatchedTicker"] = c.UnmatchedTicker;
        json["unmatchedTickers"] = new JsonArray([.. c.UnmatchedTickers.Select(t => (JsonNode)t)]);
        json["outsidePriceSpan"] = c.OutsidePriceSpan;
        json["outsideWindow"] = c.OutsideWindow;
        json["usedInWindow"] = c.Used;
        json["windowFrom"] = D(study.Backtest.Dates[0]);
        json["windowTo"] = D(study.Backtest.Dates[^1]);
        string? note = load is { DateOnly: > 0 }
            ? $"{N(load.DateOnly)} headlines carry a date without a time: each is taken as published after that day's close, so it first trades at the next session's open."
            : null;
        return new ReportSection("data", "Data: what was read, dropped and used") { Rows = rows, Data = json, Note = note };
    }

    private static ReportSection CoverageSection(SentimentStudyResult study, SentimentStudyOptions options)
    {
        var cov = study.Coverage;
        var sorted = cov.Order().ToArray();
        int minNames = options.Strategy == "sentiment-longshort" ? options.StrategySettings.MinNamesPerSide : 1;
        int thin = 0;
        // Fewer live names than two sides of the minimum: the book cannot be built that day, whatever the quantile.
        foreach (double live in cov) if (live < 2 * minNames) thin++;
        double mean = cov.Length == 0 ? double.NaN : cov.Average();
        var json = new JsonObject
        {
            ["meanNames"] = Finite(mean),
            ["medianNames"] = sorted.Length == 0 ? null : sorted[sorted.Length / 2],
            ["minNames"] = sorted.Length == 0 ? null : sorted[0],
            ["maxNames"] = sorted.Length == 0 ? null : sorted[^1],
            ["daysTooThinToTrade"] = thin,
            ["maxAgeDays"] = options.MaxAgeDays,
            ["minNamesPerSide"] = minNames,
            ["dates"] = new JsonArray([.. study.Backtest.Dates.Select(d => (JsonNode)D(d))]),
            ["names"] = new JsonArray([.. cov.Select(v => (JsonNode)v)]),
        };
        return new ReportSection("coverage", "Coverage: names with a live signal")
        {
            Rows =
            [
                new("mean names per day", F(mean, "0.0")),
                new("median / min / max", sorted.Length == 0 ? "n/a" : $"{N(sorted[sorted.Length / 2])} / {N(sorted[0])} / {N(sorted[^1])}"),
                new($"days with fewer than {2 * minNames} live names (flat)", N(thin)),
                new("staleness", options.MaxAgeDays is int a ? $"a name's signal expires after {a} trading days without a headline" : "off"),
            ],
            Figures = [Charts.Coverage(study.Backtest.Dates, cov)],
            Data = json,
        };
    }

    private static ReportSection IcSection(IcAnalysis ic)
    {
        var rows = new List<KeyValuePair<string, string>>();
        var array = new JsonArray();
        foreach (var r in ic.ByHorizon)
        {
            rows.Add(new($"{r.Horizon}-day rank IC", $"{F(r.Mean, "0.0000")}  (t {F(r.TStat, "0.0")}, Newey-West t {F(r.NeweyWestTStat, "0.0")}, {N(r.Days)} days)"));
            array.Add(new JsonObject
            {
                ["horizon"] = r.Horizon, ["mean"] = Finite(r.Mean), ["std"] = Finite(r.Std), ["tStat"] = Finite(r.TStat),
                ["neweyWestTStat"] = Finite(r.NeweyWestTStat), ["nonOverlappingTStat"] = Finite(r.NonOverlappingTStat),
                ["positiveFraction"] = Finite(r.PositiveFraction), ["days"] = r.Days,
            });
        }
        return new ReportSection("ic", "Information coefficient by horizon")
        {
            Note = "Read down the horizons for the decay. Overlapping horizons overstate the plain t; the Newey-West t corrects for it.",
            Rows = rows,
            Data = new JsonObject { ["method"] = ic.Method.ToString(), ["basis"] = ic.Basis.ToString(), ["byHorizon"] = array },
        };
    }

    private static ReportSection QuantileSection(QuantileReturns q)
    {
        var rows = new List<KeyValuePair<string, string>>();
        for (int i = 0; i < q.MeanReturn.Length; i++)
            rows.Add(new($"Q{i + 1} mean next-day return", $"{F(q.MeanReturn[i] * 1e4, "0.00")} bps ({N(q.Observations[i])} name-days)"));
        rows.Add(new("top minus bottom", $"{F(q.Spread * 1e4, "0.00")} bps a day (t {F(q.SpreadTStat, "0.0")})"));
        return new ReportSection("quantiles", "Quantile returns")
        {
            Rows = rows,
            Data = new JsonObject
            {
                ["quantiles"] = q.Quantiles,
                ["meanReturn"] = new JsonArray([.. q.MeanReturn.Select(v => (JsonNode?)Finite(v))]),
                ["observations"] = new JsonArray([.. q.Observations.Select(v => (JsonNode)v)]),
                ["spread"] = Finite(q.Spread),
                ["spreadTStat"] = Finite(q.SpreadTStat),
            },
        };
    }

    private static ReportSection BenchmarkSection(SentimentStudyResult study)
    {
        var c = study.Comparison;
        return new ReportSection("benchmark", $"Against the benchmark: {study.BenchmarkName}")
        {
            Note = "Daily simple returns over the window, costs included on both sides. Alpha and active return are annualised.",
            Rows =
            [
                new("alpha (annualised)", P(c.Alpha)),
                new("beta", F(c.Beta, "0.00")),
                new("tracking error (annualised)", P(c.TrackingError)),
                new("information ratio", F(c.InformationRatio, "0.00")),
                new("active return (annualised mean)", P(c.ActiveReturn)),
            ],
            Data = new JsonObject
            {
                ["benchmark"] = study.BenchmarkName,
                ["alpha"] = Finite(c.Alpha), ["beta"] = Finite(c.Beta), ["trackingError"] = Finite(c.TrackingError),
                ["informationRatio"] = Finite(c.InformationRatio), ["activeReturn"] = Finite(c.ActiveReturn), ["days"] = c.Days,
            },
        };
    }

    private static string PointInTimeText(SentimentStudyResult study) =>
        study.NewsLoad is { DateOnly: > 0 } load
            ? SentimentStudy.PointInTimeRule + $" {N(load.DateOnly)} date-only timestamps are taken as published after that day's close."
            : SentimentStudy.PointInTimeRule;

    private static string UniverseText(UniverseRules u) => u.IsEmpty ? "every name with prices" : string.Join("; ", new[]
    {
        u.MinPrice > 0 ? $"close ≥ {N(u.MinPrice)}" : null,
        u.MinHistoryDays > 0 ? $"≥ {N(u.MinHistoryDays)} days of history" : null,
        u.MinDollarVolume > 0 ? $"mean {N(u.DollarVolumeWindow)}-day dollar volume ≥ {N(u.MinDollarVolume)}" : null,
    }.Where(s => s is not null)) + " (known at the previous close)";

    private static string Sample(IReadOnlyList<string> tickers) => tickers.Count == 0 ? "" : ": " + string.Join(", ", tickers.Take(10)) + (tickers.Count > 10 ? ", …" : "");
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);
    private static string N(double v) => v.ToString("#,0.###", Inv);
    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, Inv) : "n/a";
    private static string P(double v) => double.IsFinite(v) ? v.ToString("P2", Inv) : "n/a";
    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
