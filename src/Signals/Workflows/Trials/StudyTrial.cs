namespace Signals.Workflows.Trials;

/// <summary>One recorded trial: its configuration, the Sharpe ratio it produced and when it was run.</summary>
/// <param name="Configuration">What was tried.</param>
/// <param name="Sharpe">Annualised Sharpe ratio of the strategy's daily returns, costs included (NaN when undefined).</param>
/// <param name="Days">Days in the window (the Sharpe's sample).</param>
/// <param name="PeriodsPerYear">The annualisation of <see cref="Sharpe"/>.</param>
/// <param name="FirstRunUtc">When this configuration was first run.</param>
/// <param name="LastRunUtc">When it was last run (a re-run updates this, the Sharpe and <see cref="Runs"/>, never adds a trial).</param>
/// <param name="Runs">How many times this configuration was run.</param>
public sealed record StudyTrial(
    TrialConfiguration Configuration, double Sharpe, int Days, int PeriodsPerYear, DateTimeOffset FirstRunUtc, DateTimeOffset LastRunUtc, int Runs)
{
    /// <summary>The configuration's hash, which identifies the trial in the log.</summary>
    public string Hash => Configuration.Hash;

    /// <summary>The Sharpe per period (not annualised), the unit the Deflated Sharpe's formulas take.</summary>
    public double SharpePerPeriod => Sharpe / Math.Sqrt(PeriodsPerYear);
}
