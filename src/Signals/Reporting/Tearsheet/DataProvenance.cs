namespace Signals.Reporting;

/// <summary>One input file behind a run; what was not recorded (rows, dates, hash) is null and shows as a dash.</summary>
public sealed record DataProvenance(string File, long? Rows, DateOnly? First, DateOnly? Last, string? Sha256);
