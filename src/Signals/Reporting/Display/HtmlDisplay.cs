using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Sentiment;

namespace Signals.Reporting.Display;

/// <summary>The HTML display of the kit's types: one list, used by the notebook kernel's formatters
/// (Signals.Interactive) and by notebook pages (<see cref="Notebooks.NotebookPage"/>), so a table or chart looks the
/// same in both. Charts are drawn by <paramref name="chartHtml"/>: the kernel loads plotly.js with its first chart, a page
/// inlines it once in its head.</summary>
public sealed class HtmlDisplay(Func<Figure, string> chartHtml)
{
    /// <summary>Each displayable type with its HTML, most specific first.</summary>
    public IReadOnlyList<(Type Type, Func<object, string> ToHtml)> Formatters { get; } =
    [
        (typeof(BarSeries), v => BarSeriesFormatter.ToHtml((BarSeries)v)),
        (typeof(BarPanel), v => PanelFormatter.ToHtml((BarPanel)v)),
        (typeof(Panel), v => PanelFormatter.ToHtml((Panel)v)),
        (typeof(IEnumerable<NewsItem>), v => NewsFormatter.ToHtml((IEnumerable<NewsItem>)v)),
        (typeof(IEnumerable<SentimentResult>), v => SentimentFormatter.ToHtml((IEnumerable<SentimentResult>)v)),
        (typeof(SentimentResult), v => SentimentFormatter.ToHtml([(SentimentResult)v])),
        (typeof(PerformanceStats), v => PerformanceStatsFormatter.ToHtml((PerformanceStats)v)),
        (typeof(BacktestResult), v => BacktestResultFormatter.ToHtml((BacktestResult)v, chartHtml)),
        (typeof(Figure), v => chartHtml((Figure)v)),
    ];

    /// <summary>The HTML of a value of one of the kit's types; false for anything else.</summary>
    public bool TryFormat(object? value, out string html)
    {
        foreach (var (type, toHtml) in Formatters)
        {
            if (type.IsInstanceOfType(value))
            {
                html = toHtml(value!);
                return true;
            }
        }
        html = "";
        return false;
    }
}
