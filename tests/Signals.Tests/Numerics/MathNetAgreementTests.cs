using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Statistics;
using Signals.Analytics;
using Signals.Numerics;
using Xunit.Abstractions;

namespace Signals.Tests.Numerics;

/// <summary>
/// The kit's hand-written numbers checked against MathNet.Numerics, the library it already depends on: same answers
/// where the job is the same (src/Signals/Numerics/README.md says why ours stay).
/// </summary>
public class MathNetAgreementTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 2520)]
    public void Moments_match_mathnets_population_moments_and_sample_deviation(int seed, int length)
    {
        var rng = new Random(seed);
        var values = new double[length];
        for (int i = 0; i < length; i++)
            values[i] = i % 7 == 3 ? double.NaN : 0.01 * (rng.NextDouble() - 0.45) + 0.03 * Math.Pow(rng.NextDouble(), 6);
        var finite = values.Where(v => !double.IsNaN(v)).ToArray();

        var ours = Moments.Of(values);
        var (skewness, excessKurtosis) = Statistics.PopulationSkewnessKurtosis(finite);

        Assert.Equal(finite.Length, ours.Count);
        AssertClose(finite.Mean(), ours.Mean);
        AssertClose(finite.StandardDeviation(), ours.SampleStd);
        AssertClose(skewness, ours.Skewness);
        AssertClose(excessKurtosis + 3, ours.Kurtosis);   // ours is the plain fourth moment, MathNet's is excess
    }

    [Theory]
    [InlineData(3, 500, 0.0)]
    [InlineData(4, 60, 0.3)]   // coarse values: many ties, average ranks
    public void Spearman_from_our_average_ranks_matches_mathnets(int seed, int n, double tieShare)
    {
        var rng = new Random(seed);
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = rng.NextDouble() < tieShare ? Math.Round(rng.NextDouble() * 4) : rng.NextDouble();
            y[i] = 0.3 * x[i] + (rng.NextDouble() < tieShare ? Math.Round(rng.NextDouble() * 3) : rng.NextDouble());
        }
        var scratch = new CrossSectionScratch(n);
        Ranking.AverageRanks(x, scratch.RankX, scratch.Keys, scratch.Order);
        Ranking.AverageRanks(y, scratch.RankY, scratch.Keys, scratch.Order);

        AssertClose(Correlation.Spearman(x, y), Ranking.Pearson(scratch.RankX, scratch.RankY));
        AssertClose(Correlation.Pearson(x, y), Ranking.Pearson(x, y));
    }

    [Fact]
    public void Our_lbfgs_reaches_the_same_minimum_as_mathnets_on_a_regularised_logistic_regression()
    {
        var (features, labels) = LogisticData(seed: 5, rows: 400, columns: 12);
        const double l2 = 0.05;
        double Loss(double[] w, double[] gradient) => LogisticLoss(features, labels, l2, w, gradient);

        var ours = Lbfgs.Minimize(Loss, new double[12], maxIterations: 300);
        var theirs = new LimitedMemoryBfgsMinimizer(1e-8, 1e-12, 1e-12, 10, 1000).FindMinimum(
            ObjectiveFunction.Gradient(v =>
            {
                var gradient = new double[v.Count];
                double f = Loss(v.ToArray(), gradient);
                return (f, Vector<double>.Build.Dense(gradient));
            }),
            Vector<double>.Build.Dense(12));

        double fOurs = Loss(ours, new double[12]), fTheirs = theirs.FunctionInfoAtMinimum.Value;
        double weightGap = ours.Zip(theirs.MinimizingPoint).Max(p => Math.Abs(p.First - p.Second));
        output.WriteLine($"f ours {fOurs:R}, MathNet {fTheirs:R}; largest weight difference {weightGap:E2}; MathNet iterations {theirs.Iterations}");
        Assert.Equal(fTheirs, fOurs, 1e-9);
        Assert.True(weightGap < 1e-3, $"weights differ by {weightGap}");
    }

    private static (double[][] Features, int[] Labels) LogisticData(int seed, int rows, int columns)
    {
        var rng = new Random(seed);
        var truth = Enumerable.Range(0, columns).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        var features = new double[rows][];
        var labels = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            features[i] = Enumerable.Range(0, columns).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
            double p = 1 / (1 + Math.Exp(-features[i].Zip(truth).Sum(t => t.First * t.Second) * 3));
            labels[i] = rng.NextDouble() < p ? 1 : 0;
        }
        return (features, labels);
    }

    /// <summary>Mean log-loss + ½·l2·|w|², and its gradient.</summary>
    private static double LogisticLoss(double[][] x, int[] y, double l2, double[] w, double[] gradient)
    {
        Array.Clear(gradient);
        double loss = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double z = 0;
            for (int j = 0; j < w.Length; j++) z += x[i][j] * w[j];
            double p = 1 / (1 + Math.Exp(-z));
            loss += y[i] == 1 ? -Math.Log(p) : -Math.Log(1 - p);
            for (int j = 0; j < w.Length; j++) gradient[j] += (p - y[i]) * x[i][j] / x.Length;
        }
        loss /= x.Length;
        for (int j = 0; j < w.Length; j++) { loss += 0.5 * l2 * w[j] * w[j]; gradient[j] += l2 * w[j]; }
        return loss;
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
