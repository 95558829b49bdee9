using Signals.Backtesting.Portfolios;
using Signals.Data;

namespace Signals.Analytics.EventStudies;

/// <summary>
/// Per-symbol prefix sums of daily returns (day d's return runs from price d to price d+1: open to next open at the
/// open timing) and of the benchmark, so the abnormal return over any run of days is a difference of two entries.
/// Missing returns count in their own prefix: a window that touches one is skipped, never filled.
/// </summary>
internal sealed class EventPaths
{
    private readonly int _days, _symbols;
    private readonly double[] _price;      // the prices the returns run between, to check the decision price exists
    private readonly double[] _excess;     // Σ (r − m) for Benchmark, Σ r for Raw and MarketModel; [day * symbols + s], day 0..days−1
    private readonly int[] _missing;       // Σ [r or m missing]
    private readonly double[] _market;     // Σ m per day (MarketModel)
    private readonly EstimationSums? _estimation;

    private EventPaths(int days, int symbols, double[] price, double[] excess, int[] missing, double[] market, EstimationSums? estimation)
    {
        _days = days; _symbols = symbols; _price = price; _excess = excess; _missing = missing; _market = market; _estimation = estimation;
    }

    public static EventPaths Build(BarPanel prices, EventStudyOptions options)
    {
        var p = (options.Timing == DecisionTiming.Open ? prices.Open : prices.Close).Values;
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var given = GivenBenchmark(options.BenchmarkReturns, days);

        var excess = new double[days * symbols];
        var missing = new int[days * symbols];
        var market = new double[days];
        var estimation = options.Model == AbnormalReturnModel.MarketModel ? new EstimationSums(days, symbols) : null;
        bool subtract = options.Model == AbnormalReturnModel.Benchmark;
        bool needsMarket = options.Model != AbnormalReturnModel.Raw;
        // One day's returns at a time: every use of a return (the day's equal-weighted benchmark, the prefix sums, the
        // estimation sums) reads only its own day, so a days × symbols panel of them (8 bytes a cell) is never held.
        var r = new double[symbols];
        for (int d = 0; d + 1 < days; d++)
        {
            for (int s = 0; s < symbols; s++)
            {
                double a = p[d * symbols + s], b = p[(d + 1) * symbols + s];
                r[s] = a > 0 && b > 0 ? b / a - 1 : double.NaN;
            }
            double m = given is not null ? given[d] : DailyReturns.EqualWeighted(r, 1, symbols)[0];
            market[d + 1] = market[d] + (double.IsFinite(m) ? m : 0);
            for (int s = 0; s < symbols; s++)
            {
                int here = d * symbols + s, next = here + symbols;
                double x = r[s];
                bool bad = !double.IsFinite(x) || (needsMarket && !double.IsFinite(m));
                if (subtract && !bad) x -= m;
                excess[next] = excess[here] + (bad ? 0 : x);
                missing[next] = missing[here] + (bad ? 1 : 0);
            }
            estimation?.AddDay(d, r, m);
        }
        return new EventPaths(days, symbols, p, excess, missing, market, estimation);
    }

    public bool HasPrice(int day, int symbol) => _price[day * _symbols + symbol] > 0;

    /// <summary>α and β of the market model for an event (0 and 0 unless the model is fitted); false when it cannot be fitted.</summary>
    public bool TryModel(int day, int symbol, EventStudyOptions options, out double alpha, out double beta)
    {
        alpha = 0; beta = 0;
        if (_estimation is null) return true;
        int end = day - options.Before - options.EstimationGap;         // returns of days [start, end) are the estimation sample
        int start = Math.Max(0, end - options.EstimationDays);
        if (end <= start) return false;
        return _estimation.TryFit(start, end, symbol, options.MinEstimationDays, out alpha, out beta);
    }

    /// <summary>The abnormal return from the decision point to offset k (minus the one from k to the decision point when k &lt; 0).</summary>
    public bool TryCar(int day, int symbol, int k, double alpha, double beta, out double car)
    {
        car = 0;
        int lo = k < 0 ? day + k : day, hi = k < 0 ? day : day + k;
        if (lo < 0 || hi > _days - 1) return false;
        if (k == 0) return true;
        int a = lo * _symbols + symbol, b = hi * _symbols + symbol;
        if (_missing[b] != _missing[a]) return false;
        double sum = _excess[b] - _excess[a];
        if (_estimation is not null) sum -= alpha * (hi - lo) + beta * (_market[hi] - _market[lo]);
        car = k < 0 ? -sum : sum;
        return true;
    }

    /// <summary>The given benchmark's return per return day (null when none is given: the equal-weighted one is used).</summary>
    private static double[]? GivenBenchmark(double[]? given, int days)
    {
        int returnDays = Math.Max(0, days - 1);
        if (given is null) return null;
        if (given.Length != days && given.Length != returnDays)
            throw new ArgumentException($"The benchmark has {given.Length} returns; expected one per panel day ({days}) or per return day ({returnDays}).");
        return given;
    }

    /// <summary>Prefix sums of n, Σr, Σm, Σr·m, Σm² over days where both are finite: any window's OLS in O(1).</summary>
    private sealed class EstimationSums(int days, int symbols)
    {
        private const int Fields = 5;
        private readonly double[] sums = new double[days * symbols * Fields];

        /// <summary>Adds day d's returns <paramref name="r"/> (one per symbol) against the market's <paramref name="m"/>: the prefix row d + 1.</summary>
        public void AddDay(int d, double[] r, double m)
        {
            for (int s = 0; s < symbols; s++)
            {
                int here = (d * symbols + s) * Fields, next = here + symbols * Fields;
                double x = r[s], y = m;
                bool ok = double.IsFinite(x) && double.IsFinite(y);
                sums[next] = sums[here] + (ok ? 1 : 0);
                sums[next + 1] = sums[here + 1] + (ok ? x : 0);
                sums[next + 2] = sums[here + 2] + (ok ? y : 0);
                sums[next + 3] = sums[here + 3] + (ok ? x * y : 0);
                sums[next + 4] = sums[here + 4] + (ok ? y * y : 0);
            }
        }

        public bool TryFit(int start, int end, int symbol, int minDays, out double alpha, out double beta)
        {
            int a = (start * symbols + symbol) * Fields, b = (end * symbols + symbol) * Fields;
            double n = sums[b] - sums[a], sr = sums[b + 1] - sums[a + 1], sm = sums[b + 2] - sums[a + 2];
            double srm = sums[b + 3] - sums[a + 3], smm = sums[b + 4] - sums[a + 4];
            double denominator = n * smm - sm * sm;
            alpha = beta = 0;
            if (n < minDays || !(denominator > 0)) return false;
            beta = (n * srm - sr * sm) / denominator;
            alpha = (sr - beta * sm) / n;
            return true;
        }
    }
}
