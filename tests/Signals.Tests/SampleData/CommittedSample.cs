using Signals.Data;
using Signals.SampleData;

namespace Signals.Tests.SampleData;

/// <summary>The committed data/sample files, loaded once with the library's strict loaders.</summary>
public sealed class CommittedSample
{
    private static readonly Lazy<CommittedSample> Instance = new(() => new CommittedSample());

    public static CommittedSample Load() => Instance.Value;

    private CommittedSample()
    {
        Series = PriceCsv.LoadMany(PathOf("prices.csv"));
        Panel = BarPanel.FromSeries(Series);
        News = NewsFile.Load(PathOf("news.csv"));
        Truth = SampleTruth.Load(PathOf("news_truth.csv"));
        UniverseTable = UniverseCsv.Load(PathOf("universe.csv"));
        Universe = UniverseTable.Members.Select(m => (m.Symbol, Sector: m.Sector ?? "")).ToList();
        Calendar = TradingCalendar.FromTradingDays(Panel.Dates);
    }

    public static string PathOf(string file) => RepoPaths.Of("data", "sample", file);

    public IReadOnlyList<BarSeries> Series { get; }
    public BarPanel Panel { get; }
    public IReadOnlyList<NewsItem> News { get; }
    public IReadOnlyDictionary<string, PlantedTone> Truth { get; }
    public UniverseTable UniverseTable { get; }
    public IReadOnlyList<(string Symbol, string Sector)> Universe { get; }
    public TradingCalendar Calendar { get; }
}
