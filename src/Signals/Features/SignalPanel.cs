using Signals.Data;

namespace Signals.Features;

/// <summary>
/// Named feature panels on one set of decision days and symbols, and their combination into one signal.
/// Every row d means "known at the decision point of day d". News features arrive aligned that way already
/// (<see cref="Add"/>); an indicator computed from bar d's close is not known before that close, so
/// <see cref="AddFromCloses"/> shifts it one row later — for open decisions and for close decisions with a cutoff alike.
/// </summary>
public sealed class SignalPanel
{
    private readonly Dictionary<string, Panel> _features = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>An empty panel of features on <paramref name="dates"/> × <paramref name="symbols"/>, each row known at that day's <paramref name="timing"/> decision point.</summary>
    public SignalPanel(DateOnly[] dates, string[] symbols, DecisionTiming timing = DecisionTiming.Open)
    {
        Dates = dates; Symbols = symbols; Timing = timing;
    }

    /// <summary>The decision days (rows) every feature shares.</summary>
    public DateOnly[] Dates { get; }
    /// <summary>The symbols (columns) every feature shares.</summary>
    public string[] Symbols { get; }
    /// <summary>The decision point a row is known at.</summary>
    public DecisionTiming Timing { get; }
    /// <summary>Feature names in the order they were added.</summary>
    public IReadOnlyList<string> Names => _names;
    /// <summary>The feature called <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public Panel this[string name] => _features[name];

    /// <summary>Adds a feature already aligned by decision point (e.g. from <see cref="DailySentiment"/>).</summary>
    public SignalPanel Add(string name, Panel feature)
    {
        CheckShape(name, feature);
        if (!_features.TryAdd(name, feature)) throw new ArgumentException($"A feature named '{name}' is already in the signal panel.");
        _names.Add(name);
        return this;
    }

    /// <summary>Adds an indicator computed from closes (row d uses bar d's close), shifted so row d holds bar d−1's value.</summary>
    public SignalPanel AddFromCloses(string name, Panel indicator)
    {
        CheckShape(name, indicator);
        var shifted = new Panel(Dates, Symbols);
        int n = Symbols.Length;
        Array.Copy(indicator.Values, 0, shifted.Values, n, indicator.Values.Length - n);
        return Add(name, shifted);
    }

    /// <summary>
    /// Σ weight × cross-sectional z-score of each named feature, per symbol-day; a feature missing there is left out
    /// (the rest still count), and a symbol-day with none of them is NaN.
    /// </summary>
    public Panel Combine(IReadOnlyDictionary<string, double> weights)
    {
        var result = new Panel(Dates, Symbols);
        var present = new bool[result.Values.Length];
        foreach (var (name, weight) in weights)
        {
            var z = CrossSection.ZScore(this[name]).Values;
            for (int i = 0; i < z.Length; i++)
            {
                if (double.IsNaN(z[i])) continue;
                result.Values[i] = present[i] ? result.Values[i] + weight * z[i] : weight * z[i];
                present[i] = true;
            }
        }
        return result;
    }

    private void CheckShape(string name, Panel panel)
    {
        if (!panel.Dates.AsSpan().SequenceEqual(Dates) || !panel.Symbols.AsSpan().SequenceEqual(Symbols))
            throw new ArgumentException($"Feature '{name}' is not on the signal panel's days and symbols.");
    }
}
