using Signals.Data;
using Signals.Features;

namespace Signals.Analytics.Protocols;

/// <summary>Settings of <see cref="KirtacGermano.Run"/>; the defaults are the paper's.</summary>
public sealed record KirtacGermanoOptions
{
    /// <summary>Fraction of each day's names held long (the highest scores) and, separately, short (the lowest).</summary>
    public double Fraction { get; init; } = 0.2;
    /// <summary>Cost per unit traded, in bps, charged on entry and on exit.</summary>
    public double CostBps { get; init; } = 10;
    /// <summary>News before this exchange time trades at that day's open.</summary>
    public TimeOnly EarlyCutoff { get; init; } = new(6, 0);
    /// <summary>Null = the panel's days under US session hours (and NYSE early closes).</summary>
    public TradingCalendar? Calendar { get; init; }
}

/// <summary>What the protocol measured.</summary>
/// <param name="Candidates">(symbol, entry point) signals that had an entry price and a next one.</param>
/// <param name="LongShort">The daily top-minus-bottom book, gross and net of costs.</param>
/// <param name="OpenEntries">Candidates entered at an open.</param>
/// <param name="CloseEntries">Candidates entered at a close.</param>
/// <param name="HeadlinesDropped">Headlines with no usable score or an entry point off the panel.</param>
public sealed record KirtacGermanoResult(LongShortSeries LongShort, int Candidates, int OpenEntries, int CloseEntries, int HeadlinesDropped);

/// <summary>
/// Kirtac &amp; Germano (2024), "Sentiment trading with large language models": trade each headline's score at a point
/// fixed by its publication time, long the top 20 % and short the bottom 20 % of each day's names, 10 bps costs.
/// </summary>
/// <remarks>
/// Timing rule (exchange time): before 06:00 on a trading day → that day's open; 06:00 to the close → that day's close;
/// after the close, or on a day without a session → the next trading day's open. A signal entered at an open is held to
/// the next open, one entered at a close to the next close. Each (symbol, entry point) is one candidate scored by the
/// mean of its headlines — a stock can be held from the open and, on later news, again from the close. Each day k =
/// max(1, round(Fraction · n)) of the n candidates go long and k short (ties by panel order), needing n ≥ 2k; the book is
/// opened and closed each day, so 4 units trade per day (see <see cref="LongShortSeries"/>).
/// </remarks>
public static class KirtacGermano
{
    /// <summary>The paper's timing rule for one headline.</summary>
    public static DecisionPoint EntryPoint(DateTimeOffset published, TradingCalendar calendar, TimeOnly? earlyCutoff = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (date, time) = calendar.ToExchangeTime(published);
        if (!calendar.IsTradingDay(date)) return new DecisionPoint(calendar.NextTradingDay(date), DecisionTiming.Open);
        if (time < (earlyCutoff ?? new TimeOnly(6, 0))) return new DecisionPoint(date, DecisionTiming.Open);
        if (time < calendar.CloseOn(date)) return new DecisionPoint(date, DecisionTiming.Close);
        return new DecisionPoint(calendar.NextTradingDay(date), DecisionTiming.Open);
    }

    /// <summary>Runs the protocol: headlines with a non-finite score or an entry point off the panel are counted as dropped.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="KirtacGermanoOptions.Fraction"/> is not in (0, 0.5].</exception>
    public static KirtacGermanoResult Run(BarPanel prices, IEnumerable<ScoredHeadline> headlines, KirtacGermanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(headlines);
        options ??= new KirtacGermanoOptions();
        if (options.Fraction is <= 0 or > 0.5) throw new ArgumentOutOfRangeException(nameof(options), options.Fraction, "Fraction must be in (0, 0.5].");
        var calendar = options.Calendar ?? TradingCalendar.FromTradingDays(prices.Dates);
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var column = new Dictionary<string, int>(symbols, StringComparer.Ordinal);
        for (int s = 0; s < symbols; s++) column[prices.Symbols[s]] = s;

        // (day, timing, symbol) → Σ score, count. Timing 0 = open, 1 = close.
        // Most headlines name one symbol: their count sizes the sums, so the lists seldom grow (a doubling holds 3x at its copy).
        var sums = new GroupedSums(headlines.TryGetNonEnumeratedCount(out int headlineCount) ? headlineCount : 0);
        int dropped = 0;
        foreach (var h in headlines)
        {
            if (!double.IsFinite(h.Score)) { dropped++; continue; }
            var point = EntryPoint(h.Published, calendar, options.EarlyCutoff);
            int day = Array.BinarySearch(prices.Dates, point.Day);
            if (day < 0) { dropped++; continue; }
            bool any = false;
            foreach (var symbol in h.Symbols)
            {
                if (!column.TryGetValue(symbol, out int s)) continue;
                long key = ((long)day * 2 + (point.Timing == DecisionTiming.Open ? 0 : 1)) * symbols + s;
                sums.Add(key, h.Score);
                any = true;
            }
            if (!any) dropped++;
        }

        var longLeg = new double[days];
        var shortLeg = new double[days];
        Array.Fill(longLeg, double.NaN);
        Array.Fill(shortLeg, double.NaN);
        var candidates = new List<(double Score, double Return)>();
        int total = 0, opens = 0, closes = 0, current = -1;
        foreach (var (key, sum, count) in sums.Groups())
        {
            int day = (int)(key / symbols / 2), timing = (int)(key / symbols % 2), s = (int)(key % symbols);
            if (day != current) { Settle(current, candidates, options.Fraction, longLeg, shortLeg); candidates.Clear(); current = day; }
            if (day + 1 >= days) continue;
            var p = timing == 0 ? prices.Open : prices.Close;
            double entry = p[day, s], exit = p[day + 1, s];
            if (!(entry > 0) || !(exit > 0)) continue;
            candidates.Add((sum / count, exit / entry - 1));
            total++;
            if (timing == 0) opens++; else closes++;
        }
        Settle(current, candidates, options.Fraction, longLeg, shortLeg);
        var series = LongShortSeries.From(prices.Dates, longLeg, shortLeg, options.CostBps);
        return new KirtacGermanoResult(series, total, opens, closes, dropped);
    }

    private static void Settle(int day, List<(double Score, double Return)> candidates, double fraction, double[] longLeg, double[] shortLeg)
    {
        if (day < 0) return;
        int n = candidates.Count, k = Math.Max(1, (int)Math.Round(fraction * n, MidpointRounding.AwayFromZero));
        if (n < 2 * k) return;
        // A stable sort keeps panel order among equal scores, so ties resolve the same way on every run.
        var ranked = candidates.Select((c, i) => (c.Score, c.Return, i)).OrderBy(c => c.Score).ThenBy(c => c.i).ToArray();
        double shortSum = 0, longSum = 0;
        for (int i = 0; i < k; i++) { shortSum += ranked[i].Return; longSum += ranked[n - 1 - i].Return; }
        longLeg[day] = longSum / k;
        shortLeg[day] = shortSum / k;
    }
}
