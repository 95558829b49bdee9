using System.Globalization;

namespace Signals.SampleData;

/// <summary>How newsrooms write numbers, invariant-culture so the sample's bytes never depend on the machine.</summary>
internal static class HeadlineFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];
    private static readonly string[] MonthsShort = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static string Dollars(double x) => x < 0 ? "-$" + Math.Abs(x).ToString("0.00", Inv) : "$" + x.ToString("0.00", Inv);

    /// <summary>A price target: whole dollars, or half dollars under $20.</summary>
    public static string Target(double x) => x < 20
        ? "$" + (Math.Round(x * 2, MidpointRounding.AwayFromZero) / 2).ToString("0.00", Inv)
        : "$" + Math.Round(x, MidpointRounding.AwayFromZero).ToString("0", Inv);

    public static string Millions(double millions) => millions >= 1000
        ? "$" + (millions / 1000).ToString("0.00", Inv) + " billion"
        : "$" + millions.ToString("0.0", Inv) + " million";

    public static string MillionsShort(double millions) => millions >= 1000
        ? "$" + (millions / 1000).ToString("0.00", Inv) + "B"
        : "$" + millions.ToString("0.0", Inv) + "M";

    /// <summary>A round deal-style amount: "$450 million", "$1.2 billion".</summary>
    public static string Amount(double millions) => millions >= 1000
        ? "$" + (millions / 1000).ToString("0.#", Inv) + " billion"
        : "$" + (Math.Round(millions / 5) * 5).ToString("0", Inv) + " million";

    public static string Percent(double fraction, int decimals = 1) =>
        (fraction * 100).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), Inv) + "%";

    public static string Count(double x) => x.ToString("#,0", Inv);

    public static string Number(double x, string format) => x.ToString(format, Inv);

    public static string QuarterShort(int quarter) => "Q" + quarter.ToString(Inv);

    public static string QuarterWord(int quarter) => Ordinals[quarter - 1] + "-quarter";

    public static string QuarterTitle(int quarter) => char.ToUpperInvariant(Ordinals[quarter - 1][0]) + Ordinals[quarter - 1][1..] + " Quarter";

    public static string ShortDate(DateOnly d) => MonthsShort[d.Month - 1] + " " + d.Day.ToString(Inv);

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
