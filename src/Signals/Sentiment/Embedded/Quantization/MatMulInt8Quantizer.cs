using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace Signals.Sentiment.Embedded.Quantization;

/// <summary>
/// Dynamic int8 quantisation of an ONNX graph's weight matrices, the recipe of ONNX Runtime's own
/// <c>quantize_dynamic</c> with per-channel weights: every <c>MatMul</c> whose second input is a constant fp32 matrix
/// becomes one <c>com.microsoft:DynamicQuantizeMatMul</c> node holding int8 weights with one scale per output column
/// (symmetric, zero point 0); the activations are quantised to uint8 at run time, batch by batch, inside that node.
/// <para>
/// Weights use 7 bits (−63..63, ORT's <c>reduce_range</c>). x86 CPUs without VNNI multiply uint8 activations by int8
/// weights with <c>vpmaddubsw</c>, which adds two products into a saturating int16: 2 × 255 × 127 overflows, 2 × 255 ×
/// 63 = 32,130 does not. With 7-bit weights no kernel saturates, so every CPU (AVX2, AVX-512, AVX-512 VNNI, ARM) sums
/// the same exact integers and the int8 model scores alike everywhere, at the cost of one bit of weight precision.
/// </para>
/// </summary>
public static class MatMulInt8Quantizer
{
    /// <summary>Changes whenever the rewrite changes its output; part of the int8 scorer's name, so caches never mix versions.</summary>
    public const int Version = 1;

    /// <summary>The largest quantised weight magnitude: 7-bit symmetric (see the class remarks).</summary>
    public const int WeightLimit = 63;

    internal const string ContribDomain = "com.microsoft";
    internal const string QuantizedOp = "DynamicQuantizeMatMul";

    /// <summary>Quantises a serialised model; returns the serialised int8 model.</summary>
    public static byte[] Quantize(ReadOnlySpan<byte> fp32Model, out QuantizationSummary summary)
    {
        var model = ModelProto.Parser.ParseFrom(fp32Model);
        summary = Quantize(model);
        return model.ToByteArray();
    }

