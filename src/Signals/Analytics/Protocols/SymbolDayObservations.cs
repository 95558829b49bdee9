using System.Collections;

namespace Signals.Analytics.Protocols;

/// <summary>
/// The Lopez-Lira &amp; Tang symbol-days as columns: each observation's panel cell (day × width + symbol), score and
/// next return, 20 bytes, against a 32-byte struct in a doubling list plus a second list for the regression. Dates and
/// symbols are the panel's own arrays; an observation is materialised only when read.
/// </summary>
internal sealed class SymbolDayObservations : IReadOnlyList<SymbolDayObservation>
{
    private readonly DateOnly[] _dates;
    private readonly string[] _symbols;
    private readonly int[] _cells;
    private readonly double[] _scores, _nextReturns;

    /// <param name="dates">The panel's days (rows).</param>
    /// <param name="symbols">The panel's symbols (columns).</param>
    /// <param name="cells">Each observation's cell, day × symbols.Length + symbol.</param>
    /// <param name="scores">Each observation's mean score.</param>
    /// <param name="nextReturns">Each observation's next return.</param>
    public SymbolDayObservations(DateOnly[] dates, string[] symbols, int[] cells, double[] scores, double[] nextReturns)
    {
        if (scores.Length != cells.Length || nextReturns.Length != cells.Length) throw new ArgumentException("cells, scores and next returns differ in length.");
        _dates = dates; _symbols = symbols; _cells = cells; _scores = scores; _nextReturns = nextReturns;
    }

    /// <summary>Observations per panel row: a cell's index divided by it is the cell's day.</summary>
    public int Width => _symbols.Length;
    /// <summary>Each observation's panel cell.</summary>
    public ReadOnlySpan<int> Cells => _cells;
    /// <summary>Each observation's mean score.</summary>
    public ReadOnlySpan<double> Scores => _scores;
    /// <summary>Each observation's next return.</summary>
    public ReadOnlySpan<double> NextReturns => _nextReturns;

    public int Count => _cells.Length;

    public SymbolDayObservation this[int index]
    {
        get
        {
            // A list's exception, not the column array's IndexOutOfRangeException: the observations were a List before.
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_cells.Length, nameof(index));
            int cell = _cells[index];
            return new SymbolDayObservation(_dates[cell / _symbols.Length], _symbols[cell % _symbols.Length], _scores[index], _nextReturns[index]);
        }
    }

    public IEnumerator<SymbolDayObservation> GetEnumerator()
    {
        for (int i = 0; i < _cells.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
