using Signals.Analytics;

namespace Signals.Tests.Analytics;

public class ParameterSweepTests
{
    private sealed class Recorder : IProgress<(int Done, int Total)>
    {
        private readonly List<(int, int)> _reports = [];
        public IReadOnlyList<(int Done, int Total)> Reports { get { lock (_reports) return _reports.ToArray(); } }
        public void Report((int Done, int Total) value) { lock (_reports) _reports.Add(value); }
    }

    private static double SlowScore((int Fast, int Slow) config)
    {
        // Uneven work so parallel workers finish out of order.
        Thread.SpinWait(((config.Fast * 7919 + config.Slow * 104729) % 97) * 2000);
        return Math.Sin(config.Fast) * Math.Cos(config.Slow);
    }

    [Fact]
    public void Results_come_back_in_grid_order_whatever_the_parallelism()
    {
        var grid = ParameterSweep.Grid(Enumerable.Range(1, 8), Enumerable.Range(10, 6));
        var serial = ParameterSweep.Run(grid, SlowScore, maxDegreeOfParallelism: 1);
        var parallel = ParameterSweep.Run(grid, SlowScore, maxDegreeOfParallelism: 4);

        Assert.Equal(48, serial.Trials);
        Assert.Equal(serial.Entries, parallel.Entries);
        Assert.Equal(Enumerable.Range(0, 48), parallel.Entries.Select(e => e.Index));
        Assert.Equal((1, 10), grid[0]);
        Assert.Equal((1, 11), grid[1]); // last axis fastest
    }

    [Fact]
    public void Progress_counts_every_configuration()
    {
        var recorder = new Recorder();
        ParameterSweep.Run(Enumerable.Range(0, 20).ToArray(), i => i * 2.0, maxDegreeOfParallelism: 3, progress: recorder);
        Assert.Equal(20, recorder.Reports.Count);
        Assert.All(recorder.Reports, r => Assert.Equal(20, r.Total));
        Assert.Equal(Enumerable.Range(1, 20), recorder.Reports.Select(r => r.Done).Order());
    }

    [Fact]
    public void Cancellation_stops_the_sweep()
    {
        using var cts = new CancellationTokenSource();
        int evaluated = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => ParameterSweep.Run(Enumerable.Range(0, 1000).ToArray(), (i, ct) =>
        {
            if (Interlocked.Increment(ref evaluated) == 10) cts.Cancel();
            ct.ThrowIfCancellationRequested();
            return i;
        }, maxDegreeOfParallelism: 2, cancellationToken: cts.Token));
        Assert.True(evaluated < 1000);
    }

    [Fact]
    public void Best_skips_nan_and_prefers_the_earliest_tie()
    {
        var sweep = ParameterSweep.Run(new[] { double.NaN, 1.0, 3.0, 3.0, 2.0 }, x => x);
        Assert.Equal(2, sweep.Best(x => x).Index);
    }

    [Fact]
    public void Sweep_sharpes_feed_the_deflated_sharpe()
    {
        var rng = new Random(12);
        var returns = Enumerable.Range(0, 20)
            .Select(c => Enumerable.Range(0, 500).Select(_ => 0.01 * AnalyticsFixtures.Gaussian(rng)).ToArray()).ToArray();
        var sweep = ParameterSweep.Run(Enumerable.Range(0, 20).ToArray(), c => SharpeStatistics.PerPeriod(returns[c]));
        var best = sweep.Best(s => s);
        var trialSharpes = sweep.Entries.Select(e => e.Result).ToArray();

        double psr = SharpeStatistics.Probabilistic(returns[best.Config]);
        double dsr = SharpeStatistics.Deflated(returns[best.Config], trialSharpes);

        // The best of 20 noise strategies looks good on its own but not after deflating for 20 trials.
        Assert.True(dsr < psr);
        Assert.True(dsr < 0.9);
    }
}
