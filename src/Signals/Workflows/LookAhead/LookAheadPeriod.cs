namespace Signals.Workflows.LookAhead;

/// <summary>One side of the training cut-off.</summary>
/// <param name="Period">"before" (decision days on or before the cut-off) or "after".</param>
/// <param name="From">First day of the side.</param>
/// <param name="To">Last day of the side.</param>
/// <param name="Days">Trading days on the side.</param>
/// <param name="Named">The signal of the headlines as written.</param>
/// <param name="Anonymized">The signal of the same headlines with company names, tickers and aliases replaced.</param>
/// <param name="IcDifference">Mean daily (named − anonymised) IC over days where both are defined.</param>
/// <param name="IcDifferenceLower">Lower bound of its day-block bootstrap interval.</param>
/// <param name="IcDifferenceUpper">Upper bound.</param>
/// <param name="ShareLost">The share of the named IC that disappears when anonymised, (named − anonymised) / named; NaN unless the named IC is positive.</param>
/// <param name="Judged">False when the side has fewer days than <see cref="LookAheadAuditOptions.MinDays"/>: no verdict is drawn from it.</param>
public sealed record LookAheadPeriod(
    string Period, DateOnly From, DateOnly To, int Days, LookAheadSignal Named, LookAheadSignal Anonymized,
    double IcDifference, double IcDifferenceLower, double IcDifferenceUpper, double ShareLost, bool Judged)
{
    /// <summary>True when the interval lies wholly above zero: the names carry IC the anonymised text does not.</summary>
    public bool NamesAddIc => Judged && IcDifferenceLower > 0;
}
