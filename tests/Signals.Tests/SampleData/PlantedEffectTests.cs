using Signals.Data;
using Signals.SampleData;
using Xunit.Abstractions;

namespace Signals.Tests.SampleData;

/// <summary>
/// Recovers the planted effect from the committed files with nothing but the public loaders, the calendar and the
/// truth file: the honest IC is small and fades within a week; aligning news to the bar it was published in
/// (look-ahead) makes it several times larger.
/// </summary>
public sealed class PlantedEffectTests(ITestOutputHelper output)
{
    private static readonly int[] Horizons = [1, 2, 3, 5, 10, 20];

    private static double[,] ToneByDecisionDay(CommittedSample sample)
    {
        var panel = SampleTruth.ToneByDecisionDay(sample.News, sample.Truth, sample.Panel.Close, sample.Calendar);
        var tone = new double[panel.DayCount, panel.SymbolCount];
        for (int d = 0; d < panel.DayCount; d++)
            for (int s = 0; s < panel.SymbolCount; s++) tone[d, s] = panel[d, s];
        return tone;
    }

    /// <summary>Sum of true tones per (bar, symbol) for the bar whose close-to-close window holds the publication: look-ahead.</summary>
    private static double[,] ToneByPublicationBar(CommittedSample sample)
    {
        var panel = sample.Panel;
        var tone = new double[panel.DayCount, panel.SymbolCount];
        var dayIndex = panel.Dates.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        foreach (var item in sample.News)
        {
            var (date, time) = sample.Calendar.ToExchangeTime(item.Published);
            var bar = sample.Calendar.IsTradingDay(date) && time < sample.Calendar.CloseOn(date) ? date : sample.Calendar.NextTradingDay(date);
            if (!dayIndex.TryGetValue(bar, out int d)) continue;
            foreach (var symbol in item.Symbols) tone[d, panel.Close.SymbolIndex(symbol)] += sample.Truth[item.Id].Tone;
        }
        return tone;
    }

    [Fact]
    public void Planted_tone_predicts_next_open_to_open_return_and_fades_within_a_week()
    {
        var sample = CommittedSample.Load();
        var open = sample.Panel.Open;
        int days = sample.Panel.DayCount;
        var tone = ToneByDecisionDay(sample);

        var lagged = new Dictionary<int, double>();
        output.WriteLine("horizon  IC(one-day open->open return, h-1 days after the decision day)  IC(cumulative open[D]->open[D+h])");
        foreach (int h in Horizons)
        {
            var oneDay = RankIc.MeanDaily(tone, (d, s) => open[d + h, s] / open[d + h - 1, s] - 1, 0, days - h);
            var cumulative = RankIc.MeanDaily(tone, (d, s) => open[d + h, s] / open[d, s] - 1, 0, days - h);
            lagged[h] = oneDay.Mean;
            output.WriteLine($"{h,7}  {oneDay.Mean,8:+0.0000;-0.0000} (se {oneDay.StdError:0.0000}, {oneDay.Days} days)  {cumulative.Mean,8:+0.0000;-0.0000}");
        }

        Assert.InRange(lagged[1], 0.02, 0.08);
        Assert.True(lagged[2] < lagged[1], "the effect should weaken after the first day");
        Assert.True(lagged[10] <= lagged[1] / 2, $"IC ten days out ({lagged[10]:0.0000}) should be under half the first day's ({lagged[1]:0.0000})");
        Assert.InRange(lagged[10], -0.015, 0.015);
        Assert.InRange(lagged[20], -0.015, 0.015);
    }

    [Fact]
    public void Aligning_news_to_the_bar_it_was_published_in_fakes_a_much_larger_IC()
    {
        var sample = CommittedSample.Load();
        var open = sample.Panel.Open;
        var close = sample.Panel.Close;
        int days = sample.Panel.DayCount;

        var honest = RankIc.MeanDaily(ToneByDecisionDay(sample), (d, s) => open[d + 1, s] / open[d, s] - 1, 0, days - 1);
        var lookAhead = RankIc.MeanDaily(ToneByPublicationBar(sample), (d, s) => close[d, s] / close[d - 1, s] - 1, 1, days);
        output.WriteLine($"honest IC (decision-day tone vs open->next open): {honest.Mean:+0.0000}");
        output.WriteLine($"look-ahead IC (tone of news inside the bar vs that bar's close->close): {lookAhead.Mean:+0.0000}");

        Assert.True(lookAhead.Mean > 3 * honest.Mean, $"look-ahead IC {lookAhead.Mean:0.0000} vs honest {honest.Mean:0.0000}");
    }

    [Fact]
    public void Drift_weights_sum_to_one_and_decay()
    {
        var w = PlantedEffect.DriftWeights;
        Assert.Equal(1.0, w.Sum(), 12);
        for (int k = 1; k < w.Count; k++) Assert.True(w[k] < w[k - 1]);
    }
}
