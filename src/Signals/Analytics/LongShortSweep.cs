using Signals.Backtesting;
using Signals.Data;
using Signals.Features;

using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>The daily long-short of a <see cref="DecayingSignal"/> swept over (half-life, quantile): each configuration's daily returns
/// (<see cref="Returns.FromEquity(ReadOnlySpan{double})"/>), in grid order, from the fast <see cref="LongShortKernel"/> — one kernel per worker
/// thread, since a kernel owns its buffers. What a notebook needs for a heatmap, a deflated Sharpe or a walk-forward.</summary>
public static class LongShortSweep
{
    /// <summary>
    /// Runs the long-short for every (half-life in trading days, quantile) of <paramref name="grid"/> in parallel and returns each one's
    /// simple daily returns (the first day NaN), in grid order; the same numbers as <see cref="LongShortKernel.Run"/> one at a time.
    /// </summary>
    /// <param name="maxDegreeOfParallelism">Worker threads; 0 for one per core.</param>
    public static SweepResult<(double HalfLifeDays, double Quantile), double[]> Run(
        BarPanel prices,
        DecayingSignal signal,
        IReadOnlyList<(double HalfLifeDays, double Quantile)> grid,
        BacktestOptions options,
        IProgress<(int Done, int Total)>? progress = null,
        int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(options);
        using var kernels = new ThreadLocal<LongShortKernel>(() => new LongShortKernel(prices, signal));
        return ParameterSweep.Run(grid, (config, _) =>
        {
            var kernel = kernels.Value!;
            kernel.Run(config.HalfLifeDays, config.Quantile, options);
            return Returns.FromEquity(kernel.Equity);
        }, maxDegreeOfParallelism, progress, cancellationToken);
    }
}
