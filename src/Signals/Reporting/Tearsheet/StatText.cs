using System.Globalization;

namespace Signals.Reporting;

/// <summary>Invariant-culture number formatting for reports; NaN prints as an en dash.</summary>
public static class StatText
{
    /// <summary>What a NaN (undefined) figure prints as: an en dash.</summary>
    public const string Missing = "–";

    /// <paramref name="value"/> in <paramref name="format"/>, invariant culture (Percent: 0.123 → "12.30%"); NaN prints <see cref="Missing"/>, infinities "∞" and "-∞".
    public static string Format(double value, StatFormat format)
    {
        if (!double.IsFinite(value)) return double.IsNaN(value) ? Missing : (value > 0 ? "∞" : "-∞");
        var c = CultureInfo.InvariantCulture;
        return format switch
        {
            StatFormat.Percent => (value * 100).ToString("0.00", c) + "%",
            StatFormat.Ratio => value.ToString("0.00", c),
            StatFormat.Currency => value.ToString("#,0.00", c),
            StatFormat.Integer => value.ToString("#,0", c),
            StatFormat.Days => value.ToString("#,0", c) + " days",
            _ => Math.Abs(value) >= 1000 ? value.ToString("#,0.##", c) : value.ToString("0.####", c),
        };
    }

    /// <summary>A fraction as a percent with two decimals (0.123 → "12.30%").</summary>
    public static string Percent(double value) => Format(value, StatFormat.Percent);

    /// <summary>yyyy-MM-dd, or <see cref="Missing"/> for null.</summary>
    public static string Date(DateOnly? d) => d is DateOnly x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Missing;
}
