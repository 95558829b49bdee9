using Signals.Data;
using Signals.Features;

namespace Signals.Analytics.Protocols;

/// <summary>One symbol-day of the Lopez-Lira &amp; Tang regression: the mean headline score and the return that followed.</summary>
/// <param name="Date">The decision day (news aligned to its open).</param>
/// <param name="Symbol">The symbol.</param>
/// <param name="Score">Mean score of the symbol-day's headlines.</param>
/// <param name="NextReturn">Simple return from that open to the next open.</param>
public readonly record struct SymbolDayObservation(DateOnly Date, string Symbol, double Score, double NextReturn);

/// <summary>Settings of <see cref="LopezLiraTang.Run"/>.</summary>
public sealed record LopezLiraTangOptions
{
    /// <summary>Cost of the positive-minus-negative long-short per unit traded, in bps (the paper reports gross returns; net is shown beside).</summary>
    public double CostBps { get; init; } = 10;
    /// <summary>Trading calendar for the decision points; null = the panel's days under US session hours.</summary>
    public TradingCalendar? Calendar { get; init; }
}

/// <summary>Everything the protocol measured: the regression, the long-short, and the observations behind both.</summary>
/// <param name="Regression">Next return on score with day fixed effects, day-clustered.</param>
/// <param name="LongShort">Long positive scores, short negative ones, equal weights, daily.</param>
/// <param name="Observations">The symbol-days behind both.</param>
/// <param name="HeadlinesDropped">Headlines whose decision point fell outside the panel or that named no panel symbol.</param>
public sealed record LopezLiraTangResult(FixedEffectsFit Regression, LongShortSeries LongShort, IReadOnlyList<SymbolDayObservation> Observations, int HeadlinesDropped);

/// <summary>
/// Lopez-Lira &amp; Tang (2023), "Can ChatGPT forecast stock price movements?": regress the next day's return on the
/// symbol-day's headline score, pooled, with day fixed effects and day-clustered standard errors, and trade long the
/// names with positive scores and short those with negative ones.
/// </summary>
/// <remarks>
/// The kit's point-in-time form: each headline goes to its first decision point at the open
/// (<see cref="HeadlineAlignment"/>); a symbol-day's score is the mean of its headlines' scores; the next return runs
/// from that open to the next open (open[D] → open[D+1]), the first return anyone could have earned. Symbol-days
/// without a next return are left out. The regression is <see cref="DayFixedEffectsRegression"/>
/// (c = G/(G−1)·(N−1)/(N−G−1)); the long-short equal-weights each side each day and is
/// flat on days that lack either side.
/// </remarks>
public static class LopezLiraTang
{
    /// <summary>Runs the protocol on <paramref name="prices"/>: open-aligned mean scores, next open-to-open simple returns, the fixed-effects regression and the sign long-short.</summary>
    public static LopezLiraTangResult Run(BarPanel prices, IEnumerable<ScoredHeadline> headlines, LopezLiraTangOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(headlines);
        options ??= new LopezLiraTangOptions();
        var (sum, count, dropped) = SumsAndCounts(prices, headlines, options);
        double[] next = ForwardReturns.Compute(prices, 1, ForwardReturnBasis.Open).Values;

        int days = prices.DayCount, symbols = prices.SymbolCount;
        // Counted first, so the columns are allocated once at their size.
        int observed = 0;
        for (int cell = 0; cell < sum.Length; cell++)
            if (double.IsFinite(MeanScore(sum, count, cell)) && double.IsFinite(next[cell])) observed++;
        var cells = new int[observed];
        var scores = new double[observed];
        var returns = new double[observed];
        var longLeg = new double[days];
        var shortLeg = new double[days];
        int o = 0;
        for (int d = 0; d < days; d++)
        {
            double longSum = 0, shortSum = 0; int longs = 0, shorts = 0;
            for (int s = 0; s < symbols; s++)
            {
                int cell = d * symbols + s;
                double score = MeanScore(sum, count, cell), r = next[cell];
                if (!double.IsFinite(score) || !double.IsFinite(r)) continue;
                cells[o] = cell; scores[o] = score; returns[o] = r; o++;
                if (score > 0) { longSum += r; longs++; }
                else if (score < 0) { shortSum += r; shorts++; }
            }
            longLeg[d] = longs > 0 ? longSum / longs : double.NaN;
            shortLeg[d] = shorts > 0 ? shortSum / shorts : double.NaN;
        }
        // Cells run in panel order, so their days appear in ascending order: the day numbers the regression needs.
        var fit = DayFixedEffectsRegression.Fit(cells, Math.Max(1, symbols), days, scores, returns);
        var longShort = LongShortSeries.From(prices.Dates, longLeg, shortLeg, options.CostBps);
        return new LopezLiraTangResult(fit, longShort, new SymbolDayObservations(prices.Dates, prices.Symbols, cells, scores, returns), dropped);
    }

    /// <summary>
    /// The daily sentiment's sums and counts alone: the mean is read from them where it is needed (Mean() would be one
    /// more day × symbol panel), and the sentiment's per-headline alignment goes when this returns, before the
    /// observations are built, not with the method that built it.
    /// </summary>
    private static (double[] Sum, double[] Count, int Dropped) SumsAndCounts(BarPanel prices, IEnumerable<ScoredHeadline> headlines, LopezLiraTangOptions options)
    {
        var sentiment = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: options.Calendar);
        return (sentiment.Sum.Values, sentiment.Count.Values, sentiment.Dropped);
    }

    /// <summary>The symbol-day's mean score, NaN without news: DailySentiment.Mean's cell, computed alone.</summary>
    private static double MeanScore(double[] sum, double[] count, int cell) => DailySentiment.CellRatio(sum[cell], count[cell]);
}
