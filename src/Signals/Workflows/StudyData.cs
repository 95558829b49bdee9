using Signals.Data;
using Signals.Features;
using Signals.Reporting;

namespace Signals.Workflows;

/// <summary>What a study reads: prices, news, and optionally scores already made and the loaders' counts.</summary>
/// <param name="Prices">Daily bars of the universe (and of the benchmark symbol, when one is named).</param>
/// <param name="News">The headlines to score (or to join with <see cref="Scores"/>).</param>
public sealed record StudyData(BarPanel Prices, IReadOnlyList<NewsItem> News)
{
    /// <summary>The news loader's counts (rows read, skipped, duplicates), shown in the report's data section.</summary>
    public NewsLoad? NewsLoad { get; init; }
    /// <summary>The price loader's counts (rows read, left out by symbol, adjusted or not, source lines), shown in the report's data section.</summary>
    public PriceLoad? PriceLoad { get; init; }
    /// <summary>Scores read from a file; when set, no scorer runs.</summary>
    public IReadOnlyList<ScoredHeadline>? Scores { get; init; }
    /// <summary>Rows of the scores file left out as failed.</summary>
    public int ScoresExcluded { get; init; }
    /// <summary>Where each input came from (path, rows, span, hash), for the report's provenance table.</summary>
    public IReadOnlyList<DataProvenance> Provenance { get; init; } = [];
    /// <summary>
    /// The source row of a price, as "file:line", by symbol and date, when the price loader keeps line provenance;
    /// null = unknown. The suspicious-moves health check names the rows it flags with it.
    /// </summary>
    public Func<string, DateOnly, string?>? PriceRowSource
    {
        get => _priceRowSource ?? (PriceLoad is { } load ? (symbol, date) => load.SourceOf(symbol, date) is { } s ? $"{s.File}:{s.Line}" : null : null);
        init => _priceRowSource = value;
    }
    private readonly Func<string, DateOnly, string?>? _priceRowSource;
    /// <summary>Whether the prices are adjusted for splits and dividends, when the loader knows; null = not stated.</summary>
    /// (Without a value set here, the price loader's report decides: adjusted when <c>--adjusted</c> was used, raw when
    /// an adjusted column was left unused, unknown otherwise.)
    public bool? PricesAdjusted
    {
        get => _pricesAdjusted ?? (PriceLoad is { } load ? load.Adjusted ? true : load.HasUnusedAdjustedColumn ? false : null : null);
        init => _pricesAdjusted = value;
    }
    private readonly bool? _pricesAdjusted;
    /// <summary>Sector by symbol (e.g. from <see cref="UniverseCsv.Load"/> of the sample's universe.csv): sector-neutral portfolios and IC by sector; null = none known.</summary>
    public IReadOnlyDictionary<string, string>? Sectors { get; init; }
    /// <summary>Half the quoted spread in bps by day and symbol, for the cost section; null = the cost model's flat half-spread.</summary>
    public Panel? HalfSpreadBps { get; init; }

    /// <summary>
    /// The study's data with what a universe file knows: sectors (when it has a sector column) and quoted half-spreads
    /// (when it has a half_spread_bps column), laid out on these prices.
    /// </summary>
    public StudyData WithUniverse(UniverseTable universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        return this with
        {
            Sectors = universe.SectorBySymbol(),
            HalfSpreadBps = universe.HasHalfSpreads ? universe.HalfSpreadBps(Prices) : null,
        };
    }
}
