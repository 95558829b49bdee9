namespace Signals.Reporting;

/// <summary>One input file behind a run; what was not recorded (rows, dates, hash) is null and shows as a dash.</summary>
/// <param name="File">The file's path as given.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="First">First date in the file.</param>
/// <param name="Last">Last date in the file.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes.</param>
public sealed record DataProvenance(string File, long? Rows, DateOnly? First, DateOnly? Last, string? Sha256);
