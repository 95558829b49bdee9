namespace Signals.Sentiment.Lexicon;

/// <summary>
/// Counts of sentiment cues in one headline: plain positive/negative/uncertainty words (after negation), numeric
/// direction of good and bad quantities ("loss narrowed", "margin fell to", "rose to EUR 13.1 mn from EUR 8.7 mn",
/// "-3.4%"), strong event phrases ("cuts guidance", "beats estimates") and routine-filing cues.
/// </summary>
public sealed record LexiconFeatures(
    double Positive,
    double Negative,
    double Uncertainty,
    double DirectionGood,
    double DirectionBad,
    double PhrasePositive,
    double PhraseNegative,
    double PercentUp,
    double PercentDown,
    double Routine,
    double Negations)
{
    /// <summary>Length of the feature vector.</summary>
    public const int Count = 13;

    /// <summary>Names of the vector entries, in order (for the trained head's JSON and for reports).</summary>
    public static readonly string[] Names =
    [
        "positive", "negative", "uncertainty", "directionGood", "directionBad", "phrasePositive", "phraseNegative",
        "percentUp", "percentDown", "routine", "negations", "net", "noCue",
    ];

    /// <summary>Evidence for good news minus evidence for bad news, with numeric direction and phrases weighted up.</summary>
    public double Net =>
        Positive - Negative + 1.5 * (DirectionGood - DirectionBad) + 2.0 * (PhrasePositive - PhraseNegative)
        + 1.5 * (PercentUp - PercentDown);

    /// <summary>Whether the text has any positive, negative, direction, phrase or percent cue (uncertainty and routine words do not count).</summary>
    public bool HasCue => Positive + Negative + DirectionGood + DirectionBad + PhrasePositive + PhraseNegative
                          + PercentUp + PercentDown > 0;

    /// <summary>Features for a linear model: counts squashed with log(1+x) so one long sentence does not dominate.</summary>
    public void ToVector(Span<double> into)
    {
        if (into.Length < Count) throw new ArgumentException($"need {Count} slots", nameof(into));
        into[0] = Math.Log(1 + Positive);
        into[1] = Math.Log(1 + Negative);
        into[2] = Math.Log(1 + Uncertainty);
        into[3] = Math.Log(1 + DirectionGood);
        into[4] = Math.Log(1 + DirectionBad);
        into[5] = Math.Log(1 + PhrasePositive);
        into[6] = Math.Log(1 + PhraseNegative);
        into[7] = Math.Log(1 + PercentUp);
        into[8] = Math.Log(1 + PercentDown);
        into[9] = Math.Log(1 + Routine);
        into[10] = Math.Log(1 + Negations);
        into[11] = Math.Tanh(Net / 2);
        into[12] = HasCue ? 0 : 1;
    }

    /// <summary>The <see cref="Count"/> features as a new array, in the order of <see cref="Names"/>.</summary>
    public double[] ToVector()
    {
        var v = new double[Count];
        ToVector(v);
        return v;
    }
}
