using MathNet.Numerics.LinearAlgebra;
using Signals.Analytics;
using Signals.Data;
using Signals.Features;

namespace Signals.Workflows.Embeddings;

/// <summary>
/// Text embeddings as a return signal, after Chen, Kelly &amp; Xiu ("Expected returns and large language models",
/// 2022): each headline's MiniLM embedding is the regressor, the named stock's forward return from the headline's
/// decision point the target, and a ridge regression refitted walk-forward turns the text into a predicted return.
/// At each refit day r the model sees only observations whose target was realised before r by at least the embargo
/// (purged: no training target overlaps a prediction); the penalty is chosen inside that window by fitting on its
/// earlier part (purged again before the held-out part) and scoring the latest part in time order. Every headline
/// decided from r until the next refit is scored by that model; headlines before the first fit have no score.
/// What differs from the paper: a 384-dimension sentence embedding of the headline alone (they embed full articles
/// with much larger models), a daily open-to-open target rather than their return windows, and penalties chosen by
/// held-out correlation.
/// </summary>
public static class EmbeddingRegression
{
    /// <summary>
    /// Fits the walk-forward ridge and scores every headline out of sample; <paramref name="embeddings"/> is aligned with <paramref name="news"/>.
    /// A headline decided before the first fit, or outside the prices, gets NaN (no score), never 0.
    /// </summary>
    public static EmbeddingRegressionResult Run(BarPanel prices, IReadOnlyList<NewsItem> news, IReadOnlyList<float[]> embeddings, EmbeddingRegressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Count != news.Count) throw new ArgumentException($"{embeddings.Count} embeddings for {news.Count} news items", nameof(embeddings));
        options ??= new EmbeddingRegressionOptions();
        if (options.Horizon < 1) throw new ArgumentOutOfRangeException(nameof(options), "the horizon is at least one day");
        if (options.RefitEveryDays < 1) throw new ArgumentOutOfRangeException(nameof(options), "refit at least every day");
        if (options.Penalties.Count == 0 || options.Penalties.Any(p => !(p > 0))) throw new ArgumentException("penalties must be positive", nameof(options));
        if (!(options.ValidationFraction is > 0 and < 1)) throw new ArgumentException("the validation fraction lies in (0, 1)", nameof(options));
        int p = news.Count == 0 ? 0 : embeddings[0].Length;

        // Each headline's decision row (the index travels through the point-in-time alignment in the score field).
        var carriers = news.Select((n, i) => new ScoredHeadline(n.Id, n.Published, n.Symbols, i));
        var aligned = HeadlineAlignment.Align(carriers, prices.Dates, prices.Symbols, options.Timing, out _, options.CloseCutoff);
        var itemDay = new int[news.Count];
        Array.Fill(itemDay, -1);
        foreach (var a in aligned) itemDay[(int)a.Score] = a.Day;

        var basis = ForwardReturns.BasisFor(options.Timing, options.Fill);
        var forward = ForwardReturns.Compute(prices, options.Horizon, basis);
        // The row at whose decision point a target is known: open-to-open returns at the open of d + h, others a row later.
        int lag = options.Horizon + (basis == ForwardReturnBasis.Open ? 0 : 1);
        var observations = new List<Observation>(aligned.Count);
        foreach (var a in aligned)
        {
            double y = forward[a.Day, a.Symbol];
            if (double.IsFinite(y)) observations.Add(new Observation((int)a.Score, a.Day, a.Day + lag + options.EmbargoDays, y));
        }
        // Stable order (usable row, then input order), so removing later data leaves earlier sums bit for bit the same.
        var obs = observations.Select((o, k) => (o, k)).OrderBy(t => t.o.UsableFrom).ThenBy(t => t.k).Select(t => t.o).ToArray();

        var predictions = new double[news.Count];
        var scores = new double[news.Count];
        Array.Fill(predictions, double.NaN);
        Array.Fill(scores, double.NaN);
        var fits = new List<EmbeddingFit>();
        var byDay = Enumerable.Range(0, news.Count).Where(i => itemDay[i] >= 0).GroupBy(i => itemDay[i]).ToDictionary(g => g.Key, g => g.ToArray());

