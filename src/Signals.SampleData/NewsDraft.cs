namespace Signals.SampleData;

/// <summary>A headline as written, before ids are given out in time order.</summary>
internal sealed record NewsDraft(long Sequence, DateTimeOffset Published, int[] Symbols, string Headline, string Source, double Tone, string Event);
