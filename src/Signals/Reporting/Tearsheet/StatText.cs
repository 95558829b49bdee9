using System.Globalization;

namespace Signals.Reporting;

/// <summary>Invariant-culture number formatting for reports; NaN prints as an en dash.</summary>
public static class StatText
{
    public const string Missing = "–";

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

    public static string Percent(double value) => Format(value, StatFormat.Percent);

    public static string Date(DateOnly? d) => d is DateOnly x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Missing;
}
