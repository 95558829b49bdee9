using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Numerics;
using Signals.Sentiment;

namespace Signals.Workflows.Trials;

/// <summary>
/// The trials behind a study's headline Sharpe and the Deflated Sharpe Ratio they imply (Bailey &amp; López de Prado
/// 2014): the probability that the strategy's true Sharpe exceeds the best one <see cref="Count"/> worthless
/// configurations with the recorded spread of Sharpe ratios would be expected to show by luck.
/// </summary>
/// <param name="LogPath">The trials file.</param>
/// <param name="Count">Distinct configurations recorded on the same data (this one included): the N of the deflation.</param>
/// <param name="CountInLog">Distinct configurations in the whole file (other data included).</param>
/// <param name="IsRepeat">True when this configuration had been run before (it did not add a trial).</param>
/// <param name="Recorded">This run's trial.</param>
/// <param name="SharpeVariance">Sample variance of the trials' per-period Sharpe ratios (0 with one trial).</param>
/// <param name="ExpectedMaxSharpe">The per-period Sharpe the best of <see cref="Count"/> zero-skill trials would show.</param>
/// <param name="ProbabilisticSharpe">PSR against zero: the probability the true Sharpe is positive, ignoring the other trials.</param>
/// <param name="DeflatedSharpe">The PSR against <see cref="ExpectedMaxSharpe"/>; NaN when undefined.</param>
public sealed record StudyTrials(
    string LogPath, int Count, int CountInLog, bool IsRepeat, StudyTrial Recorded,
    double SharpeVariance, double ExpectedMaxSharpe, double ProbabilisticSharpe, double DeflatedSharpe)
{
    /// <summary>"N trials recorded", the phrase the report uses.</summary>
    public string CountText => Count == 1 ? "1 trial recorded" : $"{Count.ToString("#,0", CultureInfo.InvariantCulture)} trials recorded";

    /// <summary>
    /// Records the study's run in the trials file at <paramref name="logPath"/> and deflates its Sharpe by the trials
    /// recorded on the same data. A repeat of a known configuration updates that trial and does not raise the count.
    /// </summary>
    public static StudyTrials Record(string logPath, TrialConfiguration configuration, BacktestResult backtest, double annualSharpe, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(backtest);
        var update = TrialsLog.Record(logPath, configuration, annualSharpe, backtest.Dates.Length, backtest.Options.PeriodsPerYear, nowUtc);
        var sameData = update.Trials.Where(t => t.Configuration.Data == configuration.Data).ToList();
        return Of(update.Path, sameData, update.Trials.Count, !update.IsNew, update.Recorded, Returns.FromEquity(backtest.Equity));
    }

    /// <summary>The deflation of <paramref name="returns"/> (the chosen trial's period returns) by <paramref name="trials"/>.</summary>
    public static StudyTrials Of(string logPath, IReadOnlyList<StudyTrial> trials, int countInLog, bool isRepeat, StudyTrial recorded, ReadOnlySpan<double> returns)
    {
        ArgumentNullException.ThrowIfNull(trials);
        if (trials.Count == 0) throw new ArgumentException("at least the recorded trial", nameof(trials));
        var perPeriod = trials.Select(t => t.SharpePerPeriod).ToArray();
        var finite = perPeriod.Where(double.IsFinite).ToArray();
        var m = Moments.Of(finite);
        double variance = finite.Length > 1 ? m.SampleStd * m.SampleStd : 0;
        double expectedMax = SharpeStatistics.ExpectedMaxSharpe(trials.Count, variance);
        double psr = SharpeStatistics.Probabilistic(returns);
        double dsr = finite.Length == 0 ? double.NaN : SharpeStatistics.Deflated(returns, perPeriod);
        return new StudyTrials(logPath, trials.Count, countInLog, isRepeat, recorded, variance, expectedMax, psr, dsr);
    }

    /// <summary>
    /// The configuration of a study run: the scorer and what its results say of model, prompt and thinking; the
    /// strategy, signal and cost parameters; the window; and a fingerprint of the prices and news.
    /// </summary>
    public static TrialConfiguration Describe(string scorerName, IReadOnlyList<SentimentResult> scores, SentimentStudyOptions options,
        DateOnly from, DateOnly to, StudyData data)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        string? Distinct(Func<SentimentResult, string?> field)
        {
            var values = scores.Where(r => r.Status != ScoreStatus.Skipped).Select(field).Where(v => !string.IsNullOrEmpty(v))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            return values.Length == 0 ? null : string.Join(", ", values);
        }
        string? thinking = Distinct(r => r.Thinking is null ? null : r.ReasoningEffort is null ? r.Thinking : $"{r.Thinking} ({r.ReasoningEffort})");
        var b = options.Backtest;
        var s = options.StrategySettings;
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["halfLifeDays"] = N(options.HalfLifeDays),
            ["maxAgeDays"] = options.MaxAgeDays is int a ? N(a) : "never",
            ["quantile"] = N(options.StrategySettings.Quantile),
            ["minNamesPerSide"] = N(s.MinNamesPerSide),
            ["longThreshold"] = N(s.LongThreshold),
            ["shortThreshold"] = N(s.ShortThreshold),
            ["allowShort"] = s.AllowShort ? "true" : "false",
            ["benchmark"] = options.BenchmarkSymbol ?? "equal-weight",
            ["universe.minPrice"] = N(options.Universe.MinPrice),
            ["universe.minHistoryDays"] = N(options.Universe.MinHistoryDays),
            ["universe.minDollarVolume"] = N(options.Universe.MinDollarVolume),
            ["fill"] = b.Fill.ToString(),
            ["sizing"] = b.Sizing.ToString(),
            ["maxWeight"] = N(b.MaxWeight),
            ["leverage"] = N(b.MaxGrossLeverage),
            ["commissionBps"] = N(b.Costs.CommissionBps),
            ["commissionPerShare"] = N(b.Costs.CommissionPerShare),
            ["slippageBps"] = N(b.Costs.SlippageBps),
            ["borrowBpsPerYear"] = N(b.Costs.BorrowBpsPerYear),
            ["initialCash"] = N(b.InitialCash),
        };
        return new TrialConfiguration(scorerName, Distinct(r => r.Model), Distinct(r => r.PromptVersion), thinking,
            options.Strategy, p, from, to, Fingerprint(data));
    }

    /// <summary>
    /// A short fingerprint of the study's inputs: the price panel's shape and closes, and every headline's id, time and
    /// text. The same files read the same way give the same fingerprint; an edited row gives another.
    /// </summary>
    public static string Fingerprint(StudyData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        var prices = data.Prices;
        Add(string.Join(',', prices.Symbols));
        foreach (var d in prices.Dates) Add(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var closes = prices.Close;
        var bytes = new byte[8];
        foreach (double c in closes.Values) { BitConverter.TryWriteBytes(bytes, c); hash.AppendData(bytes); }
        foreach (var item in data.News) Add($"{item.Id}\t{item.Published.UtcTicks}\t{string.Join(';', item.Symbols)}\t{item.Headline}");
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
