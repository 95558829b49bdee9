using System.Text.Json.Serialization;
using Signals.Numerics;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// Multinomial logistic regression with an L2 penalty on the weights (not the biases), fitted by L-BFGS on
/// standardised features. Loss = mean cross-entropy + (l2 / 2)·‖W‖². Deterministic: no randomness anywhere.
/// </summary>
public sealed class SoftmaxRegression
{
    /// <summary>A fitted model from its parts (the JSON constructor); arrays are kept, not copied.</summary>
    /// <exception cref="ArgumentException">An array's length does not match <paramref name="classes"/> × <paramref name="features"/>.</exception>
    [JsonConstructor]
    public SoftmaxRegression(int classes, int features, double[] mean, double[] scale, double[] weights, double[] bias, double l2)
    {
        if (mean.Length != features || scale.Length != features || weights.Length != classes * features || bias.Length != classes)
            throw new ArgumentException("softmax regression: array sizes do not match classes × features");
        Classes = classes; Features = features; Mean = mean; Scale = scale; Weights = weights; Bias = bias; L2 = l2;
    }

    /// <summary>Number of classes.</summary>
    public int Classes { get; }
    /// <summary>Length of an input vector.</summary>
    public int Features { get; }
    /// <summary>Per-feature mean and scale used to standardise inputs before the linear map.</summary>
    public double[] Mean { get; }
    /// <summary>Per-feature standard deviation the standardised input is divided by.</summary>
    public double[] Scale { get; }
    /// <summary>Row-major classes × features.</summary>
    public double[] Weights { get; }
    /// <summary>Per-class intercepts (not penalised).</summary>
    public double[] Bias { get; }
    /// <summary>The L2 strength the model was fitted with (on standardised features); for the record.</summary>
    public double L2 { get; }

    /// <summary>Log-probabilities of each class for one input.</summary>
    public void LogProbabilities(ReadOnlySpan<double> x, Span<double> logp)
    {
        for (int k = 0; k < Classes; k++)
        {
            double z = Bias[k];
            var w = Weights.AsSpan(k * Features, Features);
            for (int j = 0; j < Features; j++) z += w[j] * (x[j] - Mean[j]) / Scale[j];
            logp[k] = z;
        }
        LogSoftmaxInPlace(logp[..Classes]);
    }

    /// <summary>Turns scores into log-probabilities in place (subtracts the log-sum-exp, shifted by the max for stability).</summary>
    public static void LogSoftmaxInPlace(Span<double> z)
    {
        double max = double.NegativeInfinity;
        foreach (var v in z) if (v > max) max = v;
        double sum = 0;
        foreach (var v in z) sum += Math.Exp(v - max);
        double lse = max + Math.Log(sum);
        for (int i = 0; i < z.Length; i++) z[i] -= lse;
    }

    /// <summary>Fits the model. <paramref name="y"/> holds class indices in [0, classes).</summary>
    public static SoftmaxRegression Fit(IReadOnlyList<double[]> x, IReadOnlyList<int> y, int classes, double l2, int maxIterations = 300)
    {
        if (x.Count == 0 || x.Count != y.Count) throw new ArgumentException("need as many labels as rows, and at least one row");
        int n = x.Count, d = x[0].Length;
        var (mean, scale) = Standardisation(x, d);
        // Standardise once into a flat row-major matrix.
        var z = new double[n * d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++) z[i * d + j] = (x[i][j] - mean[j]) / scale[j];
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            if ((uint)y[i] >= (uint)classes) throw new ArgumentException($"label {y[i]} outside [0, {classes})");
            labels[i] = y[i];
        }

        var objective = new Objective(z, labels, n, d, classes, l2);
        var theta = Lbfgs.Minimize(objective.Evaluate, new double[classes * d + classes], maxIterations);
        var weights = theta.AsSpan(0, classes * d).ToArray();
        var bias = theta.AsSpan(classes * d, classes).ToArray();
        return new SoftmaxRegression(classes, d, mean, scale, weights, bias, l2);
    }

    private static (double[] Mean, double[] Scale) Standardisation(IReadOnlyList<double[]> x, int d)
    {
        var mean = new double[d];
        var scale = new double[d];
        foreach (var row in x) for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= x.Count;
        foreach (var row in x) for (int j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        for (int j = 0; j < d; j++)
        {
            double sd = Math.Sqrt(scale[j] / x.Count);
            scale[j] = sd > 1e-12 ? sd : 1; // a constant feature stays at zero after centring
        }
        return (mean, scale);
    }

    /// <summary>Mean cross-entropy plus L2 and its gradient over the flat parameter vector [W (k×d), b (k)].</summary>
    internal sealed class Objective(double[] z, int[] labels, int n, int d, int classes, double l2)
    {
        public double Evaluate(double[] theta, double[] grad)
        {
            Array.Clear(grad);
            double loss = 0;
            Span<double> logits = stackalloc double[classes];
            for (int i = 0; i < n; i++)
            {
                var row = z.AsSpan(i * d, d);
                for (int k = 0; k < classes; k++)
                {
                    double s = theta[classes * d + k];
                    var w = theta.AsSpan(k * d, d);
                    for (int j = 0; j < d; j++) s += w[j] * row[j];
                    logits[k] = s;
                }
                LogSoftmaxInPlace(logits);
                loss -= logits[labels[i]];
                for (int k = 0; k < classes; k++)
                {
                    // d(-log p_y)/d logit_k = p_k − [k = y]
                    double g = Math.Exp(logits[k]) - (k == labels[i] ? 1 : 0);
                    var gw = grad.AsSpan(k * d, d);
                    for (int j = 0; j < d; j++) gw[j] += g * row[j];
                    grad[classes * d + k] += g;
                }
            }
            double inv = 1.0 / n;
            for (int p = 0; p < grad.Length; p++) grad[p] *= inv;
            loss *= inv;
            double penalty = 0;
            for (int p = 0; p < classes * d; p++)
            {
                penalty += theta[p] * theta[p];
                grad[p] += l2 * theta[p];
            }
            return loss + 0.5 * l2 * penalty;
        }
    }
}
