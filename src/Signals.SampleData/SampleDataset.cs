using Signals.Data;

namespace Signals.SampleData;

/// <summary>The planted truth for one headline: its latent tone in [-1, 1] and the kind of event it reports.</summary>
public sealed record PlantedTone(string Id, double Tone, string Event);

/// <summary>Progress of sample generation: sessions built so far out of the total.</summary>
public readonly record struct SampleDataProgress(int SessionsDone, int Sessions);

/// <summary>
/// A generated universe: companies, daily bars (prices rounded to cents, whole-share volume), headlines in
/// time order and, kept apart, the tone each headline carries.
/// </summary>
public sealed class SampleDataset
{
    internal SampleDataset(IReadOnlyList<SampleCompany> universe, IReadOnlyList<double> halfSpreadBps, DateOnly[] tradingDays, IReadOnlyList<BarSeries> bars,
        IReadOnlyList<NewsItem> news, IReadOnlyList<PlantedTone> truth)
    {
        Universe = universe;
        HalfSpreadBps = halfSpreadBps;
        TradingDays = tradingDays;
        Bars = bars;
        News = news;
        Truth = truth;
    }

    public IReadOnlyList<SampleCompany> Universe { get; }
    /// <summary>Each company's quoted half-spread in bps, in universe order (see data/README.md for how it is drawn).</summary>
    public IReadOnlyList<double> HalfSpreadBps { get; }

    /// <summary>The universe as universe.csv holds it: symbol, name, sector and half-spread.</summary>
    public IReadOnlyList<UniverseMember> Members() =>
        Universe.Select((c, i) => new UniverseMember(c.Symbol, c.Name, c.Sector, HalfSpreadBps[i])).ToArray();

    public IReadOnlyList<DateOnly> TradingDays { get; }

    /// <summary>One series per symbol, in universe order; each bar's timestamp is its session date at midnight UTC.</summary>
    public IReadOnlyList<BarSeries> Bars { get; }

    /// <summary>Headlines sorted by publication instant; ids n000001, n000002, … in that order.</summary>
    public IReadOnlyList<NewsItem> News { get; }

    /// <summary>One entry per headline, same order and ids as <see cref="News"/>.</summary>
    public IReadOnlyList<PlantedTone> Truth { get; }
}
