namespace Signals.SampleData;

/// <summary>What <see cref="ScaleDataGenerator.Write"/> wrote: counts, span and the four files.</summary>
public sealed record ScaleDataSummary(int Symbols, int Sessions, DateOnly FirstSession, DateOnly LastSession, long Bars, long Headlines, IReadOnlyList<string> Files);
