using Signals.Data;

namespace Signals.SampleData;

/// <summary>Which sample to build: the seed and the span of sessions.</summary>
public sealed record SampleDataOptions(int Seed = 42)
{
    public DateOnly FirstDay { get; init; } = new(2020, 1, 2);
    public DateOnly LastDay { get; init; } = new(2024, 12, 31);
}

/// <summary>
/// Builds the deterministic sample universe: the same options give the same dataset, bit for bit. Generation walks
/// the calendar once: each day the newsroom writes that day's headlines (planting their effects), then the price
/// model builds the session's bars, then the day's big moves get their reports. See data/README.md for the model.
/// </summary>
public static class SampleDataGenerator
{
    // Independent random streams, so that changing the wording never moves a price.
    private const int ProfileStream = 1, FactorStream = 2, StockStream = 3, EventStream = 4, MovesStream = 5, WordingStream = 6, CalendarStream = 7, SpreadStream = 8;

    public static SampleDataset Generate(SampleDataOptions options, IProgress<SampleDataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.LastDay <= options.FirstDay) throw new ArgumentException("The sample needs LastDay after FirstDay.", nameof(options));
        int seed = options.Seed;
        var session = new SampleSession(TradingCalendar.UsEquities(), options.FirstDay, options.LastDay);
        var days = session.Days.ToArray();
        if (days.Length < 10) throw new ArgumentException("The sample needs at least ten sessions.", nameof(options));
        var profiles = CompanyProfile.Draw(SampleRandom.Stream(seed, ProfileStream));
        var impact = new NewsImpact(days.Length, profiles.Length);
        var prices = new PriceModel(profiles, days.Length, impact, SampleRandom.Stream(seed, FactorStream), SampleRandom.Stream(seed, StockStream));
        var reports = EarningsCalendar.Build(profiles, session, SampleRandom.Stream(seed, CalendarStream));
        var news = new NewsWriter(profiles, session, impact, prices, reports,
            SampleRandom.Stream(seed, EventStream), SampleRandom.Stream(seed, MovesStream), SampleRandom.Stream(seed, WordingStream));

        int d = 0;
        for (var date = days[0]; date <= days[^1]; date = date.AddDays(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            news.WriteDay(date);
            if (d < days.Length && days[d] == date)
            {
                prices.Step(d);
                news.PricedThrough(d);
                news.WriteMoves(d);
                d++;
                if (d % 21 == 0 || d == days.Length) progress?.Report(new SampleDataProgress(d, days.Length));
            }
        }
        var halfSpreads = QuotedSpreads.Draw(profiles, SampleRandom.Stream(seed, SpreadStream));
        return Assemble(profiles, days, prices, news.Drafts, halfSpreads);
    }

    private static SampleDataset Assemble(CompanyProfile[] profiles, DateOnly[] days, PriceModel prices, IReadOnlyList<NewsDraft> drafts, double[] halfSpreads)
    {
        int n = profiles.Length;
        var bars = new BarSeries[n];
        for (int i = 0; i < n; i++)
        {
            var t = new DateTimeOffset[days.Length];
            double[] o = new double[days.Length], h = new double[days.Length], l = new double[days.Length], c = new double[days.Length], v = new double[days.Length];
            for (int d = 0; d < days.Length; d++)
            {
                int k = d * n + i;
                t[d] = new DateTimeOffset(days[d].ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                o[d] = Cents(prices.Open[k]);
                c[d] = Cents(prices.Close[k]);
                // Rounding must not let the range slip inside the body.
                h[d] = Math.Max(Cents(prices.High[k]), Math.Max(o[d], c[d]));
                l[d] = Math.Max(0.01, Math.Min(Cents(prices.Low[k]), Math.Min(o[d], c[d])));
                v[d] = prices.Volume[k];
            }
            bars[i] = new BarSeries(profiles[i].Company.Symbol, t, o, h, l, c, v);
        }

        var ordered = drafts.OrderBy(x => x.Published.UtcTicks).ThenBy(x => x.Sequence).ToList();
        var items = new NewsItem[ordered.Count];
        var truth = new PlantedTone[ordered.Count];
        for (int j = 0; j < ordered.Count; j++)
        {
            var x = ordered[j];
            string id = "n" + (j + 1).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
            var symbols = Array.ConvertAll(x.Symbols, s => profiles[s].Company.Symbol);
            items[j] = new NewsItem(id, x.Published, symbols, x.Headline, Body: null, Source: x.Source);
            truth[j] = new PlantedTone(id, x.Tone, x.Event);
        }
        return new SampleDataset(Array.ConvertAll(profiles, p => p.Company), halfSpreads, days, bars, items, truth);
    }

    private static double Cents(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
}
