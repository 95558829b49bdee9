using Signals.Data;

namespace Signals.Features;

/// <summary>
/// Scored headlines aggregated per symbol and decision day, on a price panel's days. Row d holds the headlines
/// whose first decision point is day d (news first usable then, nothing later). Days without news are NaN in
/// the means and 0 in <see cref="Count"/> — no news is not neutral news.
/// </summary>
public sealed class DailySentiment
{
    /// <summary>Hands the aligned scores to a sink again, in the order they were summed: for the confidence panels, built on first use.</summary>
    private readonly Action<HeadlineAlignment.ISink> _replay;
    private Panel? _weightedSum, _confidenceSum;

    private DailySentiment(DecisionTiming timing, Panel sum, Panel count, Action<HeadlineAlignment.ISink> replay, int dropped)
    {
        Timing = timing; Sum = sum; Count = count; _replay = replay; Dropped = dropped;
    }

    /// <summary>The decision point each row is aligned to: row d is known at day d's open or close.</summary>
    public DecisionTiming Timing { get; }
    /// <summary>Σ score of the day's headlines (0 without news).</summary>
    public Panel Sum { get; }
    /// <summary>Number of the day's scored headlines.</summary>
    public Panel Count { get; }
    /// <summary>Σ confidence × score (built on first use: most studies never weigh by confidence, and two day × symbol panels are the size of the prices' close and open).</summary>
    public Panel ConfidenceWeightedSum
    {
        get
        {
            BuildConfidencePanels();
            return _weightedSum!;
        }
    }

    /// <summary>Σ confidence (built on first use, with <see cref="ConfidenceWeightedSum"/>).</summary>
    public Panel ConfidenceSum
    {
        get
        {
            BuildConfidencePanels();
            return _confidenceSum!;
        }
    }
    /// <summary>Headlines left out because their decision point falls outside the panel or they name no panel symbol.</summary>
    public int Dropped { get; }
    /// <summary>The decision days (rows), those of the price panel the sentiment was built on.</summary>
    public DateOnly[] Dates => Sum.Dates;
    /// <summary>The symbols (columns), in the price panel's order.</summary>
    public string[] Symbols => Sum.Symbols;

    /// <summary>Mean score of the day's headlines; NaN without news.</summary>
    public Panel Mean() => Ratio(Sum, Count);

    /// <summary>Σ confidence × score / Σ confidence; NaN without news (or with zero total confidence).</summary>
    public Panel ConfidenceWeightedMean() => Ratio(ConfidenceWeightedSum, ConfidenceSum);

    /// <summary>
    /// The mean score with past days' news carried forward at weight ½ per <paramref name="halfLifeDays"/> trading
    /// days: (Σ_{j≤d} α^{d−j} sum_j) / (Σ_{j≤d} α^{d−j} count_j). Only past rows enter; NaN until the first news.
    /// </summary>
    public Panel DecayedMean(double halfLifeDays) => DecayingMean().At(halfLifeDays);

    /// <summary>As <see cref="DecayedMean"/>, each headline weighted by its confidence.</summary>
    public Panel DecayedConfidenceWeightedMean(double halfLifeDays) => DecayingConfidenceWeightedMean().At(halfLifeDays);

    /// <summary>The news flow as a signal whose half-life a backtest picks per run (<see cref="DecayedMean"/> at each half-life).</summary>
    public DecayingSignal DecayingMean() => new(Sum, Count, Timing);

    /// <summary>As <see cref="DecayingMean"/>, each headline weighted by its confidence.</summary>
    public DecayingSignal DecayingConfidenceWeightedMean() => new(ConfidenceWeightedSum, ConfidenceSum, Timing);

    /// <summary>How unusual today's mean is for this symbol: z against its trailing <paramref name="window"/> days of means.</summary>
    public Panel Surprise(int window = 20, int minPeriods = 5) => SentimentSurprise.Compute(Mean(), window, minPeriods);

