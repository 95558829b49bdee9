using System.Globalization;

namespace Signals.Data;

/// <summary>The writer beside <see cref="PriceCsv"/>'s loader, in the form it reads back.</summary>
public static partial class PriceCsv
{
    /// <summary>Writes bars as <c>date[,symbol],open,high,low,close,volume</c>, ascending, invariant culture, round-trip numbers.</summary>
    public static void Write(TextWriter writer, IEnumerable<BarSeries> series, bool includeSymbol = true)
    {
        writer.Write(includeSymbol ? "date,symbol,open,high,low,close,volume\n" : "date,open,high,low,close,volume\n");
        foreach (var s in series)
        {
            for (int i = 0; i < s.Count; i++)
            {
                writer.Write(FormatTimestamp(s.Timestamps[i]));
                if (includeSymbol) { writer.Write(','); writer.Write(CsvText.Quote(s.Symbol)); }
                writer.Write(',');
                writer.Write(Num(s.Open[i])); writer.Write(',');
                writer.Write(Num(s.High[i])); writer.Write(',');
                writer.Write(Num(s.Low[i])); writer.Write(',');
                writer.Write(Num(s.Close[i])); writer.Write(',');
                writer.Write(Num(s.Volume[i])); writer.Write('\n');
            }
        }
    }

    /// <summary>A bar's date alone when it sits at midnight (daily bars), else the full ISO date-time with offset.</summary>
    public static string FormatTimestamp(DateTimeOffset t) =>
        t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
