using System.Globalization;
using Signals.Data;

namespace Signals.Tests.Data;

public sealed class IsoInstantTests
{
    [Theory]
    [InlineData("2024-03-01T09:15:00-05:00", 2024, 3, 1, 9, 15, 0, -300)]
    [InlineData("2024-03-01 09:15:00+05:30", 2024, 3, 1, 9, 15, 0, 330)]
    [InlineData("2024-02-29T23:59:59Z", 2024, 2, 29, 23, 59, 59, 0)]
    [InlineData("2005-01-06T08:27:22+14:00", 2005, 1, 6, 8, 27, 22, 840)]
    public void Reads_the_common_shape_with_its_own_offset(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
    {
        Assert.True(IsoInstant.TryParse(text, out var value));
        Assert.True(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)).EqualsExact(value));
    }

    [Theory]
    [InlineData("2024-03-01T09:15:00")]          // no offset: needs a zone
    [InlineData("2024-03-01T09:15:00.5-05:00")]  // a fraction
    [InlineData(" 2024-03-01T09:15:00-05:00")]   // whitespace
    [InlineData("2024-03-01T09:15:00z")]
    [InlineData("2024-03-01T09:15:00+0500")]
    [InlineData("2024-02-30T09:15:00-05:00")]
    [InlineData("2024-03-01T24:00:00-05:00")]
    [InlineData("2024-03-01T09:15:00+14:01")]
    [InlineData("2024-03-01T09:15:00-05:60")]
    [InlineData("0001-01-01T00:00:00+01:00")]    // the range's ends are left to the general parser
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("2024-03-01X09:15:00-05:00")]
    [InlineData("2024-0a-01T09:15:00-05:00")]
    public void Declines_everything_else(string text) => Assert.False(IsoInstant.TryParse(text, out _));

    /// <summary>Whatever it takes, the general rules read the same instant with the same offset; whatever is well formed and in range, it takes.</summary>
    [Fact]
    public void Agrees_with_the_general_parser_on_every_value_it_takes()
    {
        var rng = new Random(24);
        int[] years = [1, 2, 1970, 2000, 2024, 9998, 9999];
        int taken = 0;
        for (int trial = 0; trial < 20_000; trial++)
        {
            int year = years[rng.Next(years.Length)], month = rng.Next(0, 14), day = rng.Next(0, 33);
            int hour = rng.Next(0, 25), minute = rng.Next(0, 61), second = rng.Next(0, 61);
            int offsetHours = rng.Next(0, 16), offsetMinutes = rng.Next(0, 61);
            char sep = "T T"[rng.Next(3)];
            string offset = rng.Next(6) == 0 ? "Z" : $"{"+-"[rng.Next(2)]}{offsetHours:00}:{offsetMinutes:00}";
            string text = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}{sep}{hour:00}:{minute:00}:{second:00}{offset}");

            bool general = Timestamps.TryParse(text, out var parsed);
            if (IsoInstant.TryParse(text, out var value))
            {
                taken++;
                Assert.True(general, text);
                Assert.True(parsed.WithOffset!.Value.EqualsExact(value), text);
            }
            else
            {
                bool inRange = year is > 1 and < 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    && hour < 24 && minute < 60 && second < 60 && (offset == "Z" || (offsetMinutes < 60 && offsetHours * 60 + offsetMinutes <= 14 * 60));
                Assert.False(inRange, $"declined a well-formed value: {text}");
            }
        }
        Assert.True(taken > 1_000, $"only {taken} values taken");
    }
}
