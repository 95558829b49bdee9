using Signals.Data;
using Signals.Reporting;

namespace Signals.Workflows;

/// <summary>Where a study's inputs came from, for its report: each file with its rows, first and last date and SHA-256.</summary>
public static class StudyProvenance
{
    /// <summary>
    /// The prices (rows = days × symbols; hashed when <paramref name="pricesPath"/> is one file, not a folder) and the
    /// news (when there is any), in that order.
    /// </summary>
    public static IReadOnlyList<DataProvenance> Of(string pricesPath, BarPanel prices, string newsPath, IReadOnlyList<NewsItem> news)
    {
        var list = new List<DataProvenance>
        {
            new(pricesPath, prices.DayCount * (long)prices.SymbolCount, prices.Dates[0], prices.Dates[^1],
                FileHash.Of(pricesPath)),
        };
        if (news.Count > 0)
            list.Add(new(newsPath, news.Count, DateOnly.FromDateTime(news[0].Published.Date), DateOnly.FromDateTime(news[^1].Published.Date), FileHash.Sha256(newsPath)));
        return list;
    }

    /// <summary>
    /// The prices as the loader read them (rows read, kept or not; marked "(adjusted)" when adjusted; a folder hashed
    /// as one over its files by relative path) and the news (rows read; a folder hashed the same way), in that order.
    /// </summary>
    /// <param name="prices">The price load.</param>
    /// <param name="newsPath">The news file or folder as given.</param>
    /// <param name="news">The news load.</param>
    /// <param name="pricesSha256">The prices' <see cref="FileHash.Of"/> when the caller has it already; null hashes them here.</param>
    /// <param name="newsSha256">The news' <see cref="FileHash.Of"/> when the caller has it already; null hashes it here.</param>
    public static IReadOnlyList<DataProvenance> Of(PriceLoad prices, string newsPath, NewsLoad news, string? pricesSha256 = null, string? newsSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(news);
        var panel = prices.Panel;
        var items = news.Items;
        pricesSha256 ??= prices.Sha256();
        newsSha256 ??= FileHash.Of(newsPath);
        return
        [
            new(prices.Path + (prices.Adjusted ? " (adjusted)" : ""), prices.RowsRead, panel.Dates[0], panel.Dates[^1], pricesSha256),
            items.Count > 0
                ? new(newsPath, news.RowsRead, DateOnly.FromDateTime(items[0].Published.Date), DateOnly.FromDateTime(items[^1].Published.Date), newsSha256)
                : new(newsPath, news.RowsRead, null, null, newsSha256),
        ];
    }
}
