namespace Signals.Sentiment.Evaluation;

/// <summary>
/// Evaluation texts that also appear in a training set (compared after folding case, spacing and punctuation, so a
/// benchmark's tokenised "profit rose , up 5 %" matches "Profit rose, up 5%"). A scorer evaluated on its own training
/// rows looks better than it is.
/// </summary>
public static class TrainingOverlap
{
    /// <summary>Rows of <paramref name="evaluation"/> whose text is also in <paramref name="training"/>.</summary>
    public static IReadOnlyList<LabeledHeadline> Find(IReadOnlyList<LabeledHeadline> evaluation, IEnumerable<string> training)
    {
        var known = new HashSet<string>(training.Select(Fold), StringComparer.Ordinal);
        return evaluation.Where(r => known.Contains(Fold(r.Text))).ToArray();
    }

    /// <summary>Letters and digits only, lower case: what is left of a sentence once its formatting is gone.</summary>
    internal static string Fold(string text)
    {
        var chars = new char[text.Length];
        int n = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
        return new string(chars, 0, n);
    }
}
