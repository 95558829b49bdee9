using Signals.Data;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

/// <summary>What a universe file gives a study: sectors and quoted half-spreads, read by the one universe loader.</summary>
public sealed class StudyDataUniverseTests
{
    [Fact]
    public void The_sample_universe_gives_every_symbol_its_sector_and_spread_on_every_day()
    {
        var sample = SampleData.CommittedSample.Load();
        var data = new StudyData(sample.Panel, sample.News).WithUniverse(UniverseCsv.Load(SampleData.CommittedSample.PathOf("universe.csv")));

        Assert.Equal(sample.Panel.SymbolCount, data.Sectors!.Count);
        foreach (var member in sample.Universe) Assert.Equal(member.Sector, data.Sectors[member.Symbol]);
        var spreads = data.HalfSpreadBps!;
        Assert.Equal(sample.Panel.Dates, spreads.Dates);
        int s = Array.IndexOf(spreads.Symbols, sample.Universe[0].Symbol);
        double first = spreads[0, s];
        Assert.InRange(first, 1, 30);
        Assert.Equal(first, spreads[sample.Panel.DayCount - 1, s]);
    }

    [Fact]
    public void A_plain_ticker_list_gives_neither_sectors_nor_spreads()
    {
        var sample = SampleData.CommittedSample.Load();
        string path = Path.Combine(Path.GetTempPath(), $"tickers-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "ticker\n" + string.Join("\n", sample.Panel.Symbols) + "\n");
        try
        {
            var data = new StudyData(sample.Panel, sample.News).WithUniverse(UniverseCsv.Load(path));
            Assert.Null(data.Sectors);
            Assert.Null(data.HalfSpreadBps);
        }
        finally { File.Delete(path); }
    }
}
