namespace Signals.Reporting;

/// <summary>Turns a backtest run folder (and optionally a benchmark run) into tearsheet input.</summary>
public static class RunTearsheet
{
    /// <summary>
    /// Tearsheet input from <paramref name="run"/>. A benchmark run contributes its equity on the strategy's dates
    /// (carried forward over days it lacks, missing before it starts).
    /// </summary>
    public static TearsheetInput FromRun(BacktestRunFolder run, BacktestRunFolder? benchmark = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var dates = new DateOnly[run.Equity.Length];
        var equity = new double[dates.Length];
        var drawdown = new double[dates.Length];
        bool hasDrawdown = true;
        for (int i = 0; i < dates.Length; i++)
        {
            var p = run.Equity[i];
            dates[i] = p.Date;
            equity[i] = p.Equity;
            drawdown[i] = p.Drawdown;
            hasDrawdown &= double.IsFinite(p.Drawdown);
        }
        string strategy = run.Parameters.Strategy ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(run.Folder)));
        return new TearsheetInput
        {
            Title = title ?? $"{strategy} — backtest tearsheet",
            StrategyName = strategy,
            Parameters = run.Parameters.Parameters,
            Provenance = run.Parameters.Provenance,
            Stats = run.Stats,
            BenchmarkStats = benchmark?.Stats ?? [],
            Dates = dates,
            Equity = equity,
            // The run's own drawdown column is used when complete, so the page matches what the backtest reported.
            Drawdown = hasDrawdown ? NegativeDrawdown(drawdown) : null,
            BenchmarkEquity = benchmark is null ? null : DateAlignment.CarryForward(dates, Array.ConvertAll(benchmark.Equity, p => p.Date), Array.ConvertAll(benchmark.Equity, p => p.Equity)),
            BenchmarkName = benchmark is null ? "Benchmark" : benchmark.Parameters.Strategy ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(benchmark.Folder))),
            Trades = run.Trades,
            Assumptions = run.Parameters.Assumptions,
        };
    }

    /// <summary>Reads the folders and builds the input (the CLI's path).</summary>
    public static TearsheetInput FromFolders(string runFolder, string? benchmarkFolder = null, string? title = null) =>
        FromRun(BacktestRunFolder.Read(runFolder), benchmarkFolder is null ? null : BacktestRunFolder.Read(benchmarkFolder), title);

    /// <summary>Drawdown may be recorded as a positive depth (0.2) or a negative return (-0.2); the chart wants the latter.</summary>
    private static double[] NegativeDrawdown(double[] dd)
    {
        bool anyPositive = false;
        foreach (var d in dd) anyPositive |= d > 0;
        if (!anyPositive) return dd;
        return Array.ConvertAll(dd, d => -Math.Abs(d));
    }
}
