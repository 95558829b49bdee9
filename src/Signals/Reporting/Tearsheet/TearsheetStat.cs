namespace Signals.Reporting;

/// <summary>
/// A named statistic and how to print it (Percent prints 0.123 as 12.30%). <paramref name="ColorBySign"/> paints it
/// green or red: right for returns and drawdowns, wrong for volatility or exposure, so it is opt-in.
/// </summary>
/// <param name="Name">The label shown.</param>
/// <param name="Value">The figure, in the unit <paramref name="Format"/> assumes (fractions for percents); NaN when undefined.</param>
/// <param name="Format">How it prints.</param>
public sealed record TearsheetStat(string Name, double Value, StatFormat Format = StatFormat.Number, bool ColorBySign = false)
{
    /// <summary>Why the statistic is not defined (the page shows "not defined: …" instead of a value); null when it is.</summary>
    public string? UndefinedReason { get; init; }

    /// <summary>The value as the page prints it, or "not defined: reason".</summary>
    public string Text => UndefinedReason is { } why ? $"not defined: {why}" : StatText.Format(Value, Format);
}
