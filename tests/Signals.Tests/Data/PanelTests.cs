using Signals.Data;

namespace Signals.Tests.Data;

public sealed class PanelTests
{
    private static BarSeries Series(string symbol, params (int Day, double Close)[] bars) =>
        BarSeries.FromBars(symbol, bars.Select(b => new Bar(new DateTimeOffset(2024, 1, b.Day, 0, 0, 0, TimeSpan.FromHours(-5)), b.Close, b.Close, b.Close, b.Close, 100)).ToList());

    [Fact]
    public void Panels_align_on_the_union_of_days_with_missing_values_explicit()
    {
        var panel = BarPanel.FromSeries([Series("A", (2, 1), (3, 2), (4, 3)), Series("B", (3, 20), (5, 40))]);
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 5)], panel.Dates);
        Assert.Equal([1, 2, 3, double.NaN], panel.Close.Column(0));
        Assert.Equal([double.NaN, 20, double.NaN, 40], panel.Close.Column(1));
        Assert.Equal([2, 20], panel.Close.Row(1).ToArray());
    }

    [Fact]
    public void Bar_series_reject_unsorted_timestamps()
    {
        var t = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Throws<ArgumentException>(() => new BarSeries("X", [t, t], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1]));
    }

    [Fact]
    public void Data_frames_round_trip_series_and_panels()
    {
        var s = Series("A", (2, 1.5), (3, 2.5));
        var back = s.ToDataFrame().ToBarSeries("A");
        Assert.Equal(s.Close, back.Close);
        Assert.Equal(s.Timestamps, back.Timestamps);

        var panel = BarPanel.FromSeries([s, Series("B", (3, 7))]).Close;
        var frame = panel.ToDataFrame();
        Assert.Equal(["date", "A", "B"], frame.Columns.Select(c => c.Name));
        Assert.Null(frame.Columns["B"][0]);
        var again = frame.ToPanel();
        Assert.Equal(panel.Dates, again.Dates);
        Assert.Equal(panel.Values, again.Values);
    }
}
