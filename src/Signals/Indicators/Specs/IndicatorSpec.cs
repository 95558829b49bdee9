using System.Globalization;
using Signals.Data;

namespace Signals.Indicators;

/// <summary>
/// A textual indicator request such as <c>sma:20</c>, <c>macd:12:26:9</c> or <c>psar:0.02:0.2</c>: a name
/// and colon-separated arguments (trailing ones may be left out for their defaults). Used by the
/// <c>signals indicators</c> command and handy in notebooks. Each field becomes a column named
/// <c>&lt;spec&gt;.&lt;field&gt;</c>, e.g. <c>macd:12:26:9.signal</c>.
/// </summary>
public sealed class IndicatorSpec
{
    private readonly IndicatorDefinition _definition;
    private readonly string[] _arguments;

    private IndicatorSpec(string text, IndicatorDefinition definition, string[] arguments)
    {
        Text = text;
        _definition = definition;
        _arguments = arguments;
    }

    /// <summary>The spec as written, which prefixes every column name.</summary>
    public string Text { get; }

    /// <summary>The indicator's name (e.g. "sma"), without its arguments.</summary>
    public string Name => _definition.Name;

    /// <summary>The fields this spec produces, in column order.</summary>
    public IReadOnlyList<string> Fields => _definition.Fields;

    /// <summary>The names every spec may start with, and what their arguments mean.</summary>
    public static IReadOnlyList<string> Known => IndicatorDefinition.All.Select(d => d.Usage).ToArray();

    /// <summary>Parses one spec; an unknown name or a bad argument is an <see cref="ArgumentException"/> that says why.</summary>
    public static IndicatorSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length == 0) throw new ArgumentException("An indicator spec is empty.");
        int colon = text.IndexOf(':');
        string name = (colon < 0 ? text : text[..colon]).ToLowerInvariant();
        var definition = IndicatorDefinition.Find(name)
            ?? throw new ArgumentException($"Unknown indicator '{name}' in spec '{text}'. Known: {string.Join(", ", Known)}.");
        string[] arguments = colon < 0 ? [] : definition.TakesRestAsOneArgument ? [text[(colon + 1)..]] : text[(colon + 1)..].Split(':');
        if (arguments.Length > definition.Parameters.Length)
            throw new ArgumentException($"Spec '{text}' has {arguments.Length} arguments; {definition.Usage} takes at most {definition.Parameters.Length}.");
        var spec = new IndicatorSpec(text, definition, arguments);
        definition.Validate(spec.Arguments());
        return spec;
    }

    /// <summary>Parses a comma-separated list; the same spec twice is an error (its columns would collide).</summary>
    public static IReadOnlyList<IndicatorSpec> ParseList(string commaSeparated)
    {
        ArgumentNullException.ThrowIfNull(commaSeparated);
        var specs = new List<IndicatorSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in commaSeparated.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var spec = Parse(part);
            if (!seen.Add(spec.Text)) throw new ArgumentException($"Indicator spec '{spec.Text}' is listed twice.");
            specs.Add(spec);
        }
        if (specs.Count == 0) throw new ArgumentException("No indicator specs given.");
        return specs;
    }

    /// <summary>Computes every field over the bars, as columns named <c>&lt;spec&gt;.&lt;field&gt;</c>.</summary>
    public IReadOnlyList<IndicatorColumn> Compute(BarSeries bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var values = _definition.Compute(bars, Arguments());
        var columns = new IndicatorColumn[values.Length];
        for (int f = 0; f < values.Length; f++)
            columns[f] = new IndicatorColumn($"{Text}.{_definition.Fields[f]}", values[f], _definition.FlagField == f);
        return columns;
    }

    /// <summary>
    /// One field of this spec for every symbol of a panel, as a dates × symbols <see cref="Panel"/> (see
    /// <see cref="IndicatorExtensions.Indicator"/>): <c>IndicatorSpec.Parse("stoch:14:3:3").Compute(prices, "oscillator")</c>.
    /// The field may be left out when the spec has only one.
    /// </summary>
    public Panel Compute(BarPanel prices, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        int index = FieldIndex(field);
        var arguments = Arguments();
        return prices.Indicator(bars => _definition.Compute(bars, arguments)[index]);
    }

    /// <summary>The spec as written (<see cref="Text"/>).</summary>
    public override string ToString() => Text;

    private int FieldIndex(string? field)
    {
        var fields = _definition.Fields;
        if (field is null)
            return fields.Length == 1 ? 0
                : throw new ArgumentException($"Spec '{Text}' has the fields {string.Join(", ", fields)}: name the one wanted.", nameof(field));
        int index = Array.IndexOf(fields, field);
        return index >= 0 ? index
            : throw new ArgumentException($"Spec '{Text}' has no field '{field}'; its fields are {string.Join(", ", fields)}.", nameof(field));
    }

    private SpecArguments Arguments() => new(Text, _definition, _arguments);
}

/// <summary>Typed access to a spec's arguments with defaults and clear errors.</summary>
internal readonly struct SpecArguments(string text, IndicatorDefinition definition, string[] values)
{
    public int Int(int index)
    {
        var p = definition.Parameters[index];
        if (index >= values.Length || values[index].Length == 0) return (int)p.Default;
        if (!int.TryParse(values[index], NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < p.Minimum)
            throw new ArgumentException($"Spec '{text}': {p.Name} must be a whole number of at least {p.Minimum}, not '{values[index]}'.");
        return v;
    }

    public double Double(int index)
    {
        var p = definition.Parameters[index];
        if (index >= values.Length || values[index].Length == 0) return p.Default;
        if (!double.TryParse(values[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v > 0) || double.IsInfinity(v))
            throw new ArgumentException($"Spec '{text}': {p.Name} must be a positive number, not '{values[index]}'.");
        return v;
    }

    public string? Text(int index) => index < values.Length && values[index].Length > 0 ? values[index] : null;

    public string Spec => text;
}
