using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Lexicon;

namespace Signals.Tests.Sentiment.Embedded;

/// <summary>Runs the real all-MiniLM-L6-v2 model and the head shipped in the library: no mocks.</summary>
public class EmbeddedSentimentScorerTests
{
    private static NewsItem Item(string id, string headline) => new(id, DateTimeOffset.UnixEpoch, ["X"], headline);

    [Theory]
    [InlineData("Helvar Systems beats estimates and raises its full-year profit forecast", SentimentLabel.Positive)]
    [InlineData("Net profit jumped 45% to a record EUR 310 million on strong demand", SentimentLabel.Positive)]
    [InlineData("Drugmaker wins FDA approval for its cancer treatment; shares soar", SentimentLabel.Positive)]
    [InlineData("Retailer files for bankruptcy after defaulting on its debt", SentimentLabel.Negative)]
    [InlineData("Shares plunge after the company slashes guidance and suspends its dividend", SentimentLabel.Negative)]
    [InlineData("Operating profit fell to EUR 2.1 mn from EUR 9.8 mn as sales declined", SentimentLabel.Negative)]
    [InlineData("The company will hold its annual general meeting on 5 May in Oslo", SentimentLabel.Neutral)]
    [InlineData("The group is headquartered in Turku and employs about 900 people", SentimentLabel.Neutral)]
    [InlineData("Helvar Systems to report second-quarter results on July 24", SentimentLabel.Neutral)]
    public async Task Clear_headlines_get_the_obvious_label(string headline, SentimentLabel expected)
    {
        var result = (await new EmbeddedSentimentScorer().ScoreAsync([Item("1", headline)]))[0];
        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(expected, result.Label);
        Assert.InRange(result.Score, -1, 1);
        Assert.InRange(result.Confidence, 1.0 / 3, 1);
        if (expected == SentimentLabel.Positive) Assert.True(result.Score > 0.3, $"score {result.Score}");
        if (expected == SentimentLabel.Negative) Assert.True(result.Score < -0.3, $"score {result.Score}");
    }

    [Fact]
    public async Task Results_keep_input_order_ids_and_are_deterministic()
    {
        var items = Enumerable.Range(0, 40).Select(i => Item($"id{i}", i % 2 == 0
            ? $"Company {i} raises dividend by {i + 5}% after record year"
            : $"Company {i} warns of a loss of {i} million as orders collapse")).ToArray();
        var scorer = new EmbeddedSentimentScorer();
        var first = await scorer.ScoreAsync(items);
        var second = await scorer.ScoreAsync(items);
        Assert.Equal(items.Select(i => i.Id), first.Select(r => r.Id));
        Assert.Equal(first.Select(r => r.Score), second.Select(r => r.Score));
        Assert.Equal(first.Select(r => r.Label), second.Select(r => r.Label));
        Assert.All(first, r => Assert.Equal(scorer.Name, r.Model));
        Assert.StartsWith($"{EmbeddedSentimentScorer.ModelName}-{EmbeddingPrecisions.Default.Name()}", scorer.Name);
        Assert.True(first.Where((r, i) => i % 2 == 0).All(r => r.Score > 0));
        Assert.True(first.Where((r, i) => i % 2 == 1).All(r => r.Score < 0));
    }

    [Fact]
    public async Task Empty_batch_and_empty_headline_are_handled()
    {
        Assert.Empty(await new EmbeddedSentimentScorer().ScoreAsync([]));
        var result = (await new EmbeddedSentimentScorer().ScoreAsync([Item("e", "")]))[0];
        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.False(double.IsNaN(result.Score));
    }

    [Fact]
    public async Task Progress_reaches_the_total()
    {
        var items = Enumerable.Range(0, 10).Select(i => Item($"p{i}", $"Headline number {i}")).ToArray();
        var seen = new List<ScoringProgress>();
        var progress = new SynchronousProgress<ScoringProgress>(seen.Add);
        await new EmbeddedSentimentScorer().ScoreAsync(items, progress);
        Assert.Equal(10, seen[^1].Completed);
        Assert.Equal(10, seen[^1].Total);
    }

