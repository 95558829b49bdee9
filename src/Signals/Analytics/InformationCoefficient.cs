using Signals.Data;
using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>How the per-day cross-sectional correlation of signal and forward return is computed.</summary>
public enum IcMethod
{
    /// <summary>Rank correlation (Spearman): robust to outliers, the alphalens default.</summary>
    Spearman,

    /// <summary>Linear correlation of the raw values.</summary>
    Pearson,
}

/// <summary>
/// The information coefficient of a signal at one horizon: a correlation per day across symbols, then its statistics
/// over days.
/// </summary>
/// <param name="Horizon">Forward horizon in bars.</param>
/// <param name="Series">The daily IC, aligned with the panel's dates; NaN on days with too few symbols.</param>
/// <param name="Days">Days with an IC.</param>
/// <param name="Mean">Mean daily IC.</param>
/// <param name="Std">Sample standard deviation of the daily IC.</param>
/// <param name="TStat">Mean / Std × √Days. With h &gt; 1 consecutive forward returns overlap, the ICs are
/// autocorrelated and this overstates significance; prefer <paramref name="NeweyWestTStat"/> or <paramref name="NonOverlappingTStat"/>.</param>
/// <param name="NeweyWestTStat">Mean over a Newey–West (Bartlett kernel, h − 1 lags) standard error.</param>
/// <param name="NonOverlappingTStat">Plain t-statistic of every h-th day's IC (days 0, h, 2h, … of the panel), whose forward windows do not overlap.</param>
/// <param name="PositiveFraction">Fraction of days with IC &gt; 0.</param>
public sealed record IcResult(
    int Horizon,
    double[] Series,
    int Days,
    double Mean,
    double Std,
    double TStat,
    double NeweyWestTStat,
    double NonOverlappingTStat,
    double PositiveFraction)
{
    /// <summary>Why figures are undefined, by JSON name (mean, std, tStat, neweyWestTStat, nonOverlappingTStat, positiveFraction).</summary>
    public UndefinedReasons Undefined { get; init; } = UndefinedReasons.None;

    /// <summary>Figure <paramref name="name"/> (its JSON name) with its value or its reason.</summary>
    public Statistic Figure(string name, double value) => Undefined.Of(name, value);

    /// <summary>Mean IC / Std: the IC information ratio alphalens reports ("Risk-Adjusted IC").</summary>
    public double InformationRatio => Mean / Std;
}

/// <summary>IC of one signal across several horizons; reading <see cref="ByHorizon"/> in order shows its decay.</summary>
/// <param name="Method">Spearman or Pearson.</param>
/// <param name="Basis">Which prices the forward returns run between.</param>
/// <param name="Dates">The panel's days the daily IC series are aligned with.</param>
/// <param name="ByHorizon">One IC result per horizon, in the order asked.</param>
public sealed record IcAnalysis(IcMethod Method, ForwardReturnBasis Basis, DateOnly[] Dates, IReadOnlyList<IcResult> ByHorizon)
{
    /// <summary>(horizon, mean IC) pairs in horizon order.</summary>
    public IReadOnlyList<(int Horizon, double MeanIc)> Decay => ByHorizon.Select(r => (r.Horizon, r.Mean)).ToArray();
}

/// <summary>
/// Cross-sectional information coefficient, alphalens style: on each day, correlate the signal with the forward
/// return across symbols (skipping any symbol missing either value), then summarise the daily series.
/// </summary>
public static class InformationCoefficient
{
    /// <summary>Forward horizons in trading days used when none are given: 1, 5, 10 and 20.</summary>
    public static readonly int[] DefaultHorizons = [1, 5, 10, 20];

