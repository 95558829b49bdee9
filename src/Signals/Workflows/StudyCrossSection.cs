using Signals.Backtesting;
using Signals.Data;
using Signals.Features;

namespace Signals.Workflows;

/// <summary>
/// The cross-section a study ranks, each piece built once and only when first asked for: the traded names (the
/// benchmark split off), the headlines naming one of them, their daily sentiment and the decayed, expired signal
/// (before the universe filter). The route check (<see cref="MarketNewsStudy.RouteOf(IReadOnlyList{ScoredHeadline}, BarPanel, SentimentStudyOptions)"/>)
/// needs the signal to see whether the names differ at all, and the study trades that same signal: built in both
/// places, it was the study's longest feature step twice over.
/// </summary>
internal sealed class StudyCrossSection(BarPanel prices, IReadOnlyList<ScoredHeadline> headlines, SentimentStudyOptions options)
{
    private StudyUniverse? _universe;
    private HashSet<string>? _tradedSymbols;
    private IReadOnlyList<ScoredHeadline>? _matched;
    private DailySentiment? _daily;
    private Panel? _signal;

    /// <summary>The scored headlines the study was given.</summary>
    public IReadOnlyList<ScoredHeadline> Headlines => headlines;

    /// <summary>The traded panel and the benchmark's own (throws when a named benchmark has no prices).</summary>
    public StudyUniverse Universe => _universe ??= StudyUniverse.Split(prices, options.BenchmarkSymbol);

    /// <summary>The traded symbols, for matching headlines to names.</summary>
    public HashSet<string> TradedSymbols => _tradedSymbols ??= new HashSet<string>(Universe.Traded.Symbols, StringComparer.Ordinal);

    /// <summary>
    /// Headlines naming at least one traded symbol, in the given order: of a <see cref="ScoredHeadlineTable"/>, a view
    /// on its rows (the table itself when every headline names a traded symbol), so the headlines are held once.
    /// </summary>
    public IReadOnlyList<ScoredHeadline> Matched => _matched ??= headlines is ScoredHeadlineTable table
        ? table.WhereAnySymbol(TradedSymbols)
        : [.. headlines.Where(h => h.Symbols.Any(TradedSymbols.Contains))];

    /// <summary>The matched headlines summed per decision day and traded symbol, at the decision point the fill implies.</summary>
    public DailySentiment Daily => _daily ??= DailySentiment.Build(Matched, Universe.Traded.Dates, Universe.Traded.Symbols,
        FillDecisionTiming.Of(options.Backtest.Fill), options.CloseCutoff);

    /// <summary>Lets the daily sums go once the signal is built (asking for <see cref="Daily"/> again builds them anew).</summary>
    public void ReleaseDaily()
    {
        _ = Signal;
        _daily = null;
    }

    /// <summary>
    /// The decayed mean at the study's half-life, expired after <see cref="SentimentStudyOptions.MaxAgeDays"/> days
    /// without news. A fresh panel this object owns: the study may filter it in place once routing has read it.
    /// </summary>
    public Panel Signal
    {
        get
        {
            if (_signal is not null) return _signal;
            var signal = Daily.DecayedMean(options.HalfLifeDays);
            if (options.MaxAgeDays is int maxAge) SignalStaleness.ExpireInPlace(signal, Daily.Count, maxAge);
            return _signal = signal;
        }
    }
}
