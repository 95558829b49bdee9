using Signals.Data;

namespace Signals.Analytics.EventStudies;

/// <summary>What an abnormal return is measured against.</summary>
public enum AbnormalReturnModel
{
    /// <summary>Raw returns: nothing subtracted.</summary>
    Raw,
    /// <summary>The return minus the benchmark's return over the same interval (the panel's equal-weighted mean unless a benchmark is given).</summary>
    Benchmark,
    /// <summary>
    /// The return minus α + β·benchmark, with α and β fitted by OLS per event on an estimation window that ends before
    /// the event window opens, so the event itself never enters its own model.
    /// </summary>
    MarketModel,
}

/// <summary>What one event is: every (headline, named symbol), or one (decision day, symbol) with the mean of its headlines' scores.</summary>
public enum EventUnit
{
    /// <summary>Each (headline, named symbol) is an event, scored by the headline's score.</summary>
    Headline,
    /// <summary>Each (decision day, symbol) with news is one event, scored by the mean of its headlines' scores.</summary>
    SymbolDay,
}

/// <summary>
/// How events are grouped by score. <see cref="Sign"/>: negative below −threshold, positive above +threshold, neutral
/// between (inclusive). <see cref="Quantiles"/>: equal-count buckets of the events' scores, Q1 the lowest.
/// </summary>
public sealed record EventBuckets
{
    private EventBuckets(double threshold, int quantiles) { Threshold = threshold; QuantileCount = quantiles; }

    /// <summary>Half-width of the neutral score band of sign buckets; 0 for quantile buckets.</summary>
    public double Threshold { get; }
    /// <summary>0 for sign buckets.</summary>
    public int QuantileCount { get; }

    /// <summary>Negative, neutral and positive buckets around a neutral band of half-width <paramref name="threshold"/> (score units).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative or not finite.</exception>
    public static EventBuckets Sign(double threshold = 0.05) =>
        threshold >= 0 && double.IsFinite(threshold) ? new(threshold, 0) : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The neutral band's half-width is a finite number ≥ 0.");

    /// <summary><paramref name="count"/> equal-count buckets of the events' scores, Q1 the lowest.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 2.</exception>
    public static EventBuckets Quantiles(int count) =>
        count >= 2 ? new(0, count) : throw new ArgumentOutOfRangeException(nameof(count), count, "At least two quantiles.");
}

/// <summary>Settings of <see cref="EventStudy.Run"/>. The defaults are the issue's: offsets −10..+20 around the decision open.</summary>
public sealed record EventStudyOptions
{
    /// <summary>Trading days before the decision point (offset −Before is the first).</summary>
    public int Before { get; init; } = 10;
    /// <summary>Trading days after the decision point (offset +After is the last).</summary>
    public int After { get; init; } = 20;
    /// <summary>What the abnormal return is measured against (default: the benchmark, the panel's equal-weighted mean unless given).</summary>
    public AbnormalReturnModel Model { get; init; } = AbnormalReturnModel.Benchmark;
    /// <summary>
    /// Daily benchmark returns aligned with the panel's days, over the same interval as the stock returns (open[t] →
    /// open[t+1] at the open timing, close[t−1]… see <see cref="Timing"/>); null = the panel's equal-weighted mean.
    /// </summary>
    public double[]? BenchmarkReturns { get; init; }
    /// <summary>Market-model estimation window length in trading days, ending <see cref="EstimationGap"/> days before offset −Before.</summary>
    public int EstimationDays { get; init; } = 120;
    /// <summary>Trading days between the end of the estimation window and offset −Before, so pre-event drift stays out of the model.</summary>
    public int EstimationGap { get; init; } = 5;
    /// <summary>Fewest finite days in the estimation window for a market model to be fitted (the event is skipped otherwise).</summary>
    public int MinEstimationDays { get; init; } = 60;
    /// <summary>Whether each headline is an event or each (decision day, symbol) is one.</summary>
    public EventUnit Unit { get; init; } = EventUnit.Headline;
    /// <summary>How events are bucketed by score (default: sign with a ±0.05 neutral band).</summary>
    public EventBuckets Buckets { get; init; } = EventBuckets.Sign();
    /// <summary>Open: prices are opens and offset 0 is the open of the decision day. Close: closes and the decision close.</summary>
    public DecisionTiming Timing { get; init; } = DecisionTiming.Open;
    /// <summary>Trading calendar for the decision points; null = the panel's days under US session hours.</summary>
    public TradingCalendar? Calendar { get; init; }
    /// <summary>Two-sided confidence level of the bands.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    internal void Validate()
    {
        if (Before < 1) throw new ArgumentOutOfRangeException(nameof(Before), Before, "At least one day before the event.");
        if (After < 1) throw new ArgumentOutOfRangeException(nameof(After), After, "At least one day after the event.");
        if (EstimationDays < 2 || MinEstimationDays < 2 || MinEstimationDays > EstimationDays)
            throw new ArgumentOutOfRangeException(nameof(EstimationDays), EstimationDays, "The estimation window needs at least two days and MinEstimationDays ≤ EstimationDays.");
        if (EstimationGap < 0) throw new ArgumentOutOfRangeException(nameof(EstimationGap), EstimationGap, "The gap cannot be negative.");
        if (ConfidenceLevel is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), ConfidenceLevel, "A level in (0, 1).");
    }
}
