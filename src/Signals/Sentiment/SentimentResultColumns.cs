using System.Collections;
using Signals.Data;

namespace Signals.Sentiment;

/// <summary>
/// A batch of results held by column: what a whole market of headlines costs as one <see cref="SentimentResult"/>
/// object each (about 190 bytes) shrinks to the four fields that differ per headline (the item's own id string,
/// score, confidence and label, 25 bytes) and a byte naming the row's <em>kind</em>, a shared result carrying every
/// other field (model, status, error, ...) once. Results of a news table's rows, one per row in its order, read
/// their ids from the table instead of holding a string each (17 bytes a row). A row that fits no kind is kept whole in a sparse side store. The
/// indexer and the enumerator make a result equal (record equality, and bit for bit) to the one the scorer described;
/// the typed accessors (<see cref="IdAt"/>, <see cref="ScoreAt"/>, ...) read a row without making one.
/// Built by <see cref="SentimentResultColumnsBuilder"/>; immutable once built, so safe to read from any thread.
/// </summary>
public sealed class SentimentResultColumns : IReadOnlyList<SentimentResult>
{
    /// <summary>The kind byte of a row kept whole in the side store.</summary>
    internal const byte Irregular = byte.MaxValue;

    private readonly SentimentResult[] _kinds;
    // One of the two: each row's id string, or the news table whose row i result i is (its ids read from there).
    private readonly string[]? _ids;
    private readonly NewsTable? _idsOf;
    private readonly double[] _scores;
    private readonly double[] _confidences;
    private readonly sbyte[] _labels;
    private readonly byte[] _kindOf;
    private readonly Dictionary<int, SentimentResult> _irregular;
    private readonly SentimentResult[] _representatives;

    internal SentimentResultColumns(SentimentResult[] kinds, string[]? ids, NewsTable? idsOf, double[] scores, double[] confidences, sbyte[] labels,
        byte[] kindOf, Dictionary<int, SentimentResult> irregular)
    {
        if ((ids is null) == (idsOf is null)) throw new ArgumentException("ids come from a list or from a news table: exactly one of them");
        _kinds = kinds;
        _ids = ids;
        _idsOf = idsOf;
        _scores = scores;
        _confidences = confidences;
        _labels = labels;
        _kindOf = kindOf;
        _irregular = irregular;
        _representatives = FirstOfEachKind();
    }

    /// <summary>How many results.</summary>
    public int Count => _kindOf.Length;

    /// <summary>How many rows are kept whole because they fit no shared kind (failures with their own error, say).</summary>
    public int IrregularCount => _irregular.Count;

    /// <summary>The result of row <paramref name="index"/>, made afresh on each call (equal to the one the scorer described).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, <see cref="Count"/>).</exception>
    public SentimentResult this[int index]
    {
        get
        {
            byte kind = KindOf(index);
            if (kind == Irregular) return _irregular[index];
            return _kinds[kind] with
            {
                Id = IdOf(index), Score = _scores[index], Label = (SentimentLabel)_labels[index], Confidence = _confidences[index],
            };
        }
    }

    /// <summary>Row <paramref name="index"/>'s <see cref="SentimentResult.Id"/>: the news item's own string, not a copy.</summary>
    public string IdAt(int index)
    {
        CheckIndex(index);
        return IdOf(index);
    }

    /// <summary>The news table whose row i result i is, when the results read their ids from it; null when they hold their own.</summary>
    internal NewsTable? IdsOf => _idsOf;

    /// <summary>
    /// The score and confidence columns themselves (row i's <see cref="ScoreAt"/> and <see cref="ConfidenceAt"/>), for a
    /// reader that would otherwise copy them; false when some row is kept whole, as its values live elsewhere. The
    /// caller must not write to them.
    /// </summary>
    internal bool TryShareScores(out double[] scores, out double[] confidences)
    {
        bool regular = _irregular.Count == 0;
        scores = regular ? _scores : [];
        confidences = regular ? _confidences : [];
        return regular;
    }

    private string IdOf(int index) => _ids?[index] ?? _idsOf!.Id(index);

    /// <summary>Row <paramref name="index"/>'s <see cref="SentimentResult.Score"/>, without making the result.</summary>
    public double ScoreAt(int index) => KindOf(index) == Irregular ? _irregular[index].Score : _scores[index];

    /// <summary>Row <paramref name="index"/>'s <see cref="SentimentResult.Confidence"/>, without making the result.</summary>
    public double ConfidenceAt(int index) => KindOf(index) == Irregular ? _irregular[index].Confidence : _confidences[index];

    /// <summary>Row <paramref name="index"/>'s <see cref="SentimentResult.Label"/>, without making the result.</summary>
    public SentimentLabel LabelAt(int index) => KindOf(index) == Irregular ? _irregular[index].Label : (SentimentLabel)_labels[index];

    /// <summary>Row <paramref name="index"/>'s <see cref="SentimentResult.Status"/>, without making the result.</summary>
    public ScoreStatus StatusAt(int index)
    {
        byte kind = KindOf(index);
        return kind == Irregular ? _irregular[index].Status : _kinds[kind].Status;
    }

    /// <summary>
    /// One result per distinct form in the batch, in row order of first appearance: the first row of each shared kind
    /// that occurs and every row kept whole. Every value of a field other than id, score, label and confidence that any
    /// row carries is carried by one of these, so a summary of such fields (models, provenance, errors by kind) can
    /// read a handful of results instead of the whole batch.
    /// </summary>
    public IReadOnlyList<SentimentResult> Representatives => _representatives;

    /// <summary>The results in row order, each made as it is reached.</summary>
    public IEnumerator<SentimentResult> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private byte KindOf(int index)
    {
        CheckIndex(index);
        return _kindOf[index];
    }

    private void CheckIndex(int index)
    {
        // Arrays would throw IndexOutOfRangeException; a list's indexer promises ArgumentOutOfRangeException.
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the batch has {Count} results");
    }

    private SentimentResult[] FirstOfEachKind()
    {
        var seen = new bool[_kinds.Length];
        int unseen = _kinds.Length;
        var first = new List<SentimentResult>();
        for (int i = 0; i < _kindOf.Length; i++)
        {
            byte kind = _kindOf[i];
            if (kind == Irregular) first.Add(_irregular[i]);
            else if (!seen[kind])
            {
                seen[kind] = true;
                unseen--;
                first.Add(this[i]);
                // Every kind seen and no row kept whole: nothing later can add a form.
                if (unseen == 0 && _irregular.Count == 0) break;
            }
        }
        return [.. first];
    }
}