        var full = new Gram(p);
        var early = new Gram(p);
        int lo = 0, hi = 0, earlyLo = 0, earlyHi = 0;
        Model? model = null;
        int nextRefit = -1;
        for (int r = 0; r < prices.DayCount; r++)
        {
            // Observations whose targets are realised (with the embargo) by row r join the full window.
            while (hi < obs.Length && obs[hi].UsableFrom <= r) full.Add(obs[hi++], embeddings, +1);
            if (options.Window == TrainingWindow.Rolling)
                while (lo < hi && obs[lo].Day < r - options.RollingDays) full.Add(obs[lo++], embeddings, -1);
            bool due = model is null ? hi - lo >= options.MinTrainingObservations : r >= nextRefit;
            if (due && hi - lo >= options.MinTrainingObservations)
            {
                // Held out: the latest share of the window; fitted on: what was realised before the first held-out decision.
                int validationStart = lo + (int)Math.Floor((hi - lo) * (1 - options.ValidationFraction));
                int firstHeldOutDay = obs[validationStart].Day;
                while (earlyLo < lo)
                {
                    if (earlyLo < earlyHi) early.Add(obs[earlyLo], embeddings, -1); else earlyHi = earlyLo + 1;
                    earlyLo++;
                }
                while (earlyHi < validationStart && obs[earlyHi].UsableFrom <= firstHeldOutDay) early.Add(obs[earlyHi++], embeddings, +1);
                double bestPenalty = options.Penalties[options.Penalties.Count / 2], bestCorrelation = double.NaN;
                if (early.Count > p / 4 && hi - validationStart >= 10)
                    foreach (double penalty in options.Penalties)
                    {
                        var candidate = early.Solve(penalty);
                        double c = Correlation(candidate, obs, validationStart, hi, embeddings);
                        if (double.IsFinite(c) && !(c <= bestCorrelation)) { bestCorrelation = c; bestPenalty = penalty; }
                    }
                model = full.Solve(bestPenalty);
                fits.Add(new EmbeddingFit(prices.Dates[r], hi - lo, hi - validationStart, bestPenalty, bestCorrelation));
                nextRefit = r + options.RefitEveryDays;
            }
            if (model is not null && byDay.TryGetValue(r, out var items))
                foreach (int i in items)
                {
                    double z = model.Centred(embeddings[i]);
                    predictions[i] = model.Intercept + model.MeanPrediction + z;
                    scores[i] = model.Spread > 0 ? Math.Tanh(z / model.Spread) : 0;
                }
        }
        int outside = itemDay.Count(d => d < 0);
        int before = news.Count - outside - predictions.Count(double.IsFinite);
        return new EmbeddingRegressionResult(predictions, scores, fits, before, outside);
    }

    private readonly record struct Observation(int Item, int Day, int UsableFrom, double Return);

    private static double Correlation(Model m, Observation[] obs, int from, int to, IReadOnlyList<float[]> x)
    {
        int n = to - from;
        var pred = new double[n];
        var y = new double[n];
        for (int k = 0; k < n; k++) { pred[k] = m.Centred(x[obs[from + k].Item]); y[k] = obs[from + k].Return; }
        return Ranking.Pearson(pred, y);
    }

    /// <summary>A fitted ridge: slopes, the training means, and the spread of its in-sample predictions.</summary>
    private sealed class Model(double[] beta, double[] meanX, double meanY, double spread)
    {
        public double Intercept => meanY;
        /// <summary>Zero: predictions are centred on the training mean return; kept for the sum's readability.</summary>
        public double MeanPrediction => 0;
        public double Spread => spread;

        /// <summary>(x − x̄)·β: the prediction's deviation from the training mean return.</summary>
        public double Centred(float[] x)
        {
            double s = 0;
            for (int j = 0; j < beta.Length; j++) s += (x[j] - meanX[j]) * beta[j];
            return s;
        }
    }

    /// <summary>Running sums of a window of observations (Σxxᵀ, Σx, Σxy, Σy, n): rows join and leave in time order.</summary>
    private sealed class Gram(int p)
    {
        private readonly double[] _xx = new double[p * p];
        private readonly double[] _x = new double[p];
        private readonly double[] _xy = new double[p];
        private readonly double[] _row = new double[p];
        private double _y;
        public int Count { get; private set; }

        public void Add(Observation o, IReadOnlyList<float[]> embeddings, int sign)
        {
            var v = embeddings[o.Item];
            for (int j = 0; j < p; j++) _row[j] = v[j];
            for (int i = 0; i < p; i++)
            {
                double xi = sign * _row[i];
                _x[i] += xi;
                _xy[i] += xi * o.Return;
                var target = _xx.AsSpan(i * p + i, p - i);
                var source = _row.AsSpan(i, p - i);
                for (int j = 0; j < target.Length; j++) target[j] += xi * source[j];
            }
            _y += sign * o.Return;
            Count += sign;
        }

        /// <summary>Ridge on the centred window: (C + λ·m·I) β = c, with C, c the covariances and m the mean eigenvalue of C.</summary>
        public Model Solve(double penalty)
        {
            int n = Count;
            var meanX = new double[p];
            for (int j = 0; j < p; j++) meanX[j] = _x[j] / n;
            double meanY = _y / n;
            var c = Matrix<double>.Build.Dense(p, p);
            double trace = 0;
            for (int i = 0; i < p; i++)
                for (int j = i; j < p; j++)
                {
                    double v = _xx[i * p + j] / n - meanX[i] * meanX[j];
                    c[i, j] = v;
                    c[j, i] = v;
                    if (i == j) trace += v;
                }
            var rhs = Vector<double>.Build.Dense(p, j => _xy[j] / n - meanX[j] * meanY);
            var a = c.Clone();
            double ridge = penalty * Math.Max(trace / p, 1e-12);
            for (int i = 0; i < p; i++) a[i, i] += ridge;
            var beta = a.Cholesky().Solve(rhs);
            double variance = beta.DotProduct(c * beta);
            return new Model(beta.ToArray(), meanX, meanY, Math.Sqrt(Math.Max(0, variance)));
        }
    }
}
