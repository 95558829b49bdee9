namespace Signals.SampleData;

/// <summary>
/// A synthetic universe of any size for the scale benchmark: <paramref name="Symbols"/> names over the last
/// <paramref name="Years"/> calendar years up to <see cref="LastYear"/>, about <paramref name="HeadlinesPerYear"/>
/// headlines per name-year. Same options, same bytes.
/// </summary>
public sealed record ScaleDataOptions(int Seed, int Symbols, int Years, int HeadlinesPerYear)
{
    /// <summary>The last calendar year of the universe (its last session is that year's last trading day).</summary>
    public int LastYear { get; init; } = 2024;

    /// <summary>The first calendar day of the universe.</summary>
    public DateOnly FirstDay => new(LastYear - Years + 1, 1, 1);

    /// <summary>The last calendar day of the universe.</summary>
    public DateOnly LastDay => new(LastYear, 12, 31);

    /// <summary>A one-line reason the options cannot build a universe, or null when they can.</summary>
    public string? Problem() =>
        Symbols is < 1 or > 26 * 26 * 26 * 26 ? "--symbols must be between 1 and 456,976" :
        Years is < 1 or > 60 ? "--years must be between 1 and 60" :
        HeadlinesPerYear is < 0 or > 100_000 ? "--headlines-per-year must be between 0 and 100,000" : null;
}
