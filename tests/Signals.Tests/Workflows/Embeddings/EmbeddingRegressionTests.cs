using Signals.Analytics;
using Signals.Data;
using Signals.Workflows.Embeddings;

namespace Signals.Tests.Workflows.Embeddings;

/// <summary>
/// The walk-forward ridge on synthetic embeddings whose first coordinates carry the next-day return: it must learn the
/// signal out of sample, leave headlines before its first fit unscored, and never let data after a day move a prediction
/// made on or before it.
/// </summary>
public sealed class EmbeddingRegressionTests
{
    private const int Dimensions = 24;

    private sealed record Fixture(BarPanel Prices, List<NewsItem> News, List<float[]> Embeddings);

    /// <summary>10 names over 300 weekdays; 5 headlines a day at 08:00 New York whose embedding's first 3 coordinates lean with that day's open-to-open return.</summary>
    private static Fixture Build(int seed = 3)
    {
        var rng = new Random(seed);
        int days = 300, symbols = 10;
        var opens = new double[symbols][];
        for (int s = 0; s < symbols; s++)
        {
            opens[s] = new double[days];
            double p = 40;
            for (int d = 0; d < days; d++) { opens[s][d] = p; p *= Math.Exp(0.02 * (rng.NextDouble() - 0.5) * 3.4); }
        }
        var prices = TinyPanels.FromOpens(opens);
        var forward = ForwardReturns.Compute(prices, 1, ForwardReturnBasis.Open);
        var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var news = new List<NewsItem>();
        var vectors = new List<float[]>();
        for (int d = 0; d < days; d++)
        {
            var day = prices.Dates[d];
            var local = new DateTime(day.Year, day.Month, day.Day, 8, 0, 0);
            var published = new DateTimeOffset(local, ny.GetUtcOffset(local));
            foreach (int s in Enumerable.Range(0, symbols).OrderBy(_ => rng.Next()).Take(5))
            {
                double r = double.IsFinite(forward[d, s]) ? forward[d, s] : 0;
                var v = new float[Dimensions];
                for (int j = 0; j < Dimensions; j++) v[j] = (float)(rng.NextDouble() - 0.5);
                for (int j = 0; j < 3; j++) v[j] += (float)(20 * r);
                news.Add(new NewsItem($"n{news.Count}", published, [prices.Symbols[s]], $"headline {news.Count}"));
                vectors.Add(v);
            }
        }
        return new Fixture(prices, news, vectors);
    }

    private static readonly EmbeddingRegressionOptions Options = new() { MinTrainingObservations = 300, RefitEveryDays = 10, Timing = DecisionTiming.Open };

    [Fact]
    public void It_learns_the_planted_signal_out_of_sample_and_scores_nothing_before_its_first_fit()
    {
        var f = Build();
        var run = EmbeddingRegression.Run(f.Prices, f.News, f.Embeddings, Options);
        Assert.NotEmpty(run.Fits);
        Assert.True(run.BeforeFirstFit > 0);
        Assert.Equal(0, run.OutsidePrices);
        var firstFit = run.Fits[0].Day;
        for (int i = 0; i < f.News.Count; i++)
        {
            bool early = DateOnly.FromDateTime(f.News[i].Published.UtcDateTime) < firstFit;
            Assert.Equal(!early, double.IsFinite(run.Scores[i]));
        }
        Assert.Equal(f.News.Count, run.BeforeFirstFit + run.Scores.Count(double.IsFinite));
        // Every fit saw only realised targets: at least 300 observations, none decided on or after its day.
        Assert.All(run.Fits, fit => Assert.True(fit.TrainingObservations >= 300));
        Assert.All(run.Scores.Where(double.IsFinite), s => Assert.InRange(s, -1, 1));

        // Out of sample the predictions rank the next-day returns.
        var forward = ForwardReturns.Compute(f.Prices, 1, ForwardReturnBasis.Open);
        var scored = Enumerable.Range(0, f.News.Count).Where(i => double.IsFinite(run.Predictions[i])).ToArray();
        var pred = scored.Select(i => run.Predictions[i]).ToArray();
        var actual = scored.Select(i =>
        {
            int d = Array.IndexOf(f.Prices.Dates, DateOnly.FromDateTime(f.News[i].Published.UtcDateTime));
            return forward[d, Array.IndexOf(f.Prices.Symbols, f.News[i].Symbols[0])];
        }).ToArray();
        var keep = Enumerable.Range(0, pred.Length).Where(k => double.IsFinite(actual[k])).ToArray();
        double corr = Ranking.Pearson(keep.Select(k => pred[k]).ToArray(), keep.Select(k => actual[k]).ToArray());
        Assert.True(corr > 0.3, $"out-of-sample correlation {corr}");
    }

    [Theory]
    [InlineData(TrainingWindow.Expanding)]
    [InlineData(TrainingWindow.Rolling)]
    public void Predictions_up_to_a_day_do_not_move_when_everything_after_it_is_removed(TrainingWindow window)
    {
        var f = Build();
        var options = Options with { Window = window, RollingDays = 120 };
        var all = EmbeddingRegression.Run(f.Prices, f.News, f.Embeddings, options);
        int cut = 200;
        var t = f.Prices.Dates[cut];
        var prices = f.Prices.Slice(0, cut + 1);
        var keep = Enumerable.Range(0, f.News.Count).Where(i => DateOnly.FromDateTime(f.News[i].Published.UtcDateTime) <= t).ToArray();
        var cutRun = EmbeddingRegression.Run(prices, [.. keep.Select(i => f.News[i])], [.. keep.Select(i => f.Embeddings[i])], options);

        int compared = 0;
        for (int k = 0; k < keep.Length; k++)
        {
            Assert.Equal(all.Predictions[keep[k]], cutRun.Predictions[k]);
            Assert.Equal(all.Scores[keep[k]], cutRun.Scores[k]);
            if (double.IsFinite(cutRun.Predictions[k])) compared++;
        }
        Assert.True(compared > 200, $"{compared} predictions compared");
        Assert.Equal(all.Fits.Where(x => x.Day <= t), cutRun.Fits);
    }

    [Fact]
    public void A_target_that_overlaps_the_prediction_day_is_never_in_training()
    {
        // Change only the last day's prices: a fit on day r may use targets realised by r − 1 (embargo 1), so nothing
        // decided before the last day can change, and the fits' training counts stay the same.
        var f = Build();
        var run = EmbeddingRegression.Run(f.Prices, f.News, f.Embeddings, Options);
        var opens = (double[])f.Prices.Open.Values.Clone();
        int last = f.Prices.DayCount - 1;
        for (int s = 0; s < f.Prices.SymbolCount; s++) opens[last * f.Prices.SymbolCount + s] *= 1.5;
        var open = new Panel(f.Prices.Dates, f.Prices.Symbols, opens);
        var bumped = new BarPanel(f.Prices.Dates, f.Prices.Symbols, open, f.Prices.High, f.Prices.Low, f.Prices.Close, f.Prices.Volume);
        var again = EmbeddingRegression.Run(bumped, f.News, f.Embeddings, Options);
        Assert.Equal(run.Predictions, again.Predictions);
    }
}
