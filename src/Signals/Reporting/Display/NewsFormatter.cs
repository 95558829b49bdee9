using Signals.Data;

namespace Signals.Reporting.Display;

/// <summary>News headlines: published time, symbols, headline, source; the first and last items of long lists.</summary>
public static class NewsFormatter
{
    /// <summary>Items shown at each end of a long list.</summary>
    public const int Edge = 10;

    /// <summary>The news as an HTML fragment: a caption (items, symbols, period) and the first and last <see cref="Edge"/> items, text escaped.</summary>
    public static string ToHtml(IEnumerable<NewsItem> news)
    {
        var items = news as IReadOnlyList<NewsItem> ?? news.ToList();
        var symbols = items.SelectMany(i => i.Symbols).Distinct().Count();
        var range = items.Count == 0 ? "" : $"{items.Min(i => i.Published):yyyy-MM-dd} → {items.Max(i => i.Published):yyyy-MM-dd}";
        var caption = Summary.Caption("News", $"{items.Count} headlines", $"{symbols} symbols", range);

        var table = new HtmlTable("published", "symbols", "headline", "source");
        var (headEnd, tailStart) = Summary.HeadTail(items.Count, Edge);
        for (int i = 0; i < headEnd; i++) AddRow(table, items[i]);
        if (tailStart > headEnd) table.Gap($"… {tailStart - headEnd} more headlines …");
        for (int i = Math.Max(tailStart, headEnd); i < items.Count; i++) AddRow(table, items[i]);
        return caption + table;
    }

    private static void AddRow(HtmlTable table, NewsItem item) =>
        table.Row(item.Published, string.Join(", ", item.Symbols), item.Headline, item.Source);
}
