using System.Collections;
using Signals.Data;
using Signals.Sentiment;

namespace Signals.Features;

/// <summary>
/// Scored headlines held as columns — id, publication instant, symbols, score, confidence — with no object per
/// headline kept alive: a whole market's 15 M headlines as <see cref="ScoredHeadline"/> records cost ~72 B each (the
/// record and its reference), here ~42 B, the id and symbol lists shared with the news they came from, and next to
/// nothing when the scores are those of a news table's rows (<see cref="OfRows"/>: ids, instants and symbols read from
/// the table, the scores from the results). The indexer
/// and enumerator hand out a <see cref="ScoredHeadline"/> equal to the one a list would hold; the typed accessors
/// (<see cref="Published"/>, <see cref="Symbols"/>, <see cref="Score"/>, ...) read a row without making one.
/// A table filtered by <see cref="WhereAnySymbol"/> is a view on the same columns (its rows only), or the table
/// itself when every row passes.
/// </summary>
public sealed class ScoredHeadlineTable : IReadOnlyList<ScoredHeadline>
{
    private readonly Columns _columns;
    /// <summary>The columns' rows this table holds, in order; null when it holds all of them.</summary>
    private readonly int[]? _rows;

    private ScoredHeadlineTable(Columns columns, int[]? rows)
    {
        _columns = columns;
        _rows = rows;
    }

