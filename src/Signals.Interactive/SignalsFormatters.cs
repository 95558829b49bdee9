using Microsoft.DotNet.Interactive.Formatting;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Interactive.Formatters;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Interactive;

/// <summary>Registers the HTML display of the kit's types with the kernel's formatter. DataFrames are left to the
/// kernel's own formatter.</summary>
public static class SignalsFormatters
{
    public static void Register()
    {
        NotebookCharts.NewSession();
        Html<BarSeries>(BarSeriesFormatter.ToHtml);
        Html<Panel>(PanelFormatter.ToHtml);
        Html<BarPanel>(PanelFormatter.ToHtml);
        Html<IEnumerable<NewsItem>>(NewsFormatter.ToHtml);
        Html<IEnumerable<SentimentResult>>(SentimentFormatter.ToHtml);
        Html<SentimentResult>(r => SentimentFormatter.ToHtml([r]));
        Html<PerformanceStats>(PerformanceStatsFormatter.ToHtml);
        Html<BacktestResult>(BacktestResultFormatter.ToHtml);
        Html<Figure>(NotebookCharts.ToHtml);
    }

    private static void Html<T>(Func<T, string> toHtml)
    {
        Formatter.Register<T>((value, writer) => writer.Write(toHtml(value)), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType);
    }
}
