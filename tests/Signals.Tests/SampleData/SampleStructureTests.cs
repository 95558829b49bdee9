using Signals.Data;
using Xunit.Abstractions;

namespace Signals.Tests.SampleData;

/// <summary>The committed sample looks like a market: enough names and years, sane bars, fat tails, clustered volatility, a real news clock.</summary>
public sealed class SampleStructureTests(ITestOutputHelper output)
{
    private static readonly string[] Files = ["universe.csv", "prices.csv", "news.csv", "news_truth.csv"];

    [Fact]
    public void Universe_spans_at_least_30_symbols_in_five_or_six_sectors_over_four_years_of_trading_days()
    {
        var sample = CommittedSample.Load();
        Assert.True(sample.Series.Count >= 30);
        Assert.Equal(sample.Universe.Select(u => u.Symbol), sample.Series.Select(s => s.Symbol));
        Assert.InRange(sample.Universe.Select(u => u.Sector).Distinct().Count(), 5, 6);

        var dates = sample.Panel.Dates;
        Assert.True(dates[^1].DayNumber - dates[0].DayNumber >= 4 * 365, $"{dates[0]}..{dates[^1]} is under four years");
        var expected = TradingCalendar.UsEquities().TradingDays(dates[0], dates[^1]).ToArray();
        Assert.Equal(expected, dates);
        Assert.All(sample.Series, s => Assert.Equal(dates.Length, s.Count));
    }

    [Fact]
    public void Bars_are_consistent_and_prices_stay_realistic()
    {
        foreach (var s in CommittedSample.Load().Series)
        {
            for (int i = 0; i < s.Count; i++)
            {
                Assert.True(s.Low[i] > 0, $"{s.Symbol} bar {i}: non-positive low");
                Assert.True(s.High[i] >= Math.Max(s.Open[i], s.Close[i]), $"{s.Symbol} bar {i}: high below body");
                Assert.True(s.Low[i] <= Math.Min(s.Open[i], s.Close[i]), $"{s.Symbol} bar {i}: low above body");
                Assert.True(s.Volume[i] > 0 && s.Volume[i] == Math.Round(s.Volume[i]), $"{s.Symbol} bar {i}: volume");
                Assert.InRange(s.Close[i], 1.0, 5000.0);
            }
        }
    }

    [Fact]
    public void Daily_returns_have_fat_tails_and_clustered_volatility()
    {
        var kurtosis = new List<double>();
        var acf = new List<double>();
        foreach (var s in CommittedSample.Load().Series)
        {
            var r = new double[s.Count - 1];
            for (int i = 1; i < s.Count; i++) r[i - 1] = Math.Log(s.Close[i] / s.Close[i - 1]);
            double mean = r.Average();
            double var2 = r.Average(x => (x - mean) * (x - mean));
            kurtosis.Add(r.Average(x => Math.Pow(x - mean, 4)) / (var2 * var2) - 3);
            var sq = r.Select(x => (x - mean) * (x - mean)).ToArray();
            double msq = sq.Average(), num = 0, den = 0;
            for (int i = 0; i < sq.Length; i++)
            {
                den += (sq[i] - msq) * (sq[i] - msq);
                if (i > 0) num += (sq[i] - msq) * (sq[i - 1] - msq);
            }
            acf.Add(num / den);
        }
        double medianKurtosis = kurtosis.Order().ElementAt(kurtosis.Count / 2), medianAcf = acf.Order().ElementAt(acf.Count / 2);
        output.WriteLine($"excess kurtosis of daily log returns: median {medianKurtosis:0.00}, min {kurtosis.Min():0.00}");
        output.WriteLine($"lag-1 autocorrelation of squared returns: median {medianAcf:0.000}, min {acf.Min():0.000}");
        Assert.True(medianKurtosis > 1, "fat tails");
        Assert.True(kurtosis.Min() > 0, "every name leptokurtic");
        Assert.True(medianAcf > 0.02, "volatility clustering");
    }

    [Fact]
    public void News_has_20000_headlines_around_the_clock_with_New_York_offsets()
    {
        var sample = CommittedSample.Load();
        var news = sample.News;
        var ny = TradingCalendar.UsEquities();
        Assert.True(news.Count >= 20_000, $"{news.Count} headlines");

        int weekend = 0, preMarket = 0, session = 0, afterHours = 0;
        foreach (var item in news)
        {
            var (date, time) = ny.ToExchangeTime(item.Published);
            Assert.Equal(ny.Zone.GetUtcOffset(NodaTime.Instant.FromDateTimeOffset(item.Published)).ToTimeSpan(), item.Published.Offset);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) weekend++;
            else if (time < new TimeOnly(9, 30)) preMarket++;
            else if (time < new TimeOnly(16, 0)) session++;
            else afterHours++;
        }
        output.WriteLine($"weekend {weekend}, pre-market {preMarket}, session {session}, after hours {afterHours}");
        Assert.True(weekend > 200 && preMarket > 2000 && session > 2000 && afterHours > 2000);
        Assert.Contains(news, n => n.Published.Offset == TimeSpan.FromHours(-5));
        Assert.Contains(news, n => n.Published.Offset == TimeSpan.FromHours(-4));
        Assert.True(news.Select(n => n.Source).Distinct().Count() >= 5, "several sources");

        var symbols = sample.Universe.Select(u => u.Symbol).ToHashSet();
        Assert.All(news, n => Assert.All(n.Symbols, s => Assert.Contains(s, symbols)));
        double distinct = news.Select(n => n.Headline).Distinct().Count() / (double)news.Count;
        output.WriteLine($"distinct headlines: {distinct:P1}");
        Assert.True(distinct > 0.85, "wording should vary");
    }

    [Fact]
    public void Truth_covers_every_headline_and_many_carry_no_tone()
    {
        var sample = CommittedSample.Load();
        Assert.Equal(sample.News.Count, sample.Truth.Count);
        Assert.All(sample.News, n => Assert.True(sample.Truth.ContainsKey(n.Id), n.Id));
        Assert.All(sample.Truth.Values, t => Assert.InRange(t.Tone, -1.0, 1.0));
        double zero = sample.Truth.Values.Count(t => t.Tone == 0) / (double)sample.Truth.Count;
        output.WriteLine($"headlines with no planted effect: {zero:P1}; event kinds: {sample.Truth.Values.Select(t => t.Event).Distinct().Count()}");
        Assert.InRange(zero, 0.35, 0.55);
        Assert.True(sample.Truth.Values.Select(t => t.Event).Distinct().Count() >= 25);
    }

    [Fact]
    public void Files_are_small_and_use_unix_line_endings()
    {
        long total = 0;
        foreach (var file in Files)
        {
            var bytes = File.ReadAllBytes(CommittedSample.PathOf(file));
            total += bytes.Length;
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{file} starts with a BOM");
        }
        output.WriteLine($"data/sample: {total / 1e6:0.00} MB");
        Assert.True(total < 10_000_000);
    }
}
