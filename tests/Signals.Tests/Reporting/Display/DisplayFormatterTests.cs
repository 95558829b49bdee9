using System.Net;
using System.Text.RegularExpressions;
using Signals.Data;
using Signals.Reporting.Display;

namespace Signals.Tests.Reporting.Display;

/// <summary>The notebook formatters: long tables show their edges and say what they left out; untrusted text is encoded.</summary>
public sealed class DisplayFormatterTests
{
    [Fact]
    public void A_long_wide_panel_shows_its_first_and_last_days_and_says_what_it_left_out()
    {
        var start = new DateOnly(2024, 1, 1);
        var dates = Enumerable.Range(0, 20).Select(start.AddDays).ToArray();
        var symbols = Enumerable.Range(0, 15).Select(s => $"S{s:00}").ToArray();
        var panel = new Panel(dates, symbols, new double[20 * 15]);
        for (int d = 0; d < 20; d++)
            for (int s = 0; s < 15; s++) panel[d, s] = d + s / 100.0;
        for (int s = 0; s < 15; s++) panel[3, s] = double.NaN;   // 15 of 300 values = 5.0 %

        var html = PanelFormatter.ToHtml(panel);
        var text = WebUtility.HtmlDecode(html);   // the caption's ×, → and … are encoded like any other text

        Assert.Contains("20 days × 15 symbols", text);
        Assert.Contains("2024-01-01 → 2024-01-20", text);
        Assert.Contains("5.0% missing", text);
        Assert.Contains("… 10 more days …", text);
        Assert.Contains("3 more symbols not shown", text);
        // Header plus the first and last five days; the twelve shown symbols, not S12–S14.
        var shownDays = Regex.Matches(html, @"<td>(\d{4}-\d{2}-\d{2})</td>").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05",
            "2024-01-16", "2024-01-17", "2024-01-18", "2024-01-19", "2024-01-20"], shownDays);
        Assert.Contains("<th>S11</th>", html);
        Assert.DoesNotContain("<th>S12</th>", html);
        Assert.Contains("<td style=\"text-align:right\">NaN</td>", html);          // the missing day is shown as missing
        Assert.Contains("<td style=\"text-align:right\">19.11</td>", html);        // numbers in invariant culture
    }

    [Fact]
    public void Headlines_and_sources_are_html_encoded_because_they_are_untrusted_text()
    {
        var news = new[]
        {
            new NewsItem("1", new DateTimeOffset(2024, 3, 1, 14, 30, 0, TimeSpan.Zero), ["AAA", "BBB"], "<script>alert('x')</script> beats & raises", Source: "<b>wire</b>"),
        };

        var html = NewsFormatter.ToHtml(news);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>wire</b>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; beats &amp; raises", html);
        Assert.Contains("<td>AAA, BBB</td>", html);
        Assert.Contains("1 headlines", html);
        Assert.Contains("2 symbols", html);
    }
}
