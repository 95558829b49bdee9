namespace Signals.Sentiment;

/// <summary>
/// Fills a <see cref="SentimentResultColumns"/> row by row, in any order. A scorer names its kinds of result first
/// (kind 0, given to the constructor, is usually its plain scored result; <see cref="AddKind"/> adds others such as a
/// skip with its reason), then sets each row's id, score, label and confidence against a kind — no object per row.
/// <see cref="Set(int, byte, string, double, SentimentLabel, double)"/> may run on many threads at once for distinct
/// rows; <see cref="AddKind"/> may not run alongside anything else.
/// </summary>
internal sealed class SentimentResultColumnsBuilder
{
    private readonly List<SentimentResult> _kinds = [];
    private readonly string[] _ids;
    private readonly double[] _scores;
    private readonly double[] _confidences;
    private readonly sbyte[] _labels;
    private readonly byte[] _kindOf;
    private readonly Dictionary<int, SentimentResult> _irregular = [];
    private readonly Lock _irregularGate = new();
    private bool _built;

    /// <summary>Room for <paramref name="count"/> rows; <paramref name="scored"/> becomes kind 0 (its id, score, label and confidence are ignored).</summary>
    public SentimentResultColumnsBuilder(int count, SentimentResult scored)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _ids = new string[count];
        _scores = new double[count];
        _confidences = new double[count];
        _labels = new sbyte[count];
        _kindOf = new byte[count];
        AddKind(scored);
    }

    /// <summary>The kind of the constructor's result.</summary>
    public const byte Scored = 0;

    /// <summary>Adds a kind of result and returns its number; only the fields other than id, score, label and confidence count.</summary>
    /// <exception cref="InvalidOperationException">The kinds are used up (254 of them).</exception>
    public byte AddKind(SentimentResult shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        if (_kinds.Count >= SentimentResultColumns.Irregular) throw new InvalidOperationException($"at most {SentimentResultColumns.Irregular} kinds of result");
        _kinds.Add(shared);
        return (byte)(_kinds.Count - 1);
    }

    /// <summary>Row <paramref name="index"/> is a result of <paramref name="kind"/> with these per-row fields; <paramref name="id"/> is kept by reference.</summary>
    public void Set(int index, byte kind, string id, double score, SentimentLabel label, double confidence)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (kind >= _kinds.Count) throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{_kinds.Count} kinds added");
        if ((int)label is < sbyte.MinValue or > sbyte.MaxValue) throw new ArgumentOutOfRangeException(nameof(label), label, "a label outside the column's range");
        _ids[index] = id;
        _scores[index] = score;
        _confidences[index] = confidence;
        _labels[index] = (sbyte)label;
        _kindOf[index] = kind;
    }

    /// <summary>
    /// Row <paramref name="index"/> is <paramref name="result"/>: stored in columns when it differs from a kind only in
    /// id, score, label and confidence, else kept whole. Safe alongside other rows' setters.
    /// </summary>
    public void Set(int index, SentimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        for (int k = 0; k < _kinds.Count; k++)
        {
            if (!SharedFieldsEqual(result, _kinds[k]) || (int)result.Label is < sbyte.MinValue or > sbyte.MaxValue) continue;
            Set(index, (byte)k, result.Id, result.Score, result.Label, result.Confidence);
            return;
        }
        _ids[index] = result.Id;
        _kindOf[index] = SentimentResultColumns.Irregular;
        lock (_irregularGate) _irregular[index] = result;
    }

    /// <summary>The finished batch; the builder must not be used afterwards (the batch shares its arrays).</summary>
    /// <exception cref="InvalidOperationException">A row was never set, or the batch was built already.</exception>
    public SentimentResultColumns Build()
    {
        if (_built) throw new InvalidOperationException("the batch was built already");
        int unset = Array.IndexOf(_ids, null);
        if (unset >= 0) throw new InvalidOperationException($"row {unset} of {_ids.Length} was never set");
        _built = true;
        return new SentimentResultColumns([.. _kinds], _ids, _scores, _confidences, _labels, _kindOf, _irregular);
    }

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> agree on every field but the per-row ones, bit for bit:
    /// record equality does the fields (and any added later), then the two it calls equal when their bits are not
    /// (0.0 and -0.0 for a cost, one instant at two offsets).
    /// </summary>
    internal static bool SharedFieldsEqual(SentimentResult a, SentimentResult b)
    {
        var aAsB = a with { Id = b.Id, Score = b.Score, Label = b.Label, Confidence = b.Confidence };
        return aAsB == b
            && BitConverter.DoubleToInt64Bits(a.CostUsd) == BitConverter.DoubleToInt64Bits(b.CostUsd)
            && a.ScoredUtc?.Offset == b.ScoredUtc?.Offset;
    }
}
