namespace Signals.Analytics.EventStudies;

/// <summary>
/// One bucket's cumulative abnormal return path: arrays over <see cref="EventStudyResult.Offsets"/>. Car[k] is the mean
/// over events of the abnormal return from the decision point to offset k (negative offsets: minus the abnormal return
/// from offset k to the decision point), so Car is 0 at offset 0 by construction and its StdErr and TStat are NaN there.
/// </summary>
/// <param name="Events">Events with a complete path to that offset (fewer near the panel's ends or around missing prices).</param>
/// <param name="StdErr">Standard error of the mean CAR, clustered by decision day (see <see cref="EventStudy"/>).</param>
/// <param name="Lower">Car − z·StdErr at the study's confidence level; <paramref name="Upper"/> likewise.</param>
/// <param name="Name">The bucket: "negative", "neutral", "positive" or "Q1".."Qn".</param>
/// <param name="MeanScore">Mean score of the bucket's events.</param>
/// <param name="Car">Mean cumulative abnormal return per offset, a simple-return fraction.</param>
/// <param name="TStat">Car / StdErr per offset.</param>
/// <param name="Upper">Car + z·StdErr.</param>
public sealed record EventBucket(string Name, double MeanScore, double[] Car, double[] StdErr, double[] TStat, double[] Lower, double[] Upper, int[] Events)
{
    /// <summary>Events at the decision point itself: every event that entered the bucket.</summary>
    public int Count => Events.Length == 0 ? 0 : Events.Max();
}

/// <summary>Everything <see cref="EventStudy.Run"/> measured, ready for a chart, a report section or study.json.</summary>
/// <param name="Offsets">Trading days from the decision point, −Before..+After.</param>
/// <param name="EventsUsed">Events that entered a bucket.</param>
/// <param name="EventsDropped">Headlines left out: decision point outside the panel, no panel symbol, no price at the decision point, or no fitted market model.</param>
/// <param name="Buckets">One path per score bucket.</param>
/// <param name="Model">What the abnormal returns are measured against.</param>
/// <param name="Unit">Whether an event is a headline or a symbol-day.</param>
/// <param name="ConfidenceLevel">Two-sided coverage of the bands.</param>
public sealed record EventStudyResult(
    int[] Offsets, IReadOnlyList<EventBucket> Buckets, AbnormalReturnModel Model, EventUnit Unit, double ConfidenceLevel,
    int EventsUsed, int EventsDropped)
{
    /// <summary>The bucket called <paramref name="name"/> (e.g. "positive", "Q1").</summary>
    /// <exception cref="KeyNotFoundException">No bucket has that name; the message lists those there are.</exception>
    public EventBucket Bucket(string name) =>
        Buckets.FirstOrDefault(b => b.Name == name) ?? throw new KeyNotFoundException($"No event bucket '{name}' (have: {string.Join(", ", Buckets.Select(b => b.Name))}).");

    /// <summary>Index of an offset in the arrays.</summary>
    public int IndexOf(int offset)
    {
        int i = offset - Offsets[0];
        return i >= 0 && i < Offsets.Length ? i : throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offsets run {Offsets[0]}..{Offsets[^1]}.");
    }
}