    [Fact]
    public void Embeddings_are_unit_length_and_independent_of_batch_position()
    {
        var embedder = MiniLmEmbedder.Shared;
        var alone = embedder.Embed(["Operating profit rose to EUR 13.1 mn"])[0];
        Assert.Equal(MiniLmEmbedder.Dimensions, alone.Length);
        Assert.Equal(1.0, Math.Sqrt(alone.Sum(v => (double)v * v)), 4);
        var inBatch = embedder.Embed(["Short", "Operating profit rose to EUR 13.1 mn", "A much longer sentence about quarterly results in Finland"])[1];
        for (int j = 0; j < alone.Length; j++) Assert.Equal(alone[j], inBatch[j], 4);
    }

    [Fact]
    public void Shipped_head_round_trips_through_json()
    {
        var head = SentimentHead.Shipped();
        var copy = SentimentHead.FromJson(head.ToJson(), "copy");
        Assert.Equal(head.ToJson(), copy.ToJson());

        var embedding = new double[MiniLmEmbedder.Dimensions];
        embedding[3] = 0.5; embedding[100] = -0.2;
        var lexicon = LexiconFeatureExtractor.Extract("profit rose").ToVector();
        Span<double> p = stackalloc double[3];
        Span<double> q = stackalloc double[3];
        head.Probabilities(embedding, lexicon, p);
        copy.Probabilities(embedding, lexicon, q);
        Assert.Equal(p.ToArray(), q.ToArray());
        Assert.Equal(1.0, p[0] + p[1] + p[2], 12);
    }

    [Fact]
    public void A_head_of_the_wrong_shape_is_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<InvalidDataException>(() => SentimentHead.FromJson("{\"embedding\": 1}", "bad.json"));
        Assert.StartsWith("bad.json", ex.Message);
    }

    [Fact]
    public void Factory_creates_the_offline_scorers_and_rejects_unknown_names()
    {
        Assert.IsType<EmbeddedSentimentScorer>(OfflineScorers.Create("embedded"));
        Assert.IsType<LexiconSentimentScorer>(OfflineScorers.Create("Lexicon"));
        var ex = Assert.Throws<ArgumentException>(() => OfflineScorers.Create("finbert"));
        Assert.Contains("finbert", ex.Message);
        Assert.Contains("embedded, lexicon", ex.Message);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    [Fact]
    public void The_scorer_name_changes_with_its_head_so_caches_never_serve_an_old_heads_scores()
    {
        var shipped = SentimentHead.Shipped();
        var shifted = shipped with { PriorShift = [shipped.PriorShift[0] + 0.1, shipped.PriorShift[1], shipped.PriorShift[2]] };
        Assert.Equal(new EmbeddedSentimentScorer().Name, new EmbeddedSentimentScorer(shipped).Name);
        Assert.NotEqual(new EmbeddedSentimentScorer(shipped).Name, new EmbeddedSentimentScorer(shifted).Name);
    }

    [Fact]
    public async Task The_batch_is_held_by_column_and_each_row_equals_the_object_made_from_its_prediction()
    {
        var items = Enumerable.Range(0, 12).Select(i => Item($"e{i}", i % 3 == 0 ? $"Company {i} beats estimates"
            : i % 3 == 1 ? $"Company {i} cuts guidance" : "")).ToArray();
        var scorer = new EmbeddedSentimentScorer();
        var columns = Assert.IsType<SentimentResultColumns>(await scorer.ScoreAsync(items));
        var predictions = scorer.Predict([.. items.Select(i => i.Headline)]);
        Assert.Equal(0, columns.IrregularCount);
        for (int i = 0; i < items.Length; i++)
        {
            var p = predictions[i];
            Assert.Equal(new SentimentResult { Id = items[i].Id, Score = p.Score, Label = p.Label, Confidence = p.Confidence, Model = scorer.Name }, columns[i]);
            Assert.Same(items[i].Id, columns.IdAt(i));
        }
    }
}
