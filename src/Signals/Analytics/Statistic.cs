using System.Globalization;

namespace Signals.Analytics;

/// <summary>
/// A reported statistic: its value, or why it is not defined. The kit's one convention for figures it cannot stand
/// behind (a flat series, no variance, too few observations): the record that computes the figure holds NaN and
/// names the reason in its <see cref="UndefinedReasons"/>; reports, study.json and the CLI read both through this
/// pair, so an undefined figure is shown as "not defined: reason" and written as JSON null beside its reason, never
/// as a number computed from a constant.
/// </summary>
/// <param name="Value">The figure; NaN when undefined.</param>
/// <param name="Reason">Why the figure is undefined; null when it is defined.</param>
public readonly record struct Statistic(double Value, string? Reason)
{
    /// <summary>The reason given to a NaN that its producer did not explain.</summary>
    public const string NotComputable = "not computable from these data";

    /// <summary>Whether the figure has a value the kit stands behind.</summary>
    public bool IsDefined => Reason is null && !double.IsNaN(Value);

    /// <summary>A defined figure (NaN becomes undefined with <see cref="NotComputable"/>).</summary>
    public static Statistic Of(double value) => double.IsNaN(value) ? new Statistic(double.NaN, NotComputable) : new Statistic(value, null);

    /// <summary>An undefined figure and its reason.</summary>
    public static Statistic Undefined(string reason) => new(double.NaN, reason);

    /// <summary>The value through <paramref name="format"/>, or "not defined: reason".</summary>
    public string Format(Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return IsDefined ? format(Value) : $"not defined: {Reason}";
    }

    /// <summary>The value in a .NET number format (invariant culture), or "not defined: reason"; ±∞ prints as "n/a".</summary>
    public string Format(string format) =>
        Format(v => double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a");

    /// <summary>The value for a JSON writer: null when undefined or not finite (JSON has no NaN or infinity).</summary>
    public double? Json => IsDefined && double.IsFinite(Value) ? Value : null;
}
