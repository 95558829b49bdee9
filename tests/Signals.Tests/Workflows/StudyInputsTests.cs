using Signals.Data;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

/// <summary>Prices and news read side by side, or the news after the prices: the same loads and hashes as one after the other, the same first error.</summary>
public sealed class StudyInputsTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    // News larger than these bytes loads after the prices: 0 for every news file, long.MaxValue for none.
    public static TheoryData<long> Orders => [0, long.MaxValue];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Side_by_side_or_one_after_the_other_loads_equal_the_loaders_alone_with_the_files_hashes(long newsAfterPricesBytes)
    {
        string prices = RepoPaths.Of("data", "sample", "prices.csv"), news = RepoPaths.Of("data", "sample", "news.csv");

        var inputs = StudyInputs.Load(prices, null, news, null, releaseSeries: true, newsAfterPricesBytes);

        var alonePrices = PriceCsv.LoadWithReport(prices);
        var aloneNews = NewsFile.LoadWithReport(news);
        Assert.Equal(alonePrices.Panel.Dates, inputs.Prices.Panel.Dates);
        Assert.Equal(alonePrices.Panel.Symbols, inputs.Prices.Panel.Symbols);
        Assert.Equal(alonePrices.Panel.Close.Values, inputs.Prices.Panel.Close.Values);
        Assert.Equal(alonePrices.RowsRead, inputs.Prices.RowsRead);
        Assert.Throws<InvalidOperationException>(() => inputs.Prices.Series);   // released, as asked
        Assert.Equal(aloneNews.Items.Select(Key), inputs.News.Items.Select(Key));
        Assert.Equal(StudyProvenance.Of(alonePrices, news, aloneNews), inputs.Provenance);
        Assert.Equal(FileHash.Sha256(prices), inputs.Provenance[0].Sha256);
        Assert.Equal(FileHash.Sha256(news), inputs.Provenance[1].Sha256);
    }

    private static string Key(NewsItem n) => $"{n.Id}|{n.Published:O}|{string.Join(';', n.Symbols)}|{n.Headline}|{n.Body}|{n.Source}";

    [Theory]
    [MemberData(nameof(Orders))]
    public void When_both_files_are_bad_the_prices_error_comes_first_as_in_a_sequential_load(long newsAfterPricesBytes)
    {
        string prices = _files.Write("prices.csv", "date,symbol,open,high,low,close,volume\n2024-01-02,AAA,1,1,1,oops,10\n");
        string news = _files.Write("news.csv", "timestamp,symbol,headline\nnot-a-time,AAA,Something happened\n");

        var error = Assert.Throws<DataFormatException>(() => StudyInputs.Load(prices, null, news, null, false, newsAfterPricesBytes));
        Assert.Contains("prices.csv", error.Message);
        Assert.Equal(2, error.Line);

        string goodPrices = RepoPaths.Of("data", "sample", "prices.csv");
        var newsError = Assert.Throws<DataFormatException>(() => StudyInputs.Load(goodPrices, null, news, null, false, newsAfterPricesBytes));
        Assert.Contains("news.csv", newsError.Message);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void A_missing_file_is_the_loaders_error_not_the_hashers(long newsAfterPricesBytes)
    {
        string prices = RepoPaths.Of("data", "sample", "prices.csv"), news = RepoPaths.Of("data", "sample", "news.csv");
        var error = Assert.Throws<DataFormatException>(() => StudyInputs.Load(_files.PathOf("absent.csv"), null, news, null, false, newsAfterPricesBytes));
        Assert.Contains("absent.csv", error.Message);
        var newsError = Assert.Throws<DataFormatException>(() => StudyInputs.Load(prices, null, _files.PathOf("absent-news"), null, false, newsAfterPricesBytes));
        Assert.Contains("absent-news", newsError.Message);
    }

    [Fact]
    public void The_news_size_is_a_files_or_the_sum_of_the_files_a_folder_loads()
    {
        string file = _files.Write("feed/a.csv", new string('x', 1000));
        _files.Write("feed/deeper/b.jsonl", new string('y', 234));
        _files.Write("feed/.hidden/c.csv", new string('z', 5000));   // the loader skips hidden files: so does the size
        Assert.Equal(1000, StudyInputs.SizeOnDisk(file));
        Assert.Equal(1234, StudyInputs.SizeOnDisk(_files.PathOf("feed")));
        Assert.Equal(0, StudyInputs.SizeOnDisk(_files.PathOf("absent")));
        Assert.True(StudyInputs.NewsAfterPricesBytes > new FileInfo(RepoPaths.Of("data", "sample", "news.csv")).Length);
    }
}
