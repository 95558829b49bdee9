namespace Signals.Analytics;

/// <summary>A point estimate with a two-sided interval at <see cref="Level"/> (0.95 = 95%).</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Level">Two-sided coverage, e.g. 0.95.</param>
public sealed record ConfidenceInterval(double Estimate, double Lower, double Upper, double Level);