    /// <summary>Aligns each headline to its first decision point (<see cref="TradingCalendar.FirstDecisionPoint"/>) and sums the scores per day and symbol.</summary>
    /// <param name="headlines">Scored headlines with their publication instants and symbols.</param>
    /// <param name="days">Decision days, ascending (normally the price panel's dates).</param>
    /// <param name="symbols">Columns; a headline's score goes to each of its symbols that is listed.</param>
    /// <param name="timing">Decide at the open or at the close.</param>
    /// <param name="closeCutoff">For close decisions: the exchange-local time after which news waits for the next close (default 15 minutes before the close).</param>
    /// <param name="calendar">Trading days and session times; default: the given days in America/New_York.</param>
    public static DailySentiment Build(
        IEnumerable<ScoredHeadline> headlines, DateOnly[] days, string[] symbols,
        DecisionTiming timing = DecisionTiming.Open, TimeOnly? closeCutoff = null, TradingCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        if (headlines is not ScoredHeadlineTable table)
        {
            var aligned = HeadlineAlignment.Align(headlines, days, symbols, timing, out int dropped, closeCutoff, calendar);
            return FromAligned(aligned, days, symbols, timing, dropped);
        }
        // A table cannot change: rather than hold a 24-byte aligned record per headline (360 MB at 15 M) for the
        // confidence panels few studies ask for, sum as the headlines are aligned and align them again if asked.
        var sums = new SumSink(days.Length * symbols.Length, symbols.Length);
        int droppedFromTable = HeadlineAlignment.AlignInto(table, days, symbols, timing, closeCutoff, calendar, sums);
        return new DailySentiment(timing, new Panel(days, symbols, sums.Sum), new Panel(days, symbols, sums.Count),
            sink => HeadlineAlignment.AlignInto(table, days, symbols, timing, closeCutoff, calendar, sink), droppedFromTable);
    }

    /// <summary>Adds each aligned score to its cell's sum and count, as <see cref="FromAligned"/> does.</summary>
    private sealed class SumSink(int cells, int symbols) : HeadlineAlignment.ISink
    {
        public double[] Sum { get; } = new double[cells];
        public double[] Count { get; } = new double[cells];

        public void Add(AlignedScore score)
        {
            Sum[score.Day * symbols + score.Symbol] += score.Score;
            Count[score.Day * symbols + score.Symbol] += 1;
        }
    }

    /// <summary>Sums scores already aligned to rows (e.g. by <see cref="HeadlineAlignment.Align"/>); <paramref name="dropped"/> is recorded as <see cref="Dropped"/>.</summary>
    public static DailySentiment FromAligned(IEnumerable<AlignedScore> aligned, DateOnly[] days, string[] symbols, DecisionTiming timing, int dropped = 0)
    {
        ArgumentNullException.ThrowIfNull(aligned);
        var scores = aligned as IReadOnlyList<AlignedScore> ?? [.. aligned];
        var sums = new SumSink(days.Length * symbols.Length, symbols.Length);
        foreach (var a in scores)
        {
            CheckPlace(a, days.Length, symbols.Length);
            sums.Add(a);
        }
        return new DailySentiment(timing, new Panel(days, symbols, sums.Sum), new Panel(days, symbols, sums.Count), sink =>
        {
            foreach (var a in scores) sink.Add(a);
        }, dropped);
    }

    private void BuildConfidencePanels()
    {
        if (_confidenceSum is not null) return;
        // The same additions in the same order as the sums, so each cell is what an eager build would hold.
        var sums = new ConfidenceSink(Sum.Values.Length, Symbols.Length);
        _replay(sums);
        _weightedSum = new Panel(Dates, Symbols, sums.Weighted);
        _confidenceSum = new Panel(Dates, Symbols, sums.Confidence);
    }

    /// <summary>Adds each aligned score's confidence × score and confidence to its cell.</summary>
    private sealed class ConfidenceSink(int cells, int symbols) : HeadlineAlignment.ISink
    {
        public double[] Weighted { get; } = new double[cells];
        public double[] Confidence { get; } = new double[cells];

        public void Add(AlignedScore score)
        {
            Weighted[score.Day * symbols + score.Symbol] += score.Confidence * score.Score;
            Confidence[score.Day * symbols + score.Symbol] += score.Confidence;
        }
    }

    private static void CheckPlace(AlignedScore a, int days, int symbols)
    {
        if ((uint)a.Day >= (uint)days || (uint)a.Symbol >= (uint)symbols)
            throw new ArgumentOutOfRangeException(nameof(a), $"aligned score at day {a.Day}, symbol {a.Symbol} is outside the {days} x {symbols} panel");
    }

    private static Panel Ratio(Panel numerator, Panel denominator)
    {
        var result = new Panel(numerator.Dates, numerator.Symbols, new double[numerator.Values.Length]);
        for (int i = 0; i < result.Values.Length; i++)
            result.Values[i] = CellRatio(numerator.Values[i], denominator.Values[i]);
        return result;
    }

    /// <summary>One cell of a mean: the sum over its weight, NaN without any (no news is not neutral news).</summary>
    internal static double CellRatio(double sum, double weight) => weight > 0 ? sum / weight : double.NaN;
}
