using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>Each bar's file and line, however the rows lie: grouped by symbol (lines kept as a first line) or interleaved, out of order, with gaps.</summary>
public sealed class PriceRowSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("signals-rowsource-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(params string[] rows)
    {
        var path = Path.Combine(_dir, $"p{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "date,symbol,open,high,low,close,volume\n" + string.Concat(rows.Select(r => r + "\n")));
        return path;
    }

    private static string Row(string date, string symbol) => $"{date},{symbol},10,11,9,10.5,100";

    [Fact]
    public void Rows_grouped_by_symbol_name_every_bars_line_before_and_after_the_series_go()
    {
        var path = Write(Row("2024-01-02", "AAA"), Row("2024-01-03", "AAA"), Row("2024-01-04", "AAA"), Row("2024-01-02", "BBB"), Row("2024-01-03", "BBB"));
        var load = PriceCsv.LoadWithReport(path);
        foreach (var release in new[] { false, true })
        {
            if (release) load.ReleaseSeries();
            Assert.Equal(new PriceSource(path, 2), load.SourceOf("AAA", new DateOnly(2024, 1, 2)));
            Assert.Equal(new PriceSource(path, 4), load.SourceOf("AAA", new DateOnly(2024, 1, 4)));
            Assert.Equal(new PriceSource(path, 6), load.SourceOf("BBB", new DateOnly(2024, 1, 3)));
        }
    }

    [Fact]
    public void Interleaved_unordered_and_gapped_rows_name_each_bars_own_line()
    {
        var path = Write(Row("2024-01-03", "AAA"), Row("2024-01-02", "BBB"), "", Row("2024-01-02", "AAA"), Row("2024-01-03", "BBB"), Row("2024-01-05", "AAA"));
        var load = PriceCsv.LoadWithReport(path);
        load.ReleaseSeries();
        Assert.Equal(new PriceSource(path, 5), load.SourceOf("AAA", new DateOnly(2024, 1, 2)));
        Assert.Equal(new PriceSource(path, 2), load.SourceOf("AAA", new DateOnly(2024, 1, 3)));
        Assert.Equal(new PriceSource(path, 7), load.SourceOf("AAA", new DateOnly(2024, 1, 5)));
        Assert.Equal(new PriceSource(path, 3), load.SourceOf("BBB", new DateOnly(2024, 1, 2)));
        Assert.Equal(new PriceSource(path, 6), load.SourceOf("BBB", new DateOnly(2024, 1, 3)));
    }
}
