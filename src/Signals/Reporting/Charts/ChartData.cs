using System.Globalization;
using System.Text.Json;

namespace Signals.Reporting;

/// <summary>
/// The values along one axis of a trace: dates, timestamps, numbers or category labels. Converts implicitly from the
/// arrays the rest of the library already holds, so builders take <c>DateOnly[]</c> or <c>double[]</c> as they are.
/// </summary>
public readonly struct ChartData
{
    private readonly DateOnly[]? dates;
    private readonly DateTimeOffset[]? timestamps;
    private readonly double[]? numbers;
    private readonly string[]? labels;

    private ChartData(DateOnly[]? dates, DateTimeOffset[]? timestamps, double[]? numbers, string[]? labels)
    {
        this.dates = dates;
        this.timestamps = timestamps;
        this.numbers = numbers;
        this.labels = labels;
    }

    /// <summary>Calendar dates, written as yyyy-MM-dd.</summary>
    public static ChartData Dates(DateOnly[] values) => new(values ?? throw new ArgumentNullException(nameof(values)), null, null, null);
    /// <summary>Instants, drawn at their own wall-clock time (the offset is not written).</summary>
    public static ChartData Timestamps(DateTimeOffset[] values) => new(null, values ?? throw new ArgumentNullException(nameof(values)), null, null);
    /// <summary>Numbers (NaN written as null, a gap).</summary>
    public static ChartData Numbers(double[] values) => new(null, null, values ?? throw new ArgumentNullException(nameof(values)), null);
    /// <summary>Category labels, in the order given.</summary>
    public static ChartData Labels(string[] values) => new(null, null, null, values ?? throw new ArgumentNullException(nameof(values)));

    /// <summary>Dates as chart values.</summary>
    public static implicit operator ChartData(DateOnly[] values) => Dates(values);
    /// <summary>Instants as chart values.</summary>
    public static implicit operator ChartData(DateTimeOffset[] values) => Timestamps(values);
    /// <summary>Numbers as chart values.</summary>
    public static implicit operator ChartData(double[] values) => Numbers(values);
    /// <summary>Labels as chart values.</summary>
    public static implicit operator ChartData(string[] values) => Labels(values);
    /// <summary>Integers as chart values (copied to doubles).</summary>
    public static implicit operator ChartData(int[] values) => Numbers(Array.ConvertAll(values, v => (double)v));

    /// <summary>True for a default value that holds no array.</summary>
    public bool IsEmpty => dates is null && timestamps is null && numbers is null && labels is null;

    /// <summary>Number of values (0 when empty).</summary>
    public int Length => dates?.Length ?? timestamps?.Length ?? numbers?.Length ?? labels?.Length ?? 0;

    /// <summary>Dates, timestamps or numbers in ascending order: an axis a long line can be down-sampled along.</summary>
    internal bool IsAscending =>
        dates is not null ? Ascending(dates) : timestamps is not null ? Ascending(timestamps) : numbers is not null && Ascending(numbers);

    /// <summary>The values at <paramref name="keep"/> (ascending indices), same kind.</summary>
    internal ChartData Pick(int[] keep) => new(
        dates is null ? null : LineDownSampling.Pick(dates, keep),
        timestamps is null ? null : LineDownSampling.Pick(timestamps, keep),
        numbers is null ? null : LineDownSampling.Pick(numbers, keep),
        labels is null ? null : LineDownSampling.Pick(labels, keep));

    private static bool Ascending<T>(T[] values) where T : IComparable<T>
    {
        for (int i = 1; i < values.Length; i++)
            if (values[i].CompareTo(values[i - 1]) < 0) return false;
        return true;
    }

    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        Span<char> buffer = stackalloc char[32];
        if (dates is not null)
        {
            foreach (var d in dates)
            {
                d.TryFormat(buffer, out int n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                w.WriteStringValue(buffer[..n]);
            }
        }
        else if (timestamps is not null)
        {
            foreach (var t in timestamps)
            {
                var local = t.DateTime;
                local.TryFormat(buffer, out int n, TimestampFormat(local), CultureInfo.InvariantCulture);
                w.WriteStringValue(buffer[..n]);
            }
        }
        else if (numbers is not null)
            foreach (var x in numbers) JsonNumbers.Write(w, x);
        else if (labels is not null)
            foreach (var s in labels) w.WriteStringValue(s);
        w.WriteEndArray();
    }

    internal static string FormatDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// plotly.js reads date strings without an offset and shows them as written, so a timestamp is written as the wall
    /// clock of its own offset (the exchange's clock for bars and news): a 09:30 New York bar shows as 09:30.
    /// Midnight is written as a bare date so daily bars sit on their day.
    /// </summary>
    private static string TimestampFormat(DateTime local) =>
        local.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : local.Millisecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.fff";
}

/// <summary>Numbers as plotly.js wants them: shortest round-trip form, and null for NaN or infinity so lines show a gap.</summary>
internal static class JsonNumbers
{
    public static void Write(Utf8JsonWriter w, double x)
    {
        if (double.IsFinite(x)) w.WriteNumberValue(x);
        else w.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter w, string name, double x)
    {
        w.WritePropertyName(name);
        Write(w, x);
    }

    public static void WriteArray(Utf8JsonWriter w, string name, ReadOnlySpan<double> values)
    {
        w.WriteStartArray(name);
        foreach (var x in values) Write(w, x);
        w.WriteEndArray();
    }
}

internal static class JsonStrings
{
    public static void WriteArray(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var s in values) w.WriteStringValue(s);
        w.WriteEndArray();
    }
}