    /// <summary>The headlines in order, as columns (the records are not kept).</summary>
    public ScoredHeadlineTable(IEnumerable<ScoredHeadline> headlines)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        var builder = new Builder(headlines is IReadOnlyCollection<ScoredHeadline> c ? c.Count : 0);
        foreach (var h in headlines) builder.Add(h.Id, h.Published, h.Symbols, h.Score, h.Confidence);
        _columns = builder.Finish();
    }

    /// <inheritdoc/>
    public int Count => _rows?.Length ?? _columns.Count;

    /// <inheritdoc/>
    public ScoredHeadline this[int index]
    {
        get
        {
            int row = RowOf(index);
            return new ScoredHeadline(_columns.Id(row), _columns.Published(row), _columns.Symbols(row), _columns.Scores[row], _columns.Confidences[row]);
        }
    }

    /// <summary>The id of the headline at <paramref name="index"/>.</summary>
    public string Id(int index) => _columns.Id(RowOf(index));

    /// <summary>The publication instant, with its offset, of the headline at <paramref name="index"/>.</summary>
    public DateTimeOffset Published(int index) => _columns.Published(RowOf(index));

    /// <summary>The symbols of the headline at <paramref name="index"/>.</summary>
    public IReadOnlyList<string> Symbols(int index) => _columns.Symbols(RowOf(index));

    /// <summary>The score of the headline at <paramref name="index"/>.</summary>
    public double Score(int index) => _columns.Scores[RowOf(index)];

    /// <summary>The confidence of the headline at <paramref name="index"/>.</summary>
    public double Confidence(int index) => _columns.Confidences[RowOf(index)];

    /// <summary>
    /// The headlines naming at least one symbol <paramref name="symbols"/> contains, in order: this table when all do,
    /// otherwise a view holding only their rows (4 bytes a row).
    /// </summary>
    public ScoredHeadlineTable WhereAnySymbol(IReadOnlySet<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        int count = Count, first = 0;
        // Usually every headline names a traded symbol: no row list is made until one does not.
        while (first < count && NamesAny(RowOf(first))) first++;
        if (first == count) return this;
        var kept = new List<int>(first);
        for (int i = 0; i < first; i++) kept.Add(RowOf(i));
        for (int i = first + 1; i < count; i++)
            if (NamesAny(RowOf(i))) kept.Add(RowOf(i));
        return new ScoredHeadlineTable(_columns, [.. kept]);

        bool NamesAny(int row)
        {
            foreach (var symbol in _columns.Symbols(row))
                if (symbols.Contains(symbol)) return true;
            return false;
        }
    }

    /// <summary>
    /// The usable results (<see cref="ScoredHeadline.IsUsable(SentimentResult)"/>) of <paramref name="news"/>' rows, in
    /// its order: what <see cref="ScoredHeadline.Join"/> gives when result i is row i's and the ids are unique, read in
    /// place. Ids, instants and symbols are the table's, the scores and confidences the results' own arrays
    /// (<see cref="SentimentResultColumns.TryShareScores"/>; a non-finite confidence reads 1, as the join makes it, in a
    /// copy), and a row list (4 bytes a row) only when some result is not usable: about 0 bytes a headline where a
    /// joined copy took 42.
    /// </summary>
    internal static ScoredHeadlineTable OfRows(NewsTable news, SentimentResultColumns results, double[] scores, double[] confidences)
    {
        if (results.IdsOf != news || scores.Length != news.Count || confidences.Length != news.Count)
            throw new ArgumentException("the results are not those of this news table's rows", nameof(results));
        int count = news.Count;
        bool ownConfidences = false;
        List<int>? kept = null;
        for (int row = 0; row < count; row++)
        {
            if (!ScoredHeadline.IsUsable(results.StatusAt(row), scores[row]))
            {
                // The first row left out: every row before it was kept.
                kept ??= [.. Enumerable.Range(0, row)];
                continue;
            }
            kept?.Add(row);
            if (double.IsFinite(confidences[row])) continue;
            if (!ownConfidences) (confidences, ownConfidences) = ((double[])confidences.Clone(), true);
            confidences[row] = 1;
        }
        return new ScoredHeadlineTable(new Columns(news, scores, confidences), kept?.ToArray());
    }

    /// <inheritdoc/>
    public IEnumerator<ScoredHeadline> GetEnumerator()
    {
        int count = Count;
        for (int i = 0; i < count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int RowOf(int index)
    {
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), $"index {index} is outside the table's {Count} headlines");
        return _rows is null ? index : _rows[index];
    }

    /// <summary>Fills the columns row by row, growing like a list; <see cref="Finish"/> trims them to the rows added.</summary>
    internal sealed class Builder(int capacity)
    {
        private string[] _ids = new string[Math.Max(capacity, 4)];
        private long[] _utcTicks = new long[Math.Max(capacity, 4)];
        private short[] _offsetMinutes = new short[Math.Max(capacity, 4)];
        private IReadOnlyList<string>[] _symbols = new IReadOnlyList<string>[Math.Max(capacity, 4)];
        private double[] _scores = new double[Math.Max(capacity, 4)];
        private double[] _confidences = new double[Math.Max(capacity, 4)];
        private int _count;

        public void Add(string id, DateTimeOffset published, IReadOnlyList<string> symbols, double score, double confidence)
        {
            if (_count == _ids.Length) Grow();
            _ids[_count] = id;
            // The instant and its offset, as the news table holds them, so it comes back with the offset it was published with.
            _utcTicks[_count] = published.UtcTicks;
            _offsetMinutes[_count] = (short)published.TotalOffsetMinutes;
            _symbols[_count] = symbols;
            _scores[_count] = score;
            _confidences[_count] = confidence;
            _count++;
        }

        public ScoredHeadlineTable Table() => new(Finish(), null);

        public Columns Finish()
        {
            if (_count != _ids.Length) Resize(_count);
            return new Columns(_ids, _utcTicks, _offsetMinutes, _symbols, _scores, _confidences);
        }

        private void Grow() => Resize(_ids.Length * 2);

        private void Resize(int size)
        {
            Array.Resize(ref _ids, size);
            Array.Resize(ref _utcTicks, size);
            Array.Resize(ref _offsetMinutes, size);
            Array.Resize(ref _symbols, size);
            Array.Resize(ref _scores, size);
            Array.Resize(ref _confidences, size);
        }
    }

    /// <summary>One array per field, all of one length.</summary>
    /// <summary>
    /// The table's rows: scores and confidences as arrays of one length, and the rest either as arrays of their own
    /// (a table made from records) or read from the news table the scores are of, row i of one being row i of the
    /// other (no copy of ids, instants or symbols).
    /// </summary>
    internal sealed class Columns
    {
        private readonly NewsTable? _news;
        private readonly string[]? _ids;
        private readonly long[]? _utcTicks;
        private readonly short[]? _offsetMinutes;
        private readonly IReadOnlyList<string>[]? _symbols;

        public Columns(string[] ids, long[] utcTicks, short[] offsetMinutes, IReadOnlyList<string>[] symbols, double[] scores, double[] confidences)
        {
            (_ids, _utcTicks, _offsetMinutes, _symbols) = (ids, utcTicks, offsetMinutes, symbols);
            (Scores, Confidences) = (scores, confidences);
        }

        public Columns(NewsTable news, double[] scores, double[] confidences)
        {
            if (scores.Length != news.Count || confidences.Length != news.Count) throw new ArgumentException("a score and a confidence for each row of the news");
            _news = news;
            (Scores, Confidences) = (scores, confidences);
        }

        public double[] Scores { get; }

        public double[] Confidences { get; }

        public int Count => Scores.Length;

        public string Id(int row) => _news?.Id(row) ?? _ids![row];

        public DateTimeOffset Published(int row) => _news?.Published(row) ?? NewsTable.ToPublished(_utcTicks![row], _offsetMinutes![row]);

        public IReadOnlyList<string> Symbols(int row) => _news?.Symbols(row) ?? _symbols![row];
    }
}
