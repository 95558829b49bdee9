using Signals.Data;

namespace Signals.Analytics;

/// <summary>
/// The first line of a <see cref="LongShortSweepFile"/>: the grid (half-lives × quantiles, the last varying fastest),
/// the SHA-256 of every input, the settings that decide the results (scorer, costs, fill, …), the price window and,
/// for a shard, which one. Two shards merge only when everything but <see cref="Shard"/> is equal.
/// </summary>
public sealed record LongShortSweepHeader
{
    /// <summary>The format name and version the first line carries.</summary>
    public const string FormatName = "signals-long-short-sweep/1";

    /// <summary>The half-life axis of the grid, in trading days.</summary>
    public required IReadOnlyList<double> HalfLivesDays { get; init; }

    /// <summary>The quantile axis of the grid (fraction of names long and short).</summary>
    public required IReadOnlyList<double> Quantiles { get; init; }

    /// <summary>Each input's name and SHA-256 (a folder hashed as one over its files), in a fixed order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Inputs { get; init; }

    /// <summary>Every setting the results depend on, as text, in a fixed order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; }

    /// <summary>The first and last day of the prices the sweep ran over.</summary>
    public required DateOnly FirstDate { get; init; }

    /// <inheritdoc cref="FirstDate"/>
    public required DateOnly LastDate { get; init; }

    /// <summary>The shard this file holds, or null for the whole grid.</summary>
    public BatchShard? Shard { get; init; }

    /// <summary>How many configurations the whole grid has: the trial count of a Deflated Sharpe.</summary>
    public int Configurations => HalfLivesDays.Count * Quantiles.Count;

    /// <summary>The whole grid in index order, as <see cref="ParameterSweep.Grid{TA, TB}"/> builds it.</summary>
    public IReadOnlyList<(double HalfLifeDays, double Quantile)> Grid() => ParameterSweep.Grid(HalfLivesDays, Quantiles);

    /// <summary>The first part in which <paramref name="other"/> differs from this header, shard aside; null when none does.</summary>
    public string? DifferenceFrom(LongShortSweepHeader other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!HalfLivesDays.SequenceEqual(other.HalfLivesDays)) return $"the half-lives differ ({Join(HalfLivesDays)} vs {Join(other.HalfLivesDays)})";
        if (!Quantiles.SequenceEqual(other.Quantiles)) return $"the quantiles differ ({Join(Quantiles)} vs {Join(other.Quantiles)})";
        if (Differs(Inputs, other.Inputs) is { } input) return $"the input '{input}' differs (its SHA-256)";
        if (Differs(Settings, other.Settings) is { } setting) return $"the setting '{setting}' differs ({ValueOf(Settings, setting)} vs {ValueOf(other.Settings, setting)})";
        if (FirstDate != other.FirstDate || LastDate != other.LastDate) return $"the price window differs ({FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd} vs {other.FirstDate:yyyy-MM-dd}..{other.LastDate:yyyy-MM-dd})";
        return null;
    }

    private static string Join(IReadOnlyList<double> values) => string.Join(",", values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    private static string? Differs(IReadOnlyList<KeyValuePair<string, string>> a, IReadOnlyList<KeyValuePair<string, string>> b)
    {
        foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            if (ValueOf(a, key) != ValueOf(b, key)) return key;
        return null;
    }

    private static string ValueOf(IReadOnlyList<KeyValuePair<string, string>> pairs, string key) =>
        pairs.Where(p => p.Key == key).Select(p => p.Value).FirstOrDefault() ?? "(absent)";
}
