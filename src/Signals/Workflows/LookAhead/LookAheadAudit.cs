using System.Globalization;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Sentiment.Llm;

namespace Signals.Workflows.LookAhead;

/// <summary>
/// Does the LLM remember what followed the headlines? Each headline is scored twice, as written and anonymised
/// (company name, ticker and aliases replaced, as <c>--anonymize</c> does), and the window is split at the model's
/// training cut-off. Before it, a model that recalls the company's later moves scores named headlines better than
/// anonymised ones; after it, it cannot (Glasserman &amp; Lin 2023 measure the bias this way). For each side: the
/// 1-day rank IC of both signals with t-statistics, their daily difference with a day-block bootstrap interval, the
/// share of the named IC lost to anonymisation, and each signal's long-short Sharpe (costs on). The signals are the
/// study's own (decayed, expired, universe-filtered), on the study's window.
/// </summary>
public static class LookAheadAudit
{
    /// <summary>
    /// Scores the news named and anonymised with the LLM of <paramref name="llm"/> (each pass cached under its own
    /// key: the anonymised question is another text) and audits them. <paramref name="namedScores"/>, when given, are
    /// the study's results for the named pass (one per news item, in order), so nothing is asked twice.
    /// </summary>
    public static async Task<LookAheadAuditResult> RunAsync(
        BarPanel prices, IReadOnlyList<NewsItem> news, LlmScorerOptions llm, DateOnly? cutoff = null,
        SentimentStudyOptions? study = null, LookAheadAuditOptions? options = null, IReadOnlyList<SentimentResult>? namedScores = null,
        Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(llm);
        ArgumentNullException.ThrowIfNull(news);
        using var anonymizedScorer = new LlmSentimentScorer(llm with { Anonymize = true }, environment: environment);
        string model = anonymizedScorer.Model;
        string scorer = $"{model}/{anonymizedScorer.PromptVersion}";
        var (date, source) = ResolveCutoff(model, cutoff);
        if (date is null) return NoCutoff(scorer, $"no training cut-off is known for {model}: give one with --cutoff YYYY-MM-DD to audit it");
        if (namedScores is null)
        {
            using var namedScorer = new LlmSentimentScorer(llm with { Anonymize = false }, environment: environment);
            namedScores = await namedScorer.ScoreAsync(news, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        var anonymizedScores = await anonymizedScorer.ScoreAsync(news, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Run(prices, ScoredHeadline.Join(news, namedScores), ScoredHeadline.Join(news, anonymizedScores), date.Value, source!, scorer, study, options);
    }

    /// <summary>The audit a study asked for: an LLM's, or the statement that an offline scorer has no cut-off to audit.</summary>
    public static Task<LookAheadAuditResult> RunForStudyAsync(LookAheadAuditRequest request, StudyData data, IReadOnlyList<SentimentResult> namedScores,
        string scorerName, SentimentStudyOptions study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(data);
        if (request.Llm is null)
            return Task.FromResult(NoCutoff(scorerName, request.Cutoff is null
                ? $"{scorerName} is an offline scorer trained on the kit's own labelled headlines, not on dated market news: it has no training cut-off, so there is no look-ahead of its own to audit"
                : $"{scorerName} is an offline scorer with no training cut-off: the audit compares an LLM's named and anonymised answers, so --cutoff was not used"));
        return RunAsync(data.Prices, data.News, request.Llm, request.Cutoff, study, request.Audit, namedScores.Count == data.News.Count ? namedScores : null,
            request.Environment, cancellationToken);
    }

    /// <summary>
    /// The audit of scores already made: <paramref name="named"/> and <paramref name="anonymized"/> are the same
    /// headlines scored as written and anonymised; the study's window is split at <paramref name="cutoff"/>.
    /// </summary>
    public static LookAheadAuditResult Run(BarPanel prices, IReadOnlyList<ScoredHeadline> named, IReadOnlyList<ScoredHeadline> anonymized,
        DateOnly cutoff, string cutoffSource, string scorer, SentimentStudyOptions? study = null, LookAheadAuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(anonymized);
        study ??= new SentimentStudyOptions();
        options ??= new LookAheadAuditOptions();
        if (study.BenchmarkSymbol is { } benchmark)
            prices = prices.Select([.. Enumerable.Range(0, prices.SymbolCount).Where(s => prices.Symbols[s] != benchmark)]);
        var timing = study.Backtest.Fill == FillTiming.Close ? DecisionTiming.Close : DecisionTiming.Open;
        var (namedSignal, namedCount) = Signal(prices, named, study, timing);
        var (anonymizedSignal, _) = Signal(prices, anonymized, study, timing);
        var (start, count) = StudyWindow.Resolve(prices.Dates, namedCount, study.From, study.To);
        var window = prices.Slice(start, count);
        namedSignal = namedSignal.Slice(start, count);
        anonymizedSignal = anonymizedSignal.Slice(start, count);
        var forward = ForwardReturns.Compute(window, 1, ForwardReturns.BasisFor(timing, study.Backtest.Fill));
        var namedIc = InformationCoefficient.Series(namedSignal, forward);
        var anonymizedIc = InformationCoefficient.Series(anonymizedSignal, forward);

        int split = 0;
        while (split < count && window.Dates[split] <= cutoff) split++;
        var periods = new List<LookAheadPeriod>(2);
        if (split > 0) periods.Add(Period("before", 0, split));
        if (split < count) periods.Add(Period("after", split, count - split));
        return new LookAheadAuditResult(scorer, cutoff, cutoffSource, periods, Verdict(scorer, cutoff, periods), options.Level,
            named.Count, anonymized.Count);

        LookAheadPeriod Period(string name, int from, int days)
        {
            var n = namedIc.AsSpan(from, days).ToArray();
            var a = anonymizedIc.AsSpan(from, days).ToArray();
            var difference = new double[days];
            for (int d = 0; d < days; d++) difference[d] = double.IsFinite(n[d]) && double.IsFinite(a[d]) ? n[d] - a[d] : double.NaN;
            var ci = BlockBootstrap.Mean(difference, options.BootstrapSamples, options.Level, options.MeanBlockLength, options.Seed);
            var namedStats = InformationCoefficient.Summarize(n, 1);
            var anonymizedStats = InformationCoefficient.Summarize(a, 1);
            int judgedDays = difference.Count(double.IsFinite);
            double share = namedStats.Mean > 0 ? (namedStats.Mean - anonymizedStats.Mean) / namedStats.Mean : double.NaN;
            return new LookAheadPeriod(name, window.Dates[from], window.Dates[from + days - 1], days,
                new LookAheadSignal(namedStats.Mean, namedStats.TStat, namedStats.Days, LongShortSharpe(window, namedSignal, from, days, study, timing)),
                new LookAheadSignal(anonymizedStats.Mean, anonymizedStats.TStat, anonymizedStats.Days, LongShortSharpe(window, anonymizedSignal, from, days, study, timing)),
                ci.Estimate, ci.Lower, ci.Upper, share, judgedDays >= options.MinDays);
        }
    }

    /// <summary>The cut-off to split at: the caller's, else the table's; with where it came from.</summary>
    public static (DateOnly? Date, string? Source) ResolveCutoff(string model, DateOnly? cutoff)
    {
        if (cutoff is DateOnly given) return (given, "--cutoff (given by the user)");
        if (ModelCutoffs.Find(model) is { } known)
            return (known.Date, $"cutoffs.json: {known.Model}, {(known.IsUpperBound ? "release date as an upper bound" : "stated knowledge cut-off")} ({known.Source})");
        return (null, null);
    }

    /// <summary>An audit that could not split the window, saying why.</summary>
    public static LookAheadAuditResult NoCutoff(string scorer, string reason) => new(scorer, null, null, [], reason, 0.95);

    private static (Panel Signal, Panel Count) Signal(BarPanel prices, IReadOnlyList<ScoredHeadline> headlines, SentimentStudyOptions study, DecisionTiming timing)
    {
        // The study's own signal (SentimentStudy.RunAsync): traded names only, decayed mean, staleness, universe rules.
        var traded = new HashSet<string>(prices.Symbols, StringComparer.Ordinal);
        var matched = headlines.Where(h => h.Symbols.Any(traded.Contains)).ToList();
        var daily = DailySentiment.Build(matched, prices.Dates, prices.Symbols, timing, study.CloseCutoff);
        var signal = daily.DecayedMean(study.HalfLifeDays);
        if (study.MaxAgeDays is int maxAge) signal = SignalStaleness.Expire(signal, daily.Count, maxAge);
        return (UniverseFilter.Apply(signal, prices, study.Universe), daily.Count);
    }

    private static double LongShortSharpe(BarPanel window, Panel signal, int from, int days, SentimentStudyOptions study, DecisionTiming timing)
    {
        if (days < 3) return double.NaN;
        var prices = window.Slice(from, days);
        var strategy = StrategyRegistry.Create(study.Strategy, study.StrategySettings, prices.SymbolCount, signal.Slice(from, days), timing);
        return PerformanceStats.Of(Backtester.Run(prices, strategy, study.Backtest)).Sharpe;
    }

    private static string Verdict(string scorer, DateOnly cutoff, IReadOnlyList<LookAheadPeriod> periods)
    {
        var before = periods.FirstOrDefault(p => p.Period == "before");
        var after = periods.FirstOrDefault(p => p.Period == "after");
        string Gap(LookAheadPeriod p) => string.Create(CultureInfo.InvariantCulture,
            $"named IC {p.Named.Ic:0.0000} vs anonymised {p.Anonymized.Ic:0.0000}, difference {p.IcDifference:0.0000} (95% interval {p.IcDifferenceLower:0.0000} to {p.IcDifferenceUpper:0.0000})");
        string Share(LookAheadPeriod p) => double.IsFinite(p.ShareLost) ? string.Create(CultureInfo.InvariantCulture, $"; {p.ShareLost:P0} of the named IC disappears without the names") : "";
        string cut = cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (before is null)
            return $"The whole window lies after {scorer}'s training cut-off ({cut}): the model cannot have read what followed these headlines; {(after is { Judged: true } ? Gap(after) : "too few days to compare")}.";
        if (!before.Judged)
            return $"Too few days before the cut-off ({cut}) to judge memorisation ({before.Days} days).";
        if (before.NamesAddIc)
        {
            if (after is { NamesAddIc: true })
                return $"Named headlines beat anonymised ones on both sides of the cut-off ({cut}): before, {Gap(before)}; after, {Gap(after)}. A gap the model cannot owe to memory after its cut-off points to the names themselves carrying information, so memorisation is not shown.";
            return $"Likely memorisation: before {scorer}'s training cut-off ({cut}) the named headlines predict returns better than the same headlines anonymised ({Gap(before)}{Share(before)})"
                + (after is { Judged: true } ? $", while after it they do not ({Gap(after)})." : "; there are too few days after the cut-off to confirm the gap closes.");
        }
        return $"No sign of memorisation: before the cut-off ({cut}) the {Gap(before)}, an interval that does not lie above zero"
            + (after is { Judged: true } ? $"; after it, {Gap(after)}." : ".");
    }
}
