using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Signals.Data;

/// <summary>
/// How one timestamp column of a file is read, decided from the whole column before any row is parsed. Every value
/// may be ISO 8601 (date, date-time, with or without an offset), Stooq's yyyyMMdd, RFC 822/1123
/// (<c>Mon, 07 Mar 2022 00:14:42 GMT</c>), Twitter's <c>created_at</c> (<c>Thu Jan 02 15:45:02 +0000 2014</c>) or
/// Unix seconds (9–11 digits) or milliseconds (12–14 digits). Slash dates (<c>7/1/2016</c>, as Excel re-saves them)
/// are month-first or day-first for the whole column: a value above 12 in one place decides it; a column that fits
/// both and differs between them is ambiguous and stops with a message naming <c>--date-format</c>. An explicit
/// date or time format (.NET custom format strings) is tried first.
/// </summary>
internal sealed partial class TimestampColumn
{
    private enum SlashOrder { MonthFirst, DayFirst }

    private readonly string? _dateFormat;
    private readonly string? _timeFormat;
    private readonly SlashOrder _order;

    private TimestampColumn(string? dateFormat, string? timeFormat, SlashOrder order)
    {
        _dateFormat = dateFormat; _timeFormat = timeFormat; _order = order;
    }

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Slash();

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,3}|[+-]\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+([+-]\d{4})\s+(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Twitter();

    [GeneratedRegex(@"^\d{9,14}(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Unix();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Decides how to read the column from all its values; an ambiguous slash-date column is a <see cref="DataFormatException"/>.</summary>
    public static TimestampColumn Decide(string file, string column, IEnumerable<string?> values, string? dateFormat, string? timeFormat)
    {
        bool monthFirstFits = true, dayFirstFits = true, anySlash = false;
        string? differing = null;
        if (dateFormat is null)
            foreach (var raw in values)
            {
                if (raw is null) continue;
                var m = Slash().Match(raw.Trim());
                if (!m.Success) continue;
                anySlash = true;
                int a = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture), b = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
                if (a > 12) monthFirstFits = false;
                if (b > 12) dayFirstFits = false;
                if (a != b) differing ??= raw.Trim();
            }
        var order = SlashOrder.MonthFirst;
        if (anySlash)
        {
            if (monthFirstFits && dayFirstFits && differing is not null)
                throw new DataFormatException(file, null, column,
                    $"slash dates such as '{differing}' fit both month/day/year and day/month/year in every row; pass --date-format M/d/yyyy or --date-format d/M/yyyy");
            if (!monthFirstFits && dayFirstFits) order = SlashOrder.DayFirst;
        }
        return new TimestampColumn(dateFormat, timeFormat, order);
    }

    /// <summary>How the column was read, for messages ("m/d/yyyy").</summary>
    public string SlashName => _order == SlashOrder.MonthFirst ? "m/d/yyyy" : "d/m/yyyy";

    public bool TryParse(string text, out Timestamps.Parsed parsed)
    {
        parsed = default;
        text = text.Trim();
        if (text.Length == 0) return false;
        // The commonest shape, read directly; no other detected shape can take it, so the order below is unchanged.
        if (_timeFormat is null && _dateFormat is null && IsoInstant.TryParse(text, out var instant))
        {
            parsed = new(instant, null, false);
            return true;
        }
        if (_timeFormat is not null)
        {
            bool hasOffset = _timeFormat.Contains('z') || _timeFormat.Contains('K');
            if (hasOffset && DateTimeOffset.TryParseExact(text, _timeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
            {
                parsed = new(dto, null, false);
                return true;
            }
            if (!hasOffset && DateTime.TryParseExact(text, _timeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                parsed = new(null, LocalDateTime.FromDateTime(local), false);
                return true;
            }
        }
        if (_dateFormat is not null && DateTime.TryParseExact(text, _dateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            parsed = new(null, LocalDateTime.FromDateTime(date.Date), true);
            return true;
        }
        // The strict shapes first: the general ISO parser is lenient with offsets and would take some of them otherwise.
        return TrySlash(text, out parsed) || TryRfc822(text, out parsed) || TryTwitter(text, out parsed) || TryUnix(text, out parsed)
            || Timestamps.TryParse(text, out parsed);
    }

    private bool TrySlash(string text, out Timestamps.Parsed parsed)
    {
        parsed = default;
        if (_dateFormat is not null) return false;
        var m = Slash().Match(text);
        if (!m.Success) return false;
        int a = Int(m.Groups[1]), b = Int(m.Groups[2]), year = Int(m.Groups[3]);
        var (month, day) = _order == SlashOrder.MonthFirst ? (a, b) : (b, a);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        bool hasTime = m.Groups[4].Success;
        int hour = hasTime ? Int(m.Groups[4]) : 0, minute = hasTime ? Int(m.Groups[5]) : 0, second = m.Groups[6].Success ? Int(m.Groups[6]) : 0;
        if (hour > 23 || minute > 59 || second > 59) return false;
        parsed = new(null, new LocalDateTime(year, month, day, hour, minute, second), !hasTime);
        return true;
    }

    private static bool TryRfc822(string text, out Timestamps.Parsed parsed)
    {
        parsed = default;
        var m = Rfc822().Match(text);
        if (!m.Success) return false;
        int month = Array.IndexOf(Months, m.Groups[2].Value.ToLowerInvariant()) + 1;
        int year = Int(m.Groups[3]);
        if (m.Groups[3].Length == 2) year += 2000;
        TimeSpan? offset = Offset(m.Groups[7].Value);
        if (month == 0 || offset is null) return false;
        return TryInstant(year, month, Int(m.Groups[1]), Int(m.Groups[4]), Int(m.Groups[5]), m.Groups[6].Success ? Int(m.Groups[6]) : 0, offset.Value, out parsed);
    }

    private static bool TryTwitter(string text, out Timestamps.Parsed parsed)
    {
        parsed = default;
        var m = Twitter().Match(text);
        if (!m.Success) return false;
        int month = Array.IndexOf(Months, m.Groups[1].Value.ToLowerInvariant()) + 1;
        TimeSpan? offset = Offset(m.Groups[6].Value);
        if (month == 0 || offset is null) return false;
        return TryInstant(Int(m.Groups[7]), month, Int(m.Groups[2]), Int(m.Groups[3]), Int(m.Groups[4]), Int(m.Groups[5]), offset.Value, out parsed);
    }

    private static bool TryUnix(string text, out Timestamps.Parsed parsed)
    {
        parsed = default;
        if (!Unix().IsMatch(text)) return false;
        int digits = text.IndexOf('.') is int dot and >= 0 ? dot : text.Length;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        decimal ms = digits <= 11 ? value * 1000m : value;
        if (ms > 253402300799999m) return false;
        parsed = new(DateTimeOffset.FromUnixTimeMilliseconds((long)ms), null, false);
        return true;
    }

    private static bool TryInstant(int year, int month, int day, int hour, int minute, int second, TimeSpan offset, out Timestamps.Parsed parsed)
    {
        parsed = default;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return false;
        parsed = new(new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset), null, false);
        return true;
    }

    /// <summary>RFC 822's zone names and ±hhmm offsets.</summary>
    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 5 && zone[0] is '+' or '-' && int.TryParse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture, out int h) && int.TryParse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture, out int mm) && h <= 14 && mm < 60)
            return (zone[0] == '-' ? -1 : 1) * new TimeSpan(h, mm, 0);
        return zone.ToUpperInvariant() switch
        {
            "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5), "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6), "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7), "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8), "PDT" => TimeSpan.FromHours(-7),
            _ => null,
        };
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);
}
