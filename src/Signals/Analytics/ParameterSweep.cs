namespace Signals.Analytics;

/// <summary>One evaluated configuration: its position in the grid, the configuration and what it scored.</summary>
/// <param name="Index">Position in the grid (0-based).</param>
/// <param name="Config">The configuration.</param>
/// <param name="Result">What evaluating it returned.</param>
public readonly record struct SweepEntry<TConfig, TResult>(int Index, TConfig Config, TResult Result);

/// <summary>
/// The results of a sweep in grid order, whatever order the workers finished in. <see cref="Trials"/> is what a
/// Deflated Sharpe Ratio needs to know: how many configurations were tried before picking one.
/// </summary>
public sealed class SweepResult<TConfig, TResult>(IReadOnlyList<SweepEntry<TConfig, TResult>> entries)
{
    /// <summary>Every configuration with its result, in grid order.</summary>
    public IReadOnlyList<SweepEntry<TConfig, TResult>> Entries { get; } = entries;

    /// <summary>How many configurations were evaluated: the trial count a deflated Sharpe ratio corrects for.</summary>
    public int Trials => Entries.Count;

    /// <summary>The entry with the highest score (NaN never wins; ties go to the earliest in the grid).</summary>
    public SweepEntry<TConfig, TResult> Best(Func<TResult, double> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (Entries.Count == 0) throw new InvalidOperationException("The sweep evaluated no configurations.");
        int best = -1;
        double bestScore = double.NaN;
        for (int i = 0; i < Entries.Count; i++)
        {
            double s = score(Entries[i].Result);
            if (double.IsNaN(s)) continue;
            if (best < 0 || s > bestScore) { best = i; bestScore = s; }
        }
        return Entries[best < 0 ? 0 : best];
    }
}

/// <summary>
/// Evaluates every configuration of a grid with a user function on all cores. The function must be thread-safe
/// (pure in its configuration). Results come back in grid order, so a sweep is reproducible regardless of parallelism.
/// </summary>
public static class ParameterSweep
{
    /// <param name="configs">The grid, e.g. from <see cref="Grid{TA, TB}"/>.</param>
    /// <param name="evaluate">Scores one configuration; the token lets long evaluations stop early.</param>
    /// <param name="maxDegreeOfParallelism">Worker bound; 0 or less means <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="progress">Receives (done, total) after each configuration, from worker threads.</param>
    /// <param name="cancellationToken">Stops scheduling new configurations; throws <see cref="OperationCanceledException"/>.</param>
    public static SweepResult<TConfig, TResult> Run<TConfig, TResult>(
        IReadOnlyList<TConfig> configs,
        Func<TConfig, CancellationToken, TResult> evaluate,
        int maxDegreeOfParallelism = 0,
        IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configs);
        ArgumentNullException.ThrowIfNull(evaluate);
        int total = configs.Count, done = 0;
        var results = new TResult[total];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.For(0, total, options, i =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = evaluate(configs[i], cancellationToken);
                progress?.Report((Interlocked.Increment(ref done), total));
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // One failing configuration: surface its own exception rather than a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
        var entries = new SweepEntry<TConfig, TResult>[total];
        for (int i = 0; i < total; i++) entries[i] = new SweepEntry<TConfig, TResult>(i, configs[i], results[i]);
        return new SweepResult<TConfig, TResult>(entries);
    }

    /// <inheritdoc cref="Run{TConfig, TResult}(IReadOnlyList{TConfig}, Func{TConfig, CancellationToken, TResult}, int, IProgress{ValueTuple{int, int}}?, CancellationToken)"/>
    public static SweepResult<TConfig, TResult> Run<TConfig, TResult>(
        IReadOnlyList<TConfig> configs,
        Func<TConfig, TResult> evaluate,
        int maxDegreeOfParallelism = 0,
        IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        return Run(configs, (c, _) => evaluate(c), maxDegreeOfParallelism, progress, cancellationToken);
    }

    /// <summary>Cartesian product, the last axis varying fastest.</summary>
    public static IReadOnlyList<(TA, TB)> Grid<TA, TB>(IEnumerable<TA> a, IEnumerable<TB> b)
    {
        var bs = b.ToArray();
        return a.SelectMany(x => bs.Select(y => (x, y))).ToArray();
    }

    /// <summary>Cartesian product, the last axis varying fastest.</summary>
    public static IReadOnlyList<(TA, TB, TC)> Grid<TA, TB, TC>(IEnumerable<TA> a, IEnumerable<TB> b, IEnumerable<TC> c)
    {
        var bs = b.ToArray();
        var cs = c.ToArray();
        return a.SelectMany(x => bs.SelectMany(y => cs.Select(z => (x, y, z)))).ToArray();
    }
}
