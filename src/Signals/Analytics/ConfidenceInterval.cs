namespace Signals.Analytics;

/// <summary>A point estimate with a two-sided interval at <see cref="Level"/> (0.95 = 95%).</summary>
public sealed record ConfidenceInterval(double Estimate, double Lower, double Upper, double Level);
