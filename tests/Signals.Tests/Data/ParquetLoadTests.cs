using Parquet.Serialization;
using Signals.Data;

namespace Signals.Tests.Data;

public sealed class ParquetLoadTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private sealed class PriceRow
    {
        public DateTime Date { get; set; }
        public string Symbol { get; set; } = "";
        public double Open { get; set; }
        public double High { get; set; }
        public double Low { get; set; }
        public double Close { get; set; }
        public long Volume { get; set; }
    }

    private sealed class NewsRow
    {
        public DateTime Published { get; set; }
        public string Tickers { get; set; } = "";
        public string Title { get; set; } = "";
    }

    private string Write<T>(string name, IEnumerable<T> rows)
    {
        var path = _files.PathOf(name);
        ParquetSerializer.SerializeAsync(rows, path).GetAwaiter().GetResult();
        return path;
    }

    [Fact]
    public void Long_format_prices_load_like_the_csv_they_would_be()
    {
        var rows = new List<PriceRow>();
        foreach (var symbol in new[] { "AAA", "BBB" })
            for (int d = 0; d < 3; d++)
                rows.Add(new PriceRow { Date = new DateTime(2024, 1, 2 + d), Symbol = symbol, Open = 10 + d, High = 11 + d, Low = 9 + d, Close = 10.5 + d, Volume = 1000 * (d + 1) });
        var panel = PriceCsv.LoadPanel(Write("prices.parquet", rows));
        Assert.Equal(["AAA", "BBB"], panel.Symbols);
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4)], panel.Dates);
        Assert.Equal(12.5, panel.Close[2, 1]);
        Assert.Equal(2000, panel.Volume[1, 0]);
    }

    [Fact]
    public void A_bad_parquet_row_is_named_like_a_csv_line()
    {
        var rows = new List<PriceRow>
        {
            new() { Date = new DateTime(2024, 1, 2), Symbol = "AAA", Open = 10, High = 11, Low = 9, Close = 10 },
            new() { Date = new DateTime(2024, 1, 3), Symbol = "AAA", Open = 10, High = 8, Low = 9, Close = 10 },
        };
        var path = Write("bad.parquet", rows);
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadPanel(path));
        Assert.Equal(3, e.Line);   // header is line 1, row 2 is line 3
        Assert.Contains("below low", e.Message);
    }

    [Fact]
    public void News_from_parquet_with_utc_timestamps_and_aliases()
    {
        var path = Write("news.parquet", new[]
        {
            new NewsRow { Published = new DateTime(2024, 3, 1, 15, 5, 0, DateTimeKind.Utc), Tickers = "AAA;BBB", Title = "Both rise" },
            new NewsRow { Published = new DateTime(2024, 3, 1, 14, 0, 0, DateTimeKind.Utc), Tickers = "CCC", Title = "Earlier" },
        });
        var news = NewsFile.Load(path);
        Assert.Equal(["Earlier", "Both rise"], news.Select(n => n.Headline));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 15, 5, 0, TimeSpan.Zero), news[1].Published);
        Assert.Equal(["AAA", "BBB"], news[1].Symbols);
    }
}
