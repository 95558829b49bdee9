namespace Signals.Reporting;

/// <summary>A news item to mark on a price chart: when it was published, its headline and its sentiment score in [-1, 1].</summary>
public readonly record struct NewsMarker(DateTimeOffset Time, string Headline, double Score)
{
    /// <summary>Lets a notebook write <c>[(time, "headline", 0.7)]</c>.</summary>
    public static implicit operator NewsMarker((DateTimeOffset Time, string Headline, double Score) t) => new(t.Time, t.Headline, t.Score);
}
