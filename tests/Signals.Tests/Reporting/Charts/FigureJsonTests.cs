using System.Text.Json;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class FigureJsonTests
{
    private static JsonElement Parse(Figure f) => JsonDocument.Parse(f.ToJson()).RootElement.Clone();

    [Fact]
    public void Figure_serialises_to_plotly_data_layout_config()
    {
        var fig = new Figure("Title")
            .Add(new ScatterTrace(new[] { new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3) }, [1.5, 2.25]) { Name = "a" });
        var root = Parse(fig);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("data").ValueKind);
        var trace = root.GetProperty("data")[0];
        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("lines", trace.GetProperty("mode").GetString());
        Assert.Equal("a", trace.GetProperty("name").GetString());
        Assert.Equal(["2024-01-02", "2024-01-03"], trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([1.5, 2.25], trace.GetProperty("y").EnumerateArray().Select(e => e.GetDouble()).ToArray());
        Assert.Equal("Title", root.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.False(root.GetProperty("config").GetProperty("displaylogo").GetBoolean());
    }

    [Fact]
    public void NaN_and_infinity_become_null_so_plotly_draws_a_gap()
    {
        var fig = new Figure().Add(new ScatterTrace(new double[] { 1, 2, 3, 4 }, [1, double.NaN, double.PositiveInfinity, 4]));
        var y = Parse(fig).GetProperty("data")[0].GetProperty("y");
        Assert.Equal([JsonValueKind.Number, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Number],
            y.EnumerateArray().Select(e => e.ValueKind).ToArray());
        Assert.Contains("\"y\":[1,null,null,4]", fig.ToJson());
    }

    [Fact]
    public void Doubles_round_trip_exactly_in_invariant_form()
    {
        double[] ys = [0.1 + 0.2, 1e-300, -123456789.123456789, Math.PI];
        var json = new Figure().Add(new ScatterTrace(new double[] { 0, 1, 2, 3 }, ys)).ToJson();
        var parsed = JsonDocument.Parse(json).RootElement.GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(ys, parsed);
        Assert.Contains("0.30000000000000004", json);
    }

    [Fact]
    public void Same_figure_gives_same_bytes()
    {
        static Figure Make() => Charts.Equity(ReportingFixtures.Weekdays(new DateOnly(2024, 1, 1), 300), ReportingFixtures.Equity(300, 3),
            ReportingFixtures.Equity(300, 4));
        Assert.Equal(Make().ToJson(), Make().ToJson());
    }

    [Fact]
    public void Html_significant_characters_are_escaped_inside_the_json()
    {
        var json = new Figure("</script><b>x</b>&").ToJson();
        Assert.DoesNotContain("</script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", json);
        Assert.Equal("</script><b>x</b>&", JsonDocument.Parse(json).RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Timestamps_are_written_as_wall_clock_of_their_offset()
    {
        var t = new[]
        {
            new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.FromHours(-5)),
        };
        var x = Parse(new Figure().Add(new ScatterTrace(t, [1, 2]))).GetProperty("data")[0].GetProperty("x");
        Assert.Equal(["2024-03-01 09:30:00", "2024-03-04"], x.EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void Secondary_axis_log_scale_and_shapes_map_to_plotly_names()
    {
        var fig = new Figure().Add(new ScatterTrace(new double[] { 1, 2 }, [1, 2]) { YAxis = "y2" });
        fig.Layout.YAxis.Type = AxisType.Log;
        var y2 = fig.Layout.Axis("y2");
        y2.Overlaying = "y";
        y2.Side = AxisSide.Right;
        fig.Layout.Shapes.Add(Shape.HorizontalLine(0));
        var root = Parse(fig);
        Assert.Equal("y2", root.GetProperty("data")[0].GetProperty("yaxis").GetString());
        var layout = root.GetProperty("layout");
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("y", layout.GetProperty("yaxis2").GetProperty("overlaying").GetString());
        Assert.Equal("right", layout.GetProperty("yaxis2").GetProperty("side").GetString());
        var shape = layout.GetProperty("shapes")[0];
        Assert.Equal("line", shape.GetProperty("type").GetString());
        Assert.Equal(0, shape.GetProperty("y0").GetDouble());
        Assert.Equal("paper", shape.GetProperty("xref").GetString());
    }

    [Fact]
    public void Heatmap_writes_rows_of_z_with_nulls_for_missing_cells()
    {
        var z = new double[,] { { 1, double.NaN, 3 }, { 4, 5, 6 } };
        var trace = Parse(new Figure().Add(new HeatmapTrace(new[] { "a", "b", "c" }, new[] { "r1", "r2" }, z))).GetProperty("data")[0];
        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal(2, trace.GetProperty("z").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("z")[0][1].ValueKind);
        Assert.Equal(6, trace.GetProperty("z")[1][2].GetDouble());
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new ScatterTrace(new double[] { 1, 2, 3 }, [1, 2]));
        Assert.Throws<ArgumentException>(() => new HeatmapTrace(new[] { "a" }, new[] { "r" }, new double[2, 2]));
        Assert.Throws<ArgumentException>(() => new Layout().Axis("z3"));
    }

    [Fact]
    public void Fragment_waits_for_plotly_and_only_includes_it_when_asked()
    {
        var fig = Charts.IcDecay([1, 5], [0.02, 0.01]);
        var small = ChartHtml.Fragment(fig, includePlotlyJs: false, id: "ic");
        Assert.Contains("<div id=\"ic\"", small);
        Assert.Contains("window.Plotly", small);
        Assert.True(small.Length < 20_000, $"fragment without plotly.js is {small.Length} chars");
        var big = ChartHtml.Fragment(fig, includePlotlyJs: true, id: "ic");
        Assert.True(big.Length > PlotlyJs.Script.Length);
        Assert.Contains("if (!window.Plotly)", big);
        Assert.NotEqual(ChartHtml.Fragment(fig), ChartHtml.Fragment(fig)); // default ids differ per output
        Assert.Throws<ArgumentException>(() => ChartHtml.Fragment(fig, id: "x\"><script>"));
    }

    [Fact]
    public void Embedded_plotly_is_the_stated_version_and_the_loader_guards_reloads()
    {
        Assert.StartsWith("/**\n* plotly.js v" + PlotlyJs.Version, PlotlyJs.Script);
        Assert.Contains("MIT", PlotlyJs.License);
        var loader = PlotlyJs.LoaderHtml();
        Assert.StartsWith("<script", loader);
        Assert.Contains("if (!window.Plotly) {", loader);
    }
}
