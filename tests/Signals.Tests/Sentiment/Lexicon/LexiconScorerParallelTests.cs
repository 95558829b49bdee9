using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Lexicon;
using Signals.Tests.Sentiment.Lexicon.Oracle;

namespace Signals.Tests.Sentiment.Lexicon;

/// <summary>Scoring on every core gives the one-at-a-time results, reports progress in order, and stops when cancelled.</summary>
public class LexiconScorerParallelTests
{
    private static NewsItem[] Items(int count) =>
        [.. VariedHeadlines.WordSalad(count, seed: 5).Select((t, i) => new NewsItem($"n{i}", DateTimeOffset.UnixEpoch, ["X"], t))];

    [Fact]
    public async Task Results_are_the_sequential_scores_of_the_previous_extractor_in_input_order()
    {
        var items = Items(20_000);
        var results = await new LexiconSentimentScorer().ScoreAsync(items);
        Assert.Equal(items.Length, results.Count);
        for (int i = 0; i < items.Length; i++)
        {
            var expected = ScoreWithOracle(items[i].Headline);
            Assert.Equal(items[i].Id, results[i].Id);
            Assert.Equal(expected.Label, results[i].Label);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Score), BitConverter.DoubleToInt64Bits(results[i].Score));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Confidence), BitConverter.DoubleToInt64Bits(results[i].Confidence));
            Assert.Equal(LexiconSentimentScorer.ModelName, results[i].Model);
        }
    }

    [Fact]
    public async Task Progress_rises_one_report_at_a_time_to_the_total()
    {
        var items = Items(50_000);
        var progress = new RecordingProgress();
        await new LexiconSentimentScorer().ScoreAsync(items, progress);
        Assert.False(progress.Overlapped, "two reports ran at once");
        Assert.True(progress.Reports.Count > 1, $"{progress.Reports.Count} reports");
        Assert.All(progress.Reports, r => Assert.Equal(items.Length, r.Total));
        Assert.Equal(items.Length, progress.Reports[^1].Completed);
        for (int i = 1; i < progress.Reports.Count; i++)
            Assert.True(progress.Reports[i].Completed > progress.Reports[i - 1].Completed);
    }

    [Fact]
    public async Task An_empty_batch_reports_zero_of_zero()
    {
        var progress = new RecordingProgress();
        var results = await new LexiconSentimentScorer().ScoreAsync([], progress);
        Assert.Empty(results);
        Assert.Equal([new ScoringProgress(0, 0)], progress.Reports);
    }

    [Fact]
    public async Task A_cancelled_batch_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LexiconSentimentScorer().ScoreAsync(Items(100), null, cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_during_the_batch_stops_it()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(onReport: () => cancellation.Cancel());
        var items = Items(200_000);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LexiconSentimentScorer().ScoreAsync(items, progress, cancellation.Token));
        Assert.True(progress.Reports[^1].Completed < items.Length, $"finished {progress.Reports[^1].Completed} of {items.Length}");
    }

    private static (SentimentLabel Label, double Score, double Confidence) ScoreWithOracle(string text)
    {
        // The scorer's formula over the oracle's features: the two must agree to the bit.
        var f = LegacyLexiconFeatureExtractor.Extract(text);
        double net = f.Net / (1 + 0.5 * f.Uncertainty);
        double score = Math.Tanh(net / 2);
        var label = net >= 1 ? SentimentLabel.Positive : net <= -1 ? SentimentLabel.Negative : SentimentLabel.Neutral;
        double confidence = label == SentimentLabel.Neutral ? 1 - Math.Abs(score) : Math.Abs(score);
        return (label, score, confidence);
    }

    /// <summary>Keeps every report, and notices if two arrive at once (a caller's progress need not be thread-safe).</summary>
    private sealed class RecordingProgress(Action? onReport = null) : IProgress<ScoringProgress>
    {
        private int _inside;
        public List<ScoringProgress> Reports { get; } = [];
        public bool Overlapped { get; private set; }

        public void Report(ScoringProgress value)
        {
            if (Interlocked.Increment(ref _inside) > 1) Overlapped = true;
            Thread.Sleep(1); // widen the window in which an overlapping report would be seen
            Reports.Add(value);
            onReport?.Invoke();
            Interlocked.Decrement(ref _inside);
        }
    }
}
