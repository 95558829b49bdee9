using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Signals.Data;

/// <summary>
/// Parses the timestamp spellings found in price and news files: ISO dates, ISO date-times with or without an
/// offset, and Stooq's compact yyyyMMdd. A time without an offset is only meaningful in a named zone.
/// </summary>
internal static class Timestamps
{
    private static readonly string[] LocalPatterns =
    [
        "uuuu-MM-dd'T'HH:mm:ss.FFFFFFF", "uuuu-MM-dd HH:mm:ss.FFFFFFF", "uuuu-MM-dd'T'HH:mm", "uuuu-MM-dd HH:mm",
    ];

    private static readonly LocalDateTimePattern[] LocalDateTimes = LocalPatterns.Select(p => LocalDateTimePattern.CreateWithInvariantCulture(p)).ToArray();
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern CompactDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>The result of parsing: an instant with offset, or a date/time that still needs a zone.</summary>
    internal readonly record struct Parsed(DateTimeOffset? WithOffset, LocalDateTime? Local, bool DateOnly);

    internal static bool TryParse(string text, out Parsed parsed)
    {
        parsed = default;
        text = text.Trim();
        if (text.Length == 0) return false;

        if (text.Length == 10 && IsoDate.Parse(text) is { Success: true } d)
        {
            parsed = new Parsed(null, d.Value.AtMidnight(), true);
            return true;
        }
        if (text.Length == 8 && CompactDate.Parse(text) is { Success: true } c)
        {
            parsed = new Parsed(null, c.Value.AtMidnight(), true);
            return true;
        }
        if (HasOffset(text))
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
            {
                parsed = new Parsed(dto, null, false);
                return true;
            }
            return false;
        }
        foreach (var pattern in LocalDateTimes)
        {
            var r = pattern.Parse(text);
            if (r.Success)
            {
                parsed = new Parsed(null, r.Value, false);
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text ends in Z or a ±hh:mm / ±hhmm offset after a time part.</summary>
    private static bool HasOffset(string text)
    {
        int t = text.IndexOfAny(['T', ' ']);
        if (t < 0) return false;
        var time = text.AsSpan(t + 1);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') >= 0;
    }

    /// <summary>A local date-time in a zone; an ambiguous or skipped time (DST change) resolves the way clocks do.</summary>
    internal static DateTimeOffset InZone(LocalDateTime local, DateTimeZone zone) =>
        local.InZoneLeniently(zone).ToDateTimeOffset();

    internal static DateTimeZone Zone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new ArgumentException($"Unknown time zone '{id}' (use an IANA name such as America/New_York).");
}