    /// <summary>Rewrites <paramref name="model"/> in place and says what it changed.</summary>
    public static QuantizationSummary Quantize(ModelProto model)
    {
        var graph = model.Graph ?? throw new InvalidDataException("the ONNX model has no graph");
        var initializers = new Dictionary<string, TensorProto>(StringComparer.Ordinal);
        foreach (var t in graph.Initializer) initializers[t.Name] = t;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
            foreach (var input in node.Input) uses[input] = uses.GetValueOrDefault(input) + 1;
        foreach (var output in graph.Output) uses[output.Name] = uses.GetValueOrDefault(output.Name) + 1;

        int rewritten = 0;
        long weights = 0, fp32Bytes = 0;
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        var quantized = new Dictionary<string, (string Weights, string Scales, string ZeroPoints)>(StringComparer.Ordinal);
        for (int n = 0; n < graph.Node.Count; n++)
        {
            var node = graph.Node[n];
            if (node.OpType != "MatMul" || node.Domain.Length != 0 || node.Input.Count != 2) continue;
            if (!initializers.TryGetValue(node.Input[1], out var b) || !IsFloatMatrix(b)) continue;

            if (!quantized.TryGetValue(b.Name, out var names))
            {
                var (q, scales) = QuantizePerColumn(ReadFloats(b), (int)b.Dims[0], (int)b.Dims[1]);
                names = (b.Name + "_int8", b.Name + "_scale", b.Name + "_zero_point");
                graph.Initializer.Add(Tensor(names.Weights, TensorProto.Types.DataType.Int8, [b.Dims[0], b.Dims[1]], ByteString.CopyFrom(MemoryMarshal.AsBytes(q.AsSpan()))));
                graph.Initializer.Add(Tensor(names.Scales, TensorProto.Types.DataType.Float, [b.Dims[1]], FloatBytes(scales)));
                graph.Initializer.Add(Tensor(names.ZeroPoints, TensorProto.Types.DataType.Int8, [b.Dims[1]], ByteString.CopyFrom(new byte[scales.Length])));
                quantized[b.Name] = names;
                weights += q.Length;
                fp32Bytes += 4L * q.Length;
            }

            var replacement = new NodeProto
            {
                Name = (node.Name.Length > 0 ? node.Name : node.Output[0]) + "_int8",
                OpType = QuantizedOp,
                Domain = ContribDomain,
            };
            replacement.Input.Add(node.Input[0]);
            replacement.Input.Add(names.Weights);
            replacement.Input.Add(names.Scales);
            replacement.Input.Add(names.ZeroPoints);
            replacement.Output.Add(node.Output);
            graph.Node[n] = replacement;
            rewritten++;
            if (--uses[b.Name] == 0) replaced.Add(b.Name);
        }

        // A float matrix that something else still reads (another op, a graph output) stays.
        for (int i = graph.Initializer.Count - 1; i >= 0; i--)
            if (replaced.Contains(graph.Initializer[i].Name)) graph.Initializer.RemoveAt(i);
        for (int i = graph.Input.Count - 1; i >= 0; i--)
            if (replaced.Contains(graph.Input[i].Name)) graph.Input.RemoveAt(i);

        if (rewritten > 0 && !model.OpsetImport.Any(o => o.Domain == ContribDomain))
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = ContribDomain, Version = 1 });
        return new QuantizationSummary(rewritten, quantized.Count, weights, fp32Bytes);
    }

    /// <summary>
    /// Symmetric int8 with one scale per column: column j keeps w[k, j] ≈ q[k, j] · scale[j], |q| ≤ <see cref="WeightLimit"/>,
    /// scale[j] = max_k |w[k, j]| / limit (1 for an all-zero column, whose weights stay 0).
    /// </summary>
    internal static (sbyte[] Weights, float[] Scales) QuantizePerColumn(ReadOnlySpan<float> w, int rows, int columns)
    {
        if (w.Length != (long)rows * columns) throw new InvalidDataException($"weight matrix holds {w.Length} values, not {rows} × {columns}");
        var scales = new float[columns];
        for (int k = 0; k < rows; k++)
        {
            var row = w.Slice(k * columns, columns);
            for (int j = 0; j < columns; j++) scales[j] = MathF.Max(scales[j], MathF.Abs(row[j]));
        }
        for (int j = 0; j < columns; j++) scales[j] = scales[j] > 0 ? scales[j] / WeightLimit : 1f;

        var q = new sbyte[w.Length];
        for (int k = 0; k < rows; k++)
        {
            int at = k * columns;
            for (int j = 0; j < columns; j++)
                q[at + j] = (sbyte)Math.Clamp(MathF.Round(w[at + j] / scales[j], MidpointRounding.ToEven), -WeightLimit, WeightLimit);
        }
        return (q, scales);
    }

    private static bool IsFloatMatrix(TensorProto t) =>
        t.DataType == (int)TensorProto.Types.DataType.Float && t.Dims.Count == 2
        && t.DataLocation == TensorProto.Types.DataLocation.Default;

    // Weights sit either in raw_data (little-endian, what exporters write) or in the repeated float_data field.
    private static float[] ReadFloats(TensorProto t)
    {
        if (t.RawData.Length == 0) return [.. t.FloatData];
        var bytes = t.RawData.Span;
        var values = new float[bytes.Length / sizeof(float)];
        if (BitConverter.IsLittleEndian) MemoryMarshal.Cast<byte, float>(bytes[..(values.Length * sizeof(float))]).CopyTo(values);
        else
            for (int i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]);
        return values;
    }

    private static ByteString FloatBytes(float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        return ByteString.CopyFrom(bytes);
    }

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, long[] dims, ByteString raw)
    {
        var t = new TensorProto { Name = name, DataType = (int)type, RawData = raw };
        t.Dims.Add(dims);
        return t;
    }
}

/// <summary>What a quantisation pass changed: MatMul nodes rewritten, distinct weight matrices and their size.</summary>
public readonly record struct QuantizationSummary(int MatMulsRewritten, int Matrices, long Weights, long Fp32Bytes);
