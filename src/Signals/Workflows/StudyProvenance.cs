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
                File.Exists(pricesPath) ? FileHash.Sha256(pricesPath) : null),
        };
        if (news.Count > 0)
            list.Add(new(newsPath, news.Count, DateOnly.FromDateTime(news[0].Published.Date), DateOnly.FromDateTime(news[^1].Published.Date), FileHash.Sha256(newsPath)));
        return list;
    }
}
