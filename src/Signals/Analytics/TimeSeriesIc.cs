namespace Signals.Analytics;

/// <summary>
/// The time-series information coefficient of one signal at one horizon: the correlation, over days, of the day's
/// signal with the benchmark's forward return from that day. Figures that cannot be defined (too few days, a constant
/// signal or return) are null and <see cref="Undefined"/> says why.
/// </summary>
/// <param name="Horizon">Forward horizon in trading days.</param>
/// <param name="Observations">Days with both a finite signal and a finite forward return.</param>
/// <param name="Ic">Pearson correlation of signal and forward return over those days.</param>
/// <param name="NeweyWestTStat">
/// t-statistic of the IC that respects overlap: the mean of the products of the standardised signal and return over its
/// Newey–West standard error (Bartlett kernel, h − 1 lags), so h-day returns that share days do not count as independent.
/// </param>
/// <param name="NonOverlappingObservations">Days 0, h, 2h, … of the series with both values: forward windows that do not overlap.</param>
/// <param name="NonOverlappingIc">The correlation on those days only.</param>
/// <param name="NonOverlappingTStat">Its plain t-statistic r·√(n − 2) / √(1 − r²).</param>
/// <param name="Undefined">Why the IC (or its non-overlapping part) is absent; null when every figure is defined.</param>
public sealed record TimeSeriesIc(
    int Horizon,
    int Observations,
    double? Ic,
    double? NeweyWestTStat,
    int NonOverlappingObservations,
    double? NonOverlappingIc,
    double? NonOverlappingTStat,
    string? Undefined);
