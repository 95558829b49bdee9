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
    internal SampleDataset(IReadOnlyList<SampleCompany> universe, DateOnly[] tradingDays, IReadOnlyList<BarSeries> bars,
        IReadOnlyList<NewsItem> news, IReadOnlyList<PlantedTone> truth)
    {
        Universe = universe;
        TradingDays = tradingDays;
        Bars = bars;
        News = news;
        Truth = truth;
    }

    public IReadOnlyList<SampleCompany> Universe { get; }
    public IReadOnlyList<DateOnly> TradingDays { get; }

    /// <summary>One series per symbol, in universe order; each bar's timestamp is its session date at midnight UTC.</summary>
    public IReadOnlyList<BarSeries> Bars { get; }

    /// <summary>Headlines sorted by publication instant; ids n000001, n000002, … in that order.</summary>
    public IReadOnlyList<NewsItem> News { get; }

    /// <summary>One entry per headline, same order and ids as <see cref="News"/>.</summary>
    public IReadOnlyList<PlantedTone> Truth { get; }
}
