using Signals.Data;

namespace Signals.Sentiment;

/// <summary>
/// Fills a <see cref="SentimentResultColumns"/> row by row, in any order. A scorer names its kinds of result first
/// (kind 0, given to the constructor, is usually its plain scored result; <see cref="AddKind"/> adds others such as a
/// skip with its reason), then sets each row's id, score, label and confidence against a kind — no object per row.
/// <see cref="Set(int, byte, string, double, SentimentLabel, double)"/> may run on many threads at once for distinct
/// rows; <see cref="AddKind"/> may not run alongside anything else. A builder for a news table's rows (the
/// <see cref="SentimentResultColumnsBuilder(NewsTable, SentimentResult)"/> constructor) holds no id: row i's is the
/// table's, and its rows are set with <see cref="SetRow"/>.
/// </summary>
internal sealed class SentimentResultColumnsBuilder
{
    private readonly List<SentimentResult> _kinds = [];
    // Each row's id; null when they are read from _idsOf.
    private readonly string[]? _ids;
    private readonly NewsTable? _idsOf;
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
        (_scores, _confidences, _labels, _kindOf) = (new double[count], new double[count], new sbyte[count], new byte[count]);
        AddKind(scored);
    }

    /// <summary>
    /// Room for a result per row of <paramref name="idsOf"/>, result i being row i's and taking its id from there (no
    /// string held per result, 8 bytes a row and the string itself); <paramref name="scored"/> becomes kind 0.
    /// </summary>
    public SentimentResultColumnsBuilder(NewsTable idsOf, SentimentResult scored)
    {
        ArgumentNullException.ThrowIfNull(idsOf);
        int count = idsOf.Count;
        _idsOf = idsOf;
        (_scores, _confidences, _labels, _kindOf) = (new double[count], new double[count], new sbyte[count], new byte[count]);
        // No id to be null while unset: the kind byte tells a row never set.
        _kindOf.AsSpan().Fill(Unset);
        AddKind(scored);
    }

    // The kind byte of a row not set yet (a builder without ids): a value no kind takes.
    private const byte Unset = SentimentResultColumns.Irregular - 1;

    /// <summary>The kind of the constructor's result.</summary>
    public const byte Scored = 0;

    /// <summary>Adds a kind of result and returns its number; only the fields other than id, score, label and confidence count.</summary>
    /// <exception cref="InvalidOperationException">The kinds are used up (254 of them).</exception>
    public byte AddKind(SentimentResult shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        if (_kinds.Count >= Unset) throw new InvalidOperationException($"at most {Unset} kinds of result");
        _kinds.Add(shared);
        return (byte)(_kinds.Count - 1);
    }

    /// <summary>Row <paramref name="index"/> is a result of <paramref name="kind"/> with these per-row fields; <paramref name="id"/> is kept by reference.</summary>
    /// <exception cref="InvalidOperationException">The builder reads its ids from a news table: use <see cref="SetRow"/>.</exception>
    public void Set(int index, byte kind, string id, double score, SentimentLabel label, double confidence)
    {
        ArgumentNullException.ThrowIfNull(id);
        var ids = _ids ?? throw new InvalidOperationException("this batch reads its ids from a news table: set its rows with SetRow");
        SetFields(index, kind, score, label, confidence);
        ids[index] = id;
    }

    /// <summary>Row <paramref name="index"/> is a result of <paramref name="kind"/> with these per-row fields and the id its news table gives the row.</summary>
    /// <exception cref="InvalidOperationException">The builder holds ids of its own: use <see cref="Set(int, byte, string, double, SentimentLabel, double)"/>.</exception>
    public void SetRow(int index, byte kind, double score, SentimentLabel label, double confidence)
    {
        if (_idsOf is null) throw new InvalidOperationException("this batch holds its own ids: set its rows with Set, naming the id");
        SetFields(index, kind, score, label, confidence);
    }

    private void SetFields(int index, byte kind, double score, SentimentLabel label, double confidence)
    {
        if (kind >= _kinds.Count) throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{_kinds.Count} kinds added");
        if ((int)label is < sbyte.MinValue or > sbyte.MaxValue) throw new ArgumentOutOfRangeException(nameof(label), label, "a label outside the column's range");
        _scores[index] = score;
        _confidences[index] = confidence;
        _labels[index] = (sbyte)label;
        _kindOf[index] = kind;
    }

    /// <summary>
    /// Row <paramref name="index"/> is <paramref name="result"/>: stored in columns when it differs from a kind only in
    /// id, score, label and confidence, else kept whole. Safe alongside other rows' setters.
    /// </summary>
    /// <exception cref="InvalidOperationException">The builder reads its ids from a news table (a result names its own).</exception>
    public void Set(int index, SentimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ids = _ids ?? throw new InvalidOperationException("this batch reads its ids from a news table: set its rows with SetRow");
        for (int k = 0; k < _kinds.Count; k++)
        {
            if (!SharedFieldsEqual(result, _kinds[k]) || (int)result.Label is < sbyte.MinValue or > sbyte.MaxValue) continue;
            Set(index, (byte)k, result.Id, result.Score, result.Label, result.Confidence);
            return;
        }
        ids[index] = result.Id;
        _kindOf[index] = SentimentResultColumns.Irregular;
        lock (_irregularGate) _irregular[index] = result;
    }

    /// <summary>The finished batch; the builder must not be used afterwards (the batch shares its arrays).</summary>
    /// <exception cref="InvalidOperationException">A row was never set, or the batch was built already.</exception>
    public SentimentResultColumns Build()
    {
        if (_built) throw new InvalidOperationException("the batch was built already");
        int unset = _ids is null ? Array.IndexOf(_kindOf, Unset) : Array.IndexOf(_ids, null);
        if (unset >= 0) throw new InvalidOperationException($"row {unset} of {_kindOf.Length} was never set");
        _built = true;
        return new SentimentResultColumns([.. _kinds], _ids, _idsOf, _scores, _confidences, _labels, _kindOf, _irregular);
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
