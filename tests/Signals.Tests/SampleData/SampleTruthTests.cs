using Signals.Data;
using Signals.SampleData;

namespace Signals.Tests.SampleData;

public sealed class SampleTruthTests
{
    [Fact]
    public void Loads_the_answer_key()
    {
        using var temp = new TempFiles();
        var truth = SampleTruth.Load(temp.Write("t.csv", "id,tone,event\nn1,0.50,earnings_beat\nn2,-1.00,guidance_cut\nn3,0.00,chatter\n"));
        Assert.Equal(new PlantedTone("n2", -1.0, "guidance_cut"), truth["n2"]);
        Assert.Equal(3, truth.Count);
    }

    [Theory]
    [InlineData("id,score,event\nn1,0.5,x\n", 1, null, "header")]
    [InlineData("id,tone,event\nn1,0.5,x\nn2,1.5,x\n", 3, "tone", "'1.5'")]
    [InlineData("id,tone,event\nn1,abc,x\n", 2, "tone", "'abc'")]
    [InlineData("id,tone,event\nn1,0.5,x\nn1,0.2,y\n", 3, "id", "duplicate")]
    [InlineData("id,tone,event\nn1,0.5\n", 2, null, "3 fields")]
    public void A_bad_row_names_file_line_and_column(string content, int line, string? column, string problem)
    {
        using var temp = new TempFiles();
        var path = temp.Write("t.csv", content);
        var ex = Assert.Throws<DataFormatException>(() => SampleTruth.Load(path));
        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Tone_is_summed_on_each_headlines_decision_day()
    {
        DateOnly[] days = [new(2024, 3, 4), new(2024, 3, 5), new(2024, 3, 6)]; // Monday to Wednesday
        var layout = new Panel(days, ["AAA", "BBB"]);
        static DateTimeOffset At(string s) => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        NewsItem[] news =
        [
            new("a", At("2024-03-04T08:00:00-05:00"), ["AAA"], "before Monday's open"),
            new("b", At("2024-03-04T10:00:00-05:00"), ["AAA"], "during Monday's session"),
            new("c", At("2024-03-02T12:00:00-05:00"), ["BBB", "ZZZ"], "Saturday, and a symbol outside the panel"),
            new("d", At("2024-03-06T17:00:00-05:00"), ["BBB"], "decides Thursday, after the panel"),
            new("e", At("2024-03-05T07:00:00-05:00"), ["AAA"], "before Tuesday's open"),
        ];
        var truth = new Dictionary<string, PlantedTone>
        {
            ["a"] = new("a", 0.5, "x"), ["b"] = new("b", 0.25, "x"), ["c"] = new("c", -0.4, "x"), ["d"] = new("d", 0.9, "x"), ["e"] = new("e", -0.1, "x"),
        };

        var tone = SampleTruth.ToneByDecisionDay(news, truth, layout, TradingCalendar.UsEquities());

        Assert.Equal([0.5, -0.4, 0.25 - 0.1, 0, 0, 0], tone.Values);
    }
}
