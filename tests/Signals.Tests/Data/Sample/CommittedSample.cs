using System.Globalization;
using Signals.Data;

namespace Signals.Tests.Data.Sample;

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
        Truth = ReadTruth(PathOf("news_truth.csv"));
        Universe = File.ReadAllLines(PathOf("universe.csv")).Skip(1).Select(l => l.Split(',')).Select(f => (Symbol: f[0], Sector: f[^1])).ToList();
        Calendar = TradingCalendar.FromTradingDays(Panel.Dates);
    }

    public static string PathOf(string file) => RepoPaths.Of("data", "sample", file);

    public IReadOnlyList<BarSeries> Series { get; }
    public BarPanel Panel { get; }
    public IReadOnlyList<NewsItem> News { get; }
    public IReadOnlyDictionary<string, (double Tone, string Event)> Truth { get; }
    public IReadOnlyList<(string Symbol, string Sector)> Universe { get; }
    public TradingCalendar Calendar { get; }

    private static Dictionary<string, (double, string)> ReadTruth(string path)
    {
        var truth = new Dictionary<string, (double, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            truth.Add(f[0], (double.Parse(f[1], CultureInfo.InvariantCulture), f[2]));
        }
        return truth;
    }
}
