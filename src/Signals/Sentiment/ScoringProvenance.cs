using System.Globalization;

namespace Signals.Sentiment;

/// <summary>
/// Who scored a batch and how, summed up for a report: the requested and served models, the servers' fingerprints,
/// the thinking settings and when the answers were given. Several values of one field (a model update in the middle
/// of a batch, say) are all listed, so a change of model never hides.
/// </summary>
public static class ScoringProvenance
{
    /// <summary>Label and value pairs, in a fixed order; fields no result carries are left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(IReadOnlyList<SentimentResult> results)
    {
        var lines = new List<KeyValuePair<string, string>>();
        void Add(string label, IEnumerable<string?> values)
        {
            var distinct = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (distinct.Length > 0) lines.Add(new(label, string.Join(", ", distinct)));
        }
        // Every field read here is shared by a columnar batch's kinds: a few representatives say what a whole market of rows would.
        var forms = results is SentimentResultColumns columns ? columns.Representatives : results;
        var answered = forms.Where(r => r.Status != ScoreStatus.Skipped).ToArray();
        Add("requested model", answered.Select(r => r.Model));
        Add("served model", answered.Select(r => r.ServedModel));
        Add("system fingerprint", answered.Select(r => r.SystemFingerprint));
        Add("thinking", answered.Select(r => r.Thinking));
        Add("reasoning effort", answered.Select(r => r.ReasoningEffort));
        var dates = answered.Where(r => r.ScoredUtc is not null).Select(r => r.ScoredUtc!.Value).ToArray();
        if (dates.Length > 0)
            lines.Add(new("scored (UTC)", string.Create(CultureInfo.InvariantCulture, $"{dates.Min().UtcDateTime:yyyy-MM-dd HH:mm} to {dates.Max().UtcDateTime:yyyy-MM-dd HH:mm}")));
        return lines;
    }
}
