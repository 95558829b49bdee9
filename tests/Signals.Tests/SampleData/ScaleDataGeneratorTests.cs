using Signals.Data;
using Signals.SampleData;
using Signals.Sentiment;

namespace Signals.Tests.SampleData;

public class ScaleDataGeneratorTests
{
    private static readonly string[] Files = [SampleDataFiles.UniverseFile, SampleDataFiles.PricesFile, SampleDataFiles.NewsFile, SampleDataFiles.TruthFile];

    [Fact]
    public void The_same_options_write_the_same_bytes_and_another_seed_does_not()
    {
        using var temp = new TempFiles();
        var options = new ScaleDataOptions(Seed: 7, Symbols: 30, Years: 2, HeadlinesPerYear: 12);
        ScaleDataGenerator.Write(options, temp.PathOf("a"));
        ScaleDataGenerator.Write(options, temp.PathOf("b"));
        ScaleDataGenerator.Write(options with { Seed = 8 }, temp.PathOf("c"));
        foreach (var f in Files)
        {
            Assert.Equal(File.ReadAllBytes(temp.PathOf("a/" + f)), File.ReadAllBytes(temp.PathOf("b/" + f)));
            Assert.NotEqual(File.ReadAllBytes(temp.PathOf("a/" + f)), File.ReadAllBytes(temp.PathOf("c/" + f)));
        }
        Assert.Empty(Directory.GetFiles(temp.PathOf("a"), "*.tmp"));
    }

    [Fact]
    public void The_files_load_with_the_kits_own_readers_at_the_asked_size()
    {
        using var temp = new TempFiles();
        var summary = ScaleDataGenerator.Write(new ScaleDataOptions(Seed: 42, Symbols: 40, Years: 3, HeadlinesPerYear: 20), temp.Root);

        var panel = PriceCsv.LoadPanel(temp.PathOf(SampleDataFiles.PricesFile));
        Assert.Equal(40, panel.SymbolCount);
        Assert.Equal(summary.Sessions, panel.DayCount);
        Assert.Equal(new DateOnly(2022, 1, 3), panel.Dates[0]);
        Assert.Equal(new DateOnly(2024, 12, 31), panel.Dates[^1]);
        Assert.Equal(40L * summary.Sessions, summary.Bars);
        Assert.DoesNotContain(panel.Close.Values, double.IsNaN);

        var news = NewsFile.Load(temp.PathOf(SampleDataFiles.NewsFile));
        Assert.Equal(summary.Headlines, news.Count);
        // About H per name-year: round(20 × sessions / 252) per name.
        Assert.Equal(40 * (int)Math.Round(20 * summary.Sessions / 252.0), news.Count);
        Assert.Equal(news.Count, news.Select(n => n.Id).Distinct().Count());
        Assert.All(news, n => Assert.Contains(n.Symbols[0], panel.Symbols));
        Assert.Contains(news, n => n.Headline.Contains(','));   // quoted fields round-trip
        Assert.Equal(40, UniverseCsv.Load(temp.PathOf(SampleDataFiles.UniverseFile)).Members.Count);
    }

    [Fact]
    public async Task Headlines_carry_their_planted_tone_in_words_the_lexicon_reads()
    {
        using var temp = new TempFiles();
        ScaleDataGenerator.Write(new ScaleDataOptions(Seed: 3, Symbols: 10, Years: 1, HeadlinesPerYear: 40), temp.Root);
        var news = NewsFile.Load(temp.PathOf(SampleDataFiles.NewsFile));
        var tone = File.ReadLines(temp.PathOf(SampleDataFiles.TruthFile)).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news);
        int agree = 0, toned = 0;
        for (int i = 0; i < news.Count; i++)
        {
            double t = tone[news[i].Id];
            if (Math.Abs(t) <= 0.3) continue;
            toned++;
            if (Math.Sign(scores[i].Score) == Math.Sign(t)) agree++;
        }
        Assert.True(toned > 100, $"only {toned} toned headlines");
        Assert.True(agree >= 0.9 * toned, $"lexicon agrees with the planted tone on {agree} of {toned}");
    }

    [Theory]
    [InlineData(0, 10, 20)]
    [InlineData(10, 0, 20)]
    [InlineData(10, 10, -1)]
    public void Impossible_sizes_are_refused_with_a_reason(int symbols, int years, int perYear)
    {
        var options = new ScaleDataOptions(1, symbols, years, perYear);
        Assert.NotNull(options.Problem());
        Assert.Throws<ArgumentException>(() => ScaleDataGenerator.Write(options, Path.GetTempPath()));
    }

    [Fact]
    public void Tickers_are_unique_four_letter_codes()
    {
        var tickers = Enumerable.Range(0, 5000).Select(ScaleDataGenerator.Ticker).ToList();
        Assert.Equal(5000, tickers.Distinct().Count());
        Assert.Equal("AAAA", tickers[0]);
        Assert.Equal("AAAB", tickers[1]);
        Assert.All(tickers, t => Assert.Matches("^[A-Z]{4}$", t));
    }
}