    /// <summary>
    /// Forward returns from <paramref name="bars"/> per horizon (see <see cref="ForwardReturnBasis"/>), then the IC at each.
    /// Without a <paramref name="basis"/> the one the backtester would earn is used: <see cref="ForwardReturns.BasisFor"/>
    /// of <paramref name="timing"/> under the default next-open fill — for the kit's open-timed news signals, open t → open t+h.
    /// </summary>
    public static IcAnalysis Of(
        Panel signal,
        BarPanel bars,
        IReadOnlyList<int>? horizons = null,
        ForwardReturnBasis? basis = null,
        IcMethod method = IcMethod.Spearman,
        int minObservations = 5,
        DecisionTiming timing = DecisionTiming.Open)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(bars);
        horizons ??= DefaultHorizons;
        var results = new IcResult[horizons.Count];
        for (int i = 0; i < horizons.Count; i++)
        {
            var forward = ForwardReturns.Compute(bars, horizons[i], basis ?? ForwardReturns.BasisFor(timing));
            results[i] = Summarize(Series(signal, forward, method, minObservations), horizons[i]);
        }
        return new IcAnalysis(method, basis ?? ForwardReturns.BasisFor(timing), signal.Dates, results);
    }

    /// <summary>
    /// The daily IC: element d correlates row d of <paramref name="signal"/> with row d of <paramref name="forwardReturns"/>
    /// over symbols where both are finite. NaN when fewer than <paramref name="minObservations"/> symbols qualify or
    /// either side is constant that day.
    /// </summary>
    public static double[] Series(Panel signal, Panel forwardReturns, IcMethod method = IcMethod.Spearman, int minObservations = 5)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(forwardReturns);
        Ranking.RequireAligned(signal, forwardReturns, nameof(signal), nameof(forwardReturns));
        if (minObservations < 2) throw new ArgumentOutOfRangeException(nameof(minObservations), minObservations, "A correlation needs at least 2 observations.");
        int symbols = signal.SymbolCount;
        var ic = new double[signal.DayCount];
        // Days are independent: spread them over cores, each worker with its own scratch buffers.
        Parallel.For(0, ic.Length, () => new CrossSectionScratch(symbols), (d, _, scratch) =>
        {
            ic[d] = DailyIc(signal.Row(d), forwardReturns.Row(d), method, minObservations, scratch);
            return scratch;
        }, _ => { });
        return ic;
    }

    /// <summary>
    /// Factor rank autocorrelation (alphalens): per day, the Spearman correlation across symbols between the signal
    /// and its own value <paramref name="lag"/> days earlier. Near 1 means a slow signal that trades little; the first
    /// <paramref name="lag"/> days are NaN.
    /// </summary>
    public static double[] RankAutocorrelation(Panel signal, int lag = 1, int minObservations = 5)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (lag < 1) throw new ArgumentOutOfRangeException(nameof(lag), lag, "A lag is at least one day.");
        if (minObservations < 2) throw new ArgumentOutOfRangeException(nameof(minObservations), minObservations, "A correlation needs at least 2 observations.");
        int symbols = signal.SymbolCount;
        var result = new double[signal.DayCount];
        Array.Fill(result, double.NaN);
        Parallel.For(lag, result.Length, () => new CrossSectionScratch(symbols), (d, _, scratch) =>
        {
            result[d] = DailyIc(signal.Row(d), signal.Row(d - lag), IcMethod.Spearman, minObservations, scratch);
            return scratch;
        }, _ => { });
        return result;
    }

    private static double DailyIc(ReadOnlySpan<double> signal, ReadOnlySpan<double> forward, IcMethod method, int minObservations, CrossSectionScratch s)
    {
        int n = Ranking.PairwiseComplete(signal, forward, s.X, s.Y);
        if (n < minObservations) return double.NaN;
        if (method == IcMethod.Pearson) return Ranking.Pearson(s.X.AsSpan(0, n), s.Y.AsSpan(0, n));
        Ranking.AverageRanks(s.X.AsSpan(0, n), s.RankX, s.Keys, s.Order);
        Ranking.AverageRanks(s.Y.AsSpan(0, n), s.RankY, s.Keys, s.Order);
        return Ranking.Pearson(s.RankX.AsSpan(0, n), s.RankY.AsSpan(0, n));
    }

    /// <summary>Statistics of a daily IC series at horizon <paramref name="horizon"/> (which sets the overlap the adjusted t-statistics correct for).</summary>
    public static IcResult Summarize(double[] series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "A forward horizon is at least one bar.");
        var valid = new List<double>(series.Length);
        var sparse = new List<double>(series.Length / horizon + 1);
        int positive = 0;
        for (int d = 0; d < series.Length; d++)
        {
            double v = series[d];
            if (double.IsNaN(v)) continue;
            valid.Add(v);
            if (v > 0) positive++;
            if (d % horizon == 0) sparse.Add(v);
        }
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(valid);
        var m = Moments.Of(span);
        var ms = Moments.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sparse));
        // A day has an IC only with enough names and a spread on both sides: market-wide news (every name the same
        // score) or news on one name leaves no day, and a t-statistic needs at least two days that differ.
        string? none = m.Count == 0 ? "no day had enough names with both a signal and a forward return, and a spread in the signal" : null;
        string? t = none ?? (m.Count < 2 ? "fewer than two days with an IC" : m.SampleStd == 0 ? "the daily IC has no variance" : null);
        string? tSparse = none ?? (ms.Count < 2 || ms.SampleStd == 0 ? $"fewer than two non-overlapping days (every {horizon}th) with an IC that differ" : null);
        var undefined = UndefinedReasons.Of(
        [
            new("mean", none), new("std", t), new("positiveFraction", none),
            new("tStat", t), new("neweyWestTStat", t), new("nonOverlappingTStat", tSparse),
        ]);
        return new IcResult(
            Horizon: horizon,
            Series: series,
            Days: m.Count,
            Mean: m.Mean,
            Std: m.SampleStd,
            TStat: TStatistics.Plain(m),
            NeweyWestTStat: TStatistics.NeweyWest(span, horizon - 1),
            NonOverlappingTStat: TStatistics.Plain(ms),
            PositiveFraction: m.Count == 0 ? double.NaN : (double)positive / m.Count) { Undefined = undefined };
    }
}
