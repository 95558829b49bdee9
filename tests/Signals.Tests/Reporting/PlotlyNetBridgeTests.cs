using System.Text.Json;
using Plotly.NET;
using Signals.Plotly;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class PlotlyNetBridgeTests
{
    [Fact]
    public void Figure_becomes_a_generic_chart_with_the_same_data_and_layout()
    {
        var dates = ReportingFixtures.Weekdays(new DateOnly(2024, 1, 1), 5);
        var fig = Charts.Equity(dates, [100, 101, double.NaN, 103, 104], [50, 51, 52, 53, 54], logScale: true);
        fig.Layout.Axis("y2").Overlaying = "y";

        var chart = fig.ToGenericChart();
        using var ours = JsonDocument.Parse(fig.ToJson());
        using var theirs = JsonDocument.Parse(GenericChart.toJson(chart));

        var ourData = ours.RootElement.GetProperty("data");
        var theirData = theirs.RootElement.GetProperty("data");
        Assert.Equal(ourData.GetArrayLength(), theirData.GetArrayLength());
        for (int i = 0; i < ourData.GetArrayLength(); i++)
        {
            Assert.Equal(ourData[i].GetProperty("type").GetString(), theirData[i].GetProperty("type").GetString());
            Assert.Equal(ourData[i].GetProperty("name").GetString(), theirData[i].GetProperty("name").GetString());
            Assert.Equal(ourData[i].GetProperty("x").GetRawText(), theirData[i].GetProperty("x").GetRawText());
            Assert.Equal(Numbers(ourData[i].GetProperty("y")), Numbers(theirData[i].GetProperty("y")));
        }
        Assert.Equal(JsonValueKind.Null, theirData[1].GetProperty("y")[2].ValueKind); // the NaN gap survives
        var layout = theirs.RootElement.GetProperty("layout");
        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("y", layout.GetProperty("yaxis2").GetProperty("overlaying").GetString());
        Assert.False(theirs.RootElement.GetProperty("config").GetProperty("displaylogo").GetBoolean());
    }

    private static double?[] Numbers(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToArray();
}
