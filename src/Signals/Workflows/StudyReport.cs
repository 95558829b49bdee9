using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Features;
using Signals.Sentiment;
using Signals.Reporting;
using Signals.Workflows.Health;

namespace Signals.Workflows;

/// <summary>
/// The study's report, a view of a <see cref="SentimentStudyResult"/>: the backtest tearsheet with the health checks
/// first and one <see cref="ReportSection"/> per research question (data, coverage, IC, quantiles, benchmark, event
/// study, protocols, factor tearsheet, risk portfolios, costs), and study.json built from the same section objects.
/// A new analysis adds its figures to the result and a section here, and appears in both.
/// </summary>
public sealed class StudyReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly SentimentStudyResult _study;
    // The sections whose data study.json also holds at its top level: the same objects, cloned, never rebuilt or looked up by id.
    private readonly ReportSection? _eventStudy, _protocols, _factorTearsheet, _riskPortfolios, _costs, _trials, _lookAhead;

    private StudyReport(SentimentStudyResult study, string? title)
    {
        _study = study;
        var options = study.Options;
        HealthSection = HealthSectionOf(study.Health);
        var research = study.Research is { } r ? StudyResearchSections.All(r, CostRealism.Describe(options.Backtest.Costs)) : [];
        if (study.Research is not null) (_factorTearsheet, _riskPortfolios, _costs) = (research[0], research[1], research[2]);
        _eventStudy = study.EventStudy is { } events ? EventStudySection(events) : null;
        _trials = study.Trials is { } trials ? Trials.TrialsSection.Build(trials) : null;
        _lookAhead = study.LookAhead is { } lookAhead ? LookAhead.LookAheadSection.Build(lookAhead) : null;
        if (study.TimeSeries is { } series)
        {
            // Market-level news: one series through time, no cross-section, so no IC/quantile/protocol sections.
            var timeSeries = MarketNewsReport.Tearsheet(study, series, HealthSection, title);
            Sections = [.. timeSeries.Sections, .. TrialSections(study)];
            Tearsheet = timeSeries with { Sections = Sections };
            return;
        }
        _protocols = study.LopezLiraTang is { } llt && study.KirtacGermano is { } kg ? ProtocolsSection(llt, kg) : null;
        Sections =
        [
            DataSection(study), CoverageSection(study, options), IcSection(study.Ic), QuantileSection(study.Quantiles), BenchmarkSection(study),
            .. _eventStudy is null ? Array.Empty<ReportSection>() : [_eventStudy],
            .. _protocols is null ? Array.Empty<ReportSection>() : [_protocols],
            .. research,
            .. TrialSections(study),
        ];
        var tearsheet = BacktestTearsheet.From(study.Backtest, study.Benchmark, title ?? $"Sentiment study: {options.Strategy} ({study.ScorerName})", PointInTimeText(study),
            study.Stats, study.BenchmarkStats);
        Tearsheet = tearsheet with
        {
            BenchmarkName = study.BenchmarkName,
            Parameters =
            [
                .. tearsheet.Parameters,
                new("scorer", study.ScorerName),
                new("signal", $"decayed mean score, half-life {N(options.HalfLifeDays)} trading days"),
                new("staleness", options.MaxAgeDays is int a ? $"expires after {a} trading days without a headline" : "never expires"),
                new("universe", UniverseText(options.Universe)),
                new("headlines scored", N(study.Counts.Scored)),
                new("headlines failed (excluded, never scored 0)", N(study.Counts.FailedScores)),
                .. ScoringProvenance.Of(study.Scores),
                .. study.LookAheadWarnings.Select(w => new KeyValuePair<string, string>("look-ahead warning", w)),
            ],
            Provenance = study.Data.Provenance,
            InformationCoefficient = IcByHorizon.From(study.Ic),
            QuantileReturns = QuantileReturnSummary.From(study.Quantiles),
            Health = HealthSection,
            ExtraKpis = NetKpis(study),
            KpiNote = KpiNote(study),
            Sections = Sections,
        };
    }

    /// <summary>The trials, the look-ahead audit and what the study can and cannot claim (drawn from both and the health checks).</summary>
    private IEnumerable<ReportSection> TrialSections(SentimentStudyResult study)
    {
        if (_trials is not null) yield return _trials;
        if (_lookAhead is not null) yield return _lookAhead;
        if (study.Trials is not null || study.LookAhead is not null)
            yield return Claims.StudyClaims.Section(study.Trials, study.LookAhead,
                [.. study.Health.Where(h => h.Status != HealthStatus.Ok).Select(h => $"{h.Id}: {h.Message}")], study.Stats.Sharpe);
    }

    /// <summary>The report of a computed study.</summary>
    /// <param name="study">The study's result.</param>
    /// <param name="title">The page title; null: "Sentiment study: strategy (scorer)".</param>
    public static StudyReport Of(SentimentStudyResult study, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new StudyReport(study, title);
    }

    /// <summary>The tearsheet page's input (write it with <see cref="Reporting.Tearsheet.Write"/>).</summary>
    public TearsheetInput Tearsheet { get; }

    /// <summary>The health checks as the page's first section.</summary>
    public ReportSection HealthSection { get; }

    /// <summary>The research sections in report order; study.json holds each one's data under its id.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>study.json: the health checks, the window, the performance and every section's data, in report order.</summary>
    public JsonObject ToJson()
    {
        var study = _study;
        var sections = new JsonArray();
        foreach (var s in Sections) sections.Add(s.ToJson());
        return new JsonObject
        {
            ["title"] = Tearsheet.Title,
            ["health"] = new JsonArray([.. study.Health.Select(h => (JsonNode)h.ToJson())]),
            ["strategy"] = study.Backtest.Strategy,
            ["window"] = new JsonObject { ["from"] = D(study.Backtest.Dates[0]), ["to"] = D(study.Backtest.Dates[^1]), ["days"] = study.Backtest.Dates.Length },
            ["performance"] = new JsonObject
            {
                ["strategy"] = study.Stats.ToJsonNode(),
                ["benchmark"] = study.BenchmarkStats.ToJsonNode(),
                ["costs"] = CostsJson(study.Backtest),
                ["costModel"] = CostRealism.Describe(study.Options.Backtest.Costs),
            },
            ["eventStudy"] = _eventStudy?.Data.DeepClone(),
            ["protocols"] = _protocols?.Data.DeepClone(),
            ["factorTearsheet"] = _factorTearsheet?.Data.DeepClone(),
            ["riskPortfolios"] = _riskPortfolios?.Data.DeepClone(),
            ["costs"] = _costs?.Data.DeepClone(),
            ["provenance"] = ProvenanceJson(study.Data.Provenance),
            ["timeSeries"] = study.TimeSeries is { } timeSeries ? MarketNewsReport.Json(timeSeries) : null,
            ["trials"] = _trials?.Data.DeepClone(),
            ["lookAheadAudit"] = _lookAhead?.Data.DeepClone(),
            ["sections"] = sections,
        };
    }

    private static ReportSection HealthSectionOf(IReadOnlyList<HealthCheck> health)
    {
        int notOk = health.Count(h => h.Status != HealthStatus.Ok);
        return new ReportSection("health", "Health checks: can these figures be trusted?")
        {
            Note = notOk == 0
                ? "Every check passed. Each is a rule on the data or the setup that, when it trips, makes the figures below artefacts rather than findings."
                : $"{notOk} of {health.Count} checks are not ok: read them before any figure below. WARN: the figures stand, read them with this in mind; FAIL: do not act on them.",
            Rows = [.. health.Select(h => new KeyValuePair<string, string>($"{h.StatusText.ToUpperInvariant()} · {h.Id}", h.Message))],
            Data = new JsonObject { ["checks"] = new JsonArray([.. health.Select(h => (JsonNode)h.ToJson())]) },
        };
    }

    /// <summary>The net figure at the study's capital under realistic costs, as a card beside the headline cards.</summary>
    private static IReadOnlyList<TearsheetStat> NetKpis(SentimentStudyResult study) =>
        study.Research is { } r
            ? [new TearsheetStat($"Net Sharpe at ${N(r.Costs.Run.Capital)}, realistic costs", r.Costs.Run.NetSharpe, StatFormat.Ratio, true)
                { UndefinedReason = double.IsNaN(r.Costs.Run.NetSharpe) ? "the net returns have no variance" : null }]
            : [];

    private static string KpiNote(SentimentStudyResult study)
    {
        string simple = $"Headline cards: the share-level backtest under {CostRealism.Describe(study.Options.Backtest.Costs)}.";
        return study.Research is { } r
            ? simple + $" The last card runs the same long-short at ${N(r.Costs.Run.Capital)} under commission, half-spread, square-root impact and borrow (the realistic-costs section)."
            : simple + $" Realistic costs at size were not computed ({(study.TimeSeries is not null ? CostRealism.TimeSeriesStudy : CostRealism.ResearchOff)}).";
    }

    /// <summary>Every input file or folder with its rows, dates and SHA-256, as the report's provenance table shows them.</summary>
    private static JsonArray ProvenanceJson(IReadOnlyList<DataProvenance> provenance)
    {
        var list = new JsonArray();
        foreach (var p in provenance)
            list.Add(new JsonObject
            {
                ["file"] = p.File, ["rows"] = p.Rows, ["first"] = p.First is { } f ? D(f) : null, ["last"] = p.Last is { } l ? D(l) : null, ["sha256"] = p.Sha256,
            });
        return list;
    }

    /// <summary>
    /// A warning for each LLM whose training cut-off does not precede the headlines it scored (its scores may know
    /// what happened next); none for the offline scorers. Computed by the study: <see cref="SentimentStudyResult.LookAheadWarnings"/>.
    /// </summary>
    public static IReadOnlyList<string> LookAheadWarnings(SentimentStudyResult study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return study.LookAheadWarnings;
    }

    internal static ReportSection EventStudySection(EventStudyResult events)
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
            Data = ResearchJson.Of(events),
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
                new("Lopez-Lira & Tang: coefficient", fit.UndefinedReason is { } why
                    ? $"not defined: {why} ({N(fit.Observations)} symbol-days, {N(fit.Days)} days)"
                    : $"{F(fit.Coefficient, "0.00000")} (t {F(fit.TStat, "0.0")}, within R² {F(fit.R2, "0.0000")}, {N(fit.Observations)} symbol-days, {N(fit.Days)} days)"),
                new("Lopez-Lira & Tang: long-short Sharpe gross / net", $"{F(llt.LongShort.SharpeGross, "0.00")} / {F(llt.LongShort.SharpeNet, "0.00")} ({N(llt.LongShort.ActiveDays)} active days)"),
                new("Kirtac & Germano: long-short Sharpe gross / net", $"{F(kg.LongShort.SharpeGross, "0.00")} / {F(kg.LongShort.SharpeNet, "0.00")} ({N(kg.LongShort.ActiveDays)} active days)"),
            ],
            Figures = [ResearchCharts.LongShort(llt.LongShort, "Lopez-Lira & Tang long-short"), ResearchCharts.LongShort(kg.LongShort, "Kirtac & Germano long-short")],
            Data = new JsonObject { ["lopezLiraTang"] = ResearchJson.Of(llt), ["kirtacGermano"] = ResearchJson.Of(kg) },
        };
    }


    /// <summary>The costs a run paid, by kind, as JSON.</summary>
    public static JsonObject CostsJson(Backtesting.BacktestResult run) => new()
    {
        ["commission"] = run.Costs.Commission,
        ["slippage"] = run.Costs.Slippage,
        ["borrow"] = run.Costs.Borrow,
        ["total"] = run.Costs.Total,
    };

    internal static ReportSection DataSection(SentimentStudyResult study)
    {
        var c = study.Counts;
        var load = study.NewsLoad;
        var prices = study.Data.Prices;
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
        if (study.Data.PriceLoad is { } priceLoad)
        {
            rows.Add(new("prices", priceLoad.Adjusted ? "adjusted (scaled by the adjusted close)" : priceLoad.HasUnusedAdjustedColumn ? "as traded; the adjusted close in the file was not used" : "as traded (no adjusted close in the file)"));
            rows.Add(new("price files read", N(priceLoad.Files.Count)));
            rows.Add(new("price rows read", N(priceLoad.RowsRead)));
            rows.Add(new("bad price rows skipped (see bad-rows.csv)", priceLoad.SkippedBySymbol.Count == 0 ? N(priceLoad.BadRows.Count)
                : $"{N(priceLoad.BadRows.Count)} ({string.Join(", ", priceLoad.SkippedBySymbol.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {N(p.Value)}"))})"));
            json["adjustedPrices"] = priceLoad.Adjusted;
            json["unusedAdjustedColumn"] = priceLoad.HasUnusedAdjustedColumn;
            json["priceFiles"] = priceLoad.Files.Count;
            json["priceRowsRead"] = priceLoad.RowsRead;
            json["priceBadRowsSkipped"] = priceLoad.BadRows.Count;
            var bySymbol = new JsonObject();
            foreach (var (symbol, n) in priceLoad.SkippedBySymbol.OrderBy(p => p.Key, StringComparer.Ordinal)) bySymbol[symbol] = n;
            json["priceRowsSkippedBySymbol"] = bySymbol;
        }
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
            json["newsFiles"] = load.Files.Count;
            json["marketLevelNews"] = load.MarketLevel;
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
        // What the loaders noticed (an adjusted close left unused, symbols that lost rows, where symbols came from).
        var loaderNotes = (study.Data.PriceLoad?.Warnings() ?? []).Concat(load?.SymbolNotes ?? []).ToList();
        if (loaderNotes.Count > 0) note = string.Join(" ", new[] { note }.Concat(loaderNotes.Select(n => char.ToUpperInvariant(n[0]) + n[1..] + ".")).Where(n => n is not null));
        return new ReportSection("data", "Data: what was read, dropped and used") { Rows = rows, Data = json, Note = note };
    }

    private static ReportSection CoverageSection(SentimentStudyResult study, SentimentStudyOptions options)
    {
        var cov = study.Coverage;
        var sorted = cov.Order().ToArray();
        int minNames = options.Strategy == "sentiment-longshort" ? options.StrategySettings.MinNamesPerSide : 1;
        int thin = study.DaysTooThinToTrade;
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
            var mean = r.Figure("mean", r.Mean);
            var t = r.Figure("tStat", r.TStat);
            rows.Add(new($"{r.Horizon}-day rank IC", !mean.IsDefined ? mean.Format("0.0000")
                : t.IsDefined ? $"{F(r.Mean, "0.0000")}  (t {F(r.TStat, "0.0")}, Newey-West t {F(r.NeweyWestTStat, "0.0")}, {N(r.Days)} days)"
                : $"{F(r.Mean, "0.0000")}  (t {t.Format("0.0")}, {N(r.Days)} days)"));
            var item = new JsonObject
            {
                ["horizon"] = r.Horizon, ["mean"] = Finite(r.Mean), ["std"] = Finite(r.Std), ["tStat"] = Finite(r.TStat),
                ["neweyWestTStat"] = Finite(r.NeweyWestTStat), ["nonOverlappingTStat"] = Finite(r.NonOverlappingTStat),
                ["positiveFraction"] = Finite(r.PositiveFraction), ["days"] = r.Days,
            };
            if (r.Undefined.ToJson() is { } undefined) item["undefined"] = undefined;
            array.Add(item);
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
                new("alpha (annualised)", c.Figure("alpha", c.Alpha).Format(P)),
                new("beta", c.Figure("beta", c.Beta).Format("0.00")),
                new("tracking error (annualised)", c.Figure("trackingError", c.TrackingError).Format(P)),
                new("information ratio", c.Figure("informationRatio", c.InformationRatio).Format("0.00")),
                new("active return (annualised mean)", c.Figure("activeReturn", c.ActiveReturn).Format(P)),
            ],
            Data = WithUndefined(new JsonObject
            {
                ["benchmark"] = study.BenchmarkName,
                ["alpha"] = Finite(c.Alpha), ["beta"] = Finite(c.Beta), ["trackingError"] = Finite(c.TrackingError),
                ["informationRatio"] = Finite(c.InformationRatio), ["activeReturn"] = Finite(c.ActiveReturn), ["days"] = c.Days,
            }, c.Undefined),
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

    /// <summary>The object with an "undefined" member naming why figures are null, when any are.</summary>
    private static JsonObject WithUndefined(JsonObject json, UndefinedReasons undefined)
    {
        if (undefined.ToJson() is { } reasons) json["undefined"] = reasons;
        return json;
    }
}
