namespace Signals.Analytics;

/// <summary>How the training window moves between walk-forward steps.</summary>
public enum WalkForwardMode
{
    /// <summary>The training window slides: always the last <c>trainLength</c> observations before the test window.</summary>
    Rolling,

    /// <summary>The training window grows: from observation 0 up to the test window.</summary>
    Anchored,
}

/// <summary>Observation ranges of one walk-forward step; ends are exclusive.</summary>
/// <param name="TrainStart">First training observation.</param>
/// <param name="TrainEnd">One past the last training observation.</param>
/// <param name="TestStart">First test observation.</param>
/// <param name="TestEnd">One past the last test observation.</param>
public readonly record struct WalkForwardWindow(int TrainStart, int TrainEnd, int TestStart, int TestEnd);

/// <summary>One step: the configuration chosen on the training window and what it then earned out of sample.</summary>
/// <param name="Window">The step's training and test ranges.</param>
/// <param name="SelectedIndex">Grid index of the configuration chosen on the training window.</param>
/// <param name="Selected">That configuration.</param>
/// <param name="TrainScore">Its score on the training window (the score it was chosen by).</param>
/// <param name="TestReturns">Its returns over the test window, which it did not see.</param>
public sealed record WalkForwardFold<TConfig>(WalkForwardWindow Window, int SelectedIndex, TConfig Selected, double TrainScore, double[] TestReturns);

/// <summary>
/// The walk-forward outcome. <see cref="OutOfSampleReturns"/> stitches every test window in order (they do not
/// overlap); its Sharpe is an honest estimate of the selection procedure, not of any single configuration.
/// </summary>
/// <param name="Folds">The steps in time order.</param>
/// <param name="OutOfSampleReturns">Every test window's returns, stitched in order.</param>
/// <param name="Candidates">Configurations in the grid (the trial count behind each selection).</param>
public sealed record WalkForwardResult<TConfig>(IReadOnlyList<WalkForwardFold<TConfig>> Folds, double[] OutOfSampleReturns, int Candidates)
{
    /// <summary>Index of the first out-of-sample observation (the first test window's start).</summary>
    public int OutOfSampleStart => Folds.Count == 0 ? -1 : Folds[0].Window.TestStart;
}

/// <summary>
/// Walk-forward evaluation: on each training window pick the configuration with the best score, then record its
/// returns on the following test window. The selection sees only the training range it is handed; the caller's
/// return function must respect the range it is given (it may look back before the start for warm-up, never past the end).
/// </summary>
public static class WalkForward
{
    /// <summary>
    /// Consecutive, non-overlapping test windows of <paramref name="testLength"/> after a first training window of
    /// <paramref name="trainLength"/>. <paramref name="gap"/> observations are left out between train and test — set it
    /// to the label horizon so no training label reaches into the test window. A final partial test window is kept.
    /// </summary>
    public static IReadOnlyList<WalkForwardWindow> Windows(int observations, int trainLength, int testLength, WalkForwardMode mode = WalkForwardMode.Rolling, int gap = 0)
    {
        if (trainLength < 1) throw new ArgumentOutOfRangeException(nameof(trainLength), trainLength, "Must be positive.");
        if (testLength < 1) throw new ArgumentOutOfRangeException(nameof(testLength), testLength, "Must be positive.");
        if (gap < 0) throw new ArgumentOutOfRangeException(nameof(gap), gap, "Cannot be negative.");
        var windows = new List<WalkForwardWindow>();
        for (int testStart = trainLength + gap; testStart < observations; testStart += testLength)
        {
            int trainEnd = testStart - gap;
            int trainStart = mode == WalkForwardMode.Anchored ? 0 : trainEnd - trainLength;
            windows.Add(new WalkForwardWindow(trainStart, trainEnd, testStart, Math.Min(testStart + testLength, observations)));
        }
        return windows;
    }

    /// <summary>Runs the walk-forward over <paramref name="windows"/>.</summary>
    /// <param name="candidates">Configurations to choose from at every step.</param>
    /// <param name="windows">From <see cref="Windows"/>.</param>
    /// <param name="periodReturns">(config, start, end) → one return per observation in [start, end).</param>
    /// <param name="score">Scores training returns; default the per-period Sharpe. NaN never wins; ties go to the earlier candidate.</param>
    /// <param name="maxDegreeOfParallelism">Candidates are scored in parallel (see <see cref="ParameterSweep"/>).</param>
    /// <param name="progress">(windows done, windows total).</param>
    /// <param name="cancellationToken">Stops between evaluations.</param>
    public static WalkForwardResult<TConfig> Run<TConfig>(
        IReadOnlyList<TConfig> candidates,
        IReadOnlyList<WalkForwardWindow> windows,
        Func<TConfig, int, int, double[]> periodReturns,
        Func<double[], double>? score = null,
        int maxDegreeOfParallelism = 0,
        IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(periodReturns);
        if (candidates.Count == 0) throw new ArgumentException("No candidate configurations.", nameof(candidates));
        score ??= r => SharpeStatistics.PerPeriod(r);

        var folds = new List<WalkForwardFold<TConfig>>(windows.Count);
        var stitched = new List<double>();
        int lastTestEnd = int.MinValue;
        foreach (var w in windows)
        {
            if (w.TrainEnd > w.TestStart) throw new ArgumentException($"Training window [{w.TrainStart}, {w.TrainEnd}) runs into its test window starting at {w.TestStart}.", nameof(windows));
            if (w.TestStart < lastTestEnd) throw new ArgumentException($"Test windows overlap at observation {w.TestStart}.", nameof(windows));
            lastTestEnd = w.TestEnd;

            var sweep = ParameterSweep.Run(candidates, c => score(Checked(periodReturns(c, w.TrainStart, w.TrainEnd), w.TrainStart, w.TrainEnd)),
                maxDegreeOfParallelism, progress: null, cancellationToken);
            var best = sweep.Best(s => s);
            var test = Checked(periodReturns(best.Config, w.TestStart, w.TestEnd), w.TestStart, w.TestEnd);
            folds.Add(new WalkForwardFold<TConfig>(w, best.Index, best.Config, best.Result, test));
            stitched.AddRange(test);
            progress?.Report((folds.Count, windows.Count));
        }
        return new WalkForwardResult<TConfig>(folds, stitched.ToArray(), candidates.Count);
    }

    private static double[] Checked(double[] returns, int start, int end)
    {
        if (returns is null || returns.Length != end - start)
            throw new InvalidOperationException($"The return function gave {returns?.Length ?? 0} values for range [{start}, {end}); expected {end - start}.");
        return returns;
    }
}
