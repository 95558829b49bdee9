namespace Signals.SampleData;

/// <summary>When in the New York day a kind of item tends to appear.</summary>
internal enum NewsClock
{
    /// <summary>Research notes: mostly before the open, some intraday, a few in the evening.</summary>
    Analyst,
    /// <summary>Company releases: on the hour or half hour before the open, or just after the close.</summary>
    PressRelease,
    /// <summary>Regulatory filings: early morning to late evening, heaviest after the close.</summary>
    Filing,
    /// <summary>Reporters' stories: mostly during the session.</summary>
    Wire,
    /// <summary>Social and trading chatter: any time, including nights.</summary>
    Chatter,
}

internal static class NewsClockSampler
{
    private static readonly int[] ReleaseMinutesPreMarket = [6 * 60, 6 * 60 + 30, 7 * 60, 7 * 60 + 30, 8 * 60, 8 * 60 + 30, 9 * 60];
    private static readonly int[] ReleaseMinutesAfterClose = [16 * 60 + 1, 16 * 60 + 5, 16 * 60 + 10, 16 * 60 + 15, 16 * 60 + 30, 17 * 60, 17 * 60 + 30, 18 * 60];

    /// <summary>A time of day; on days the market is shut every kind spreads over the waking hours.</summary>
    public static TimeSpan Sample(NewsClock clock, bool tradingDay, Random rng)
    {
        if (!tradingDay)
            return clock == NewsClock.Chatter ? Between(7, 0, 23, 30, rng) : Between(8, 0, 21, 0, rng);

        double u = rng.NextDouble();
        return clock switch
        {
            NewsClock.Analyst => u < 0.70 ? Between(5, 30, 9, 25, rng) : u < 0.95 ? Between(9, 31, 15, 55, rng) : Between(16, 5, 19, 0, rng),
            NewsClock.PressRelease => u < 0.45 ? Release(rng.Pick(ReleaseMinutesPreMarket))
                : u < 0.70 ? Release(5 * rng.Next(9 * 12 + 7, 16 * 12)) // 09:35 to 15:55 in five-minute steps
                : Release(rng.Pick(ReleaseMinutesAfterClose)),
            NewsClock.Filing => u < 0.30 ? Between(6, 0, 9, 25, rng) : u < 0.55 ? Between(9, 31, 15, 59, rng) : Between(16, 1, 21, 30, rng),
            NewsClock.Wire => u < 0.22 ? Between(6, 0, 9, 29, rng) : u < 0.82 ? Between(9, 30, 15, 59, rng) : Between(16, 0, 20, 30, rng),
            NewsClock.Chatter => u < 0.05 ? Between(0, 0, 5, 59, rng) : u < 0.20 ? Between(6, 0, 9, 29, rng)
                : u < 0.75 ? Between(9, 30, 15, 59, rng) : Between(16, 0, 23, 59, rng),
            _ => throw new ArgumentOutOfRangeException(nameof(clock)),
        };
    }

    /// <summary>A uniform time with seconds between two clock times (inclusive start, exclusive end).</summary>
    public static TimeSpan Between(int fromHour, int fromMinute, int toHour, int toMinute, Random rng)
    {
        int from = (fromHour * 60 + fromMinute) * 60, to = (toHour * 60 + toMinute) * 60;
        return TimeSpan.FromSeconds(rng.Next(from, to));
    }

    private static TimeSpan Release(int minuteOfDay) => TimeSpan.FromMinutes(minuteOfDay);
}
