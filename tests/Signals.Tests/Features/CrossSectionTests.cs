using Signals.Data;
using Signals.Features;

namespace Signals.Tests.Features;

public class CrossSectionTests
{
    private static readonly DateOnly[] Days = [new(2024, 1, 2), new(2024, 1, 3)];
    private static readonly string[] Symbols = ["A", "B", "C", "D"];

    [Fact]
    public void Rank_ignores_missing_values_averages_ties_and_scales()
    {
        var panel = new Panel(Days, Symbols, [3, 1, double.NaN, 2, 5, 5, 1, double.NaN]);
        var rank = CrossSection.Rank(panel);
        Assert.Equal(1.0, rank[0, 0]);
        Assert.Equal(0.0, rank[0, 1]);
        Assert.True(double.IsNaN(rank[0, 2]));
        Assert.Equal(0.5, rank[0, 3]);
        Assert.Equal(0.75, rank[1, 0]);   // tied 5s share ranks 1 and 2 of 0..2 → 1.5 / 2
        Assert.Equal(0.75, rank[1, 1]);
        Assert.Equal(0.0, rank[1, 2]);
        var centred = CrossSection.Rank(panel, RankScale.Centered);
        Assert.Equal(0.5, centred[0, 0]);
        Assert.Equal(-0.5, centred[0, 1]);
        Assert.Equal(0.0, centred[0, 3]);
    }

    [Fact]
    public void ZScore_per_day()
    {
        var panel = new Panel(Days, Symbols, [1, 2, 3, double.NaN, 4, 4, 4, 4]);
        var z = CrossSection.ZScore(panel);
        Assert.Equal(-1, z[0, 0], 12);
        Assert.Equal(0, z[0, 1], 12);
        Assert.Equal(1, z[0, 2], 12);
        Assert.True(double.IsNaN(z[0, 3]));
        Assert.All(z.Row(1).ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Signal_panel_shifts_close_based_indicators_and_combines_z_scores()
    {
        var sentiment = new Panel(Days, Symbols, [1, 2, 3, 4, 4, 3, 2, 1]);
        var momentum = new Panel(Days, Symbols, [10, 20, 30, 40, 0, 0, 0, 0]);
        var signals = new SignalPanel(Days, Symbols).Add("sentiment", sentiment).AddFromCloses("momentum", momentum);

        Assert.All(signals["momentum"].Row(0).ToArray(), v => Assert.True(double.IsNaN(v)));   // yesterday's close is not known on day 0
        Assert.Equal(momentum.Row(0).ToArray(), signals["momentum"].Row(1).ToArray());

        var combined = signals.Combine(new Dictionary<string, double> { ["sentiment"] = 1, ["momentum"] = 1 });
        var zs = CrossSection.ZScore(sentiment);
        var zm = CrossSection.ZScore(signals["momentum"]);
        Assert.Equal(zs[0, 1], combined[0, 1], 12);             // momentum missing on day 0: sentiment alone
        Assert.Equal(zs[1, 1] + zm[1, 1], combined[1, 1], 12);
    }
}
