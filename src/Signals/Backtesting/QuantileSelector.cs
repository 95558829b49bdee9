using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Signals.Backtesting;

/// <summary>
/// Picks the bottom and top quantile of a cross-section, day after day, in linear time and without sorting it.
/// Missing values (NaN) take no part. With k = ⌊quantile × valid count⌋ names per side, ties are not information:
/// the names tied at a boundary value share what is left of that side's k slots equally (never by symbol order), so a
/// permutation of the symbols permutes the weights and nothing else. A row whose valid values are all equal (no
/// spread) holds nothing. The answer depends on the row alone; the state a selector keeps between calls only makes the
/// next call faster. <see cref="Counts"/> tallies the rows with no spread and with ties at a boundary.
/// </summary>
/// <remarks>
/// <para>
/// A selection is two boundary values: <see cref="Lowest"/>, the k-th smallest, and <see cref="Highest"/>, the
/// k-th largest. <see cref="Assign"/> then marks the names on or beyond them in one vectorised pass (a second pass
/// splits a boundary value shared by more names than the side has room for: each tied name gets the side's value ×
/// (k − names beyond the boundary) / tied names).
/// </para>
/// <para>
/// A daily signal moves little from one day to the next (a decayed score changes only where there was news), so
/// each boundary is usually close to yesterday's. The selector remembers a narrow value band around each; one
/// vectorised pass counts the names below and inside the bands and collects the few inside, and the boundary is
/// picked among those. When a band misses its boundary (the first day, a jump in the signal) the selector falls back
/// to quickselect over the whole row, which also sets new bands.
/// </para>
/// </remarks>
public sealed class QuantileSelector
{
    private const int MaxBand = 128;   // more names than this inside a band: it has lost its boundary, quickselect instead
    private readonly double[] _lowBand, _highBand, _scratch;
    private readonly int _minMargin, _maxMargin;
    private int _margin, _hits;
    private int _rows, _noSpreadRows, _tiedRows, _thinRows;
    private QuantileBand _low, _high;
    private bool _banded;

    /// <param name="symbols">The longest row this selector will be given.</param>
    public QuantileSelector(int symbols)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(symbols);
        Capacity = symbols;
        _lowBand = new double[symbols]; _highBand = new double[symbols];
        _scratch = new double[5 * symbols];   // the row's valid values, then two quickselect work buffers of twice its length
        // How many names a boundary may move past in a day before its band misses. It adapts to the signal's churn:
        // doubled after a miss, cut by a quarter after a run of hits, so misses settle at a few percent of days.
        _minMargin = _margin = Math.Max(4, symbols / 64);
        _maxMargin = Math.Max(_minMargin, MaxBand / 4);
    }

    /// <summary>Number of symbols per cross-section the selector was sized for.</summary>
    public int Capacity { get; }
    /// <summary>k, the number of names on each side, for the last row (0: nothing selected).</summary>
    public int Count { get; private set; }
    /// <summary>The k-th smallest value of the last row: the bottom side is the names below it and, in index order, enough of those equal to it.</summary>
    public double Lowest { get; private set; } = double.NaN;
    /// <summary>The k-th largest value of the last row: the top side is the names above it and, from the highest index down, enough of those equal to it.</summary>
    public double Highest { get; private set; } = double.NaN;

    /// <summary>The rows selected since the selector was built or <see cref="Reset"/>: how many had no spread or ties at a boundary.</summary>
    public CrossSectionCounts Counts => new(_rows, _noSpreadRows, _tiedRows, _thinRows);

    /// <summary>True when the last <see cref="Assign"/> found every valid value equal and assigned nothing.</summary>
    public bool NoSpread { get; private set; }

    /// <summary>True when the last <see cref="Assign"/> split a boundary value among more tied names than the side had room for.</summary>
    public bool TiedAtBoundary { get; private set; }

    /// <summary>Counts the last row as too thin to trade (the caller's rule, e.g. fewer names a side than it accepts).</summary>
    internal void CountThin() => _thinRows++;

    /// <summary>How many selections needed quickselect over the whole row (the rest were settled inside the bands).</summary>
    internal int QuickselectRows { get; private set; }

    /// <summary>Forgets the bands, so the next call starts from quickselect (the answer is the same either way), and zeroes <see cref="Counts"/>.</summary>
    public void Reset()
    {
        _rows = _noSpreadRows = _tiedRows = _thinRows = 0;
        _banded = false;
        _margin = _minMargin;
        _hits = 0;
    }

    /// <summary>Finds the boundaries of the bottom and top <paramref name="quantile"/> of <paramref name="row"/>; returns k, the count on each side.</summary>
    public int Select(ReadOnlySpan<double> row, double quantile)
    {
        if (quantile is <= 0 or > 0.5) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Quantile must be in (0, 0.5].");
        if (row.Length > Capacity) throw new ArgumentException($"The row has {row.Length} values; this selector was built for {Capacity}.", nameof(row));
        _rows++;
        NoSpread = TiedAtBoundary = false;
        if (_banded)
        {
            if (SelectWithBands(row, quantile))
            {
                if (++_hits == 16) { _hits = 0; _margin = Math.Max(_minMargin, _margin - _margin / 4); }
                return Count;
            }
            _hits = 0;
            _margin = Math.Min(_maxMargin, 2 * _margin);
        }
        SelectWithQuickselect(row, quantile);
        return Count;
    }

    /// <summary>
    /// Writes <paramref name="bottomValue"/> for the bottom side of the last selection, <paramref name="topValue"/>
    /// for the top side and 0 for every other name (missing ones included); names tied at a boundary share it (see the
    /// class remarks). A row with no spread gets 0 everywhere and sets <see cref="NoSpread"/>. <paramref name="row"/>
    /// must be the row that was selected.
    /// </summary>
    public void Assign(ReadOnlySpan<double> row, Span<double> targets, double bottomValue, double topValue)
    {
        if (targets.Length < row.Length) throw new ArgumentException("Targets must be as long as the row.", nameof(targets));
        targets = targets[..row.Length];
        if (Count == 0) { targets.Clear(); return; }
        var (bottom, top) = AssignBeyondBoundaries(row, targets, Lowest, Highest, bottomValue, topValue);
        if (bottom != Count || top != Count) AssignWithTies(row, targets, bottomValue, topValue);
    }

    private static int SideCount(double quantile, int valid) => (int)Math.Floor(quantile * valid + 1e-9);

    /// <summary>Writes the side values to every name at or beyond a boundary; returns how many names that marks per side.</summary>
    private static (int Bottom, int Top) AssignBeyondBoundaries(ReadOnlySpan<double> row, Span<double> targets, double lowest, double highest,
        double bottomValue, double topValue)
    {
        int s = 0;
        long bottom = 0, top = 0;
        if (Vector256.IsHardwareAccelerated && row.Length >= Vector256<double>.Count)
        {
            ref double source = ref MemoryMarshal.GetReference(row);
            ref double target = ref MemoryMarshal.GetReference(targets);
            Vector256<double> low = Vector256.Create(lowest), high = Vector256.Create(highest);
            Vector256<double> bottomWeight = Vector256.Create(bottomValue), topWeight = Vector256.Create(topValue);
            Vector256<long> bottomCount = Vector256<long>.Zero, topCount = Vector256<long>.Zero;
            for (; s <= row.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)s);
                var isBottom = Vector256.LessThanOrEqual(v, low);
                var isTop = Vector256.GreaterThanOrEqual(v, high);
                var weight = (isBottom & bottomWeight) | (isTop & topWeight);
                weight.StoreUnsafe(ref target, (nuint)s);
                bottomCount -= isBottom.AsInt64();
                topCount -= isTop.AsInt64();
            }
            bottom = Vector256.Sum(bottomCount);
            top = Vector256.Sum(topCount);
        }
        for (; s < row.Length; s++)
        {
            double v = row[s];
            bool isBottom = v <= lowest, isTop = v >= highest;
            targets[s] = isBottom ? bottomValue : isTop ? topValue : 0;
            bottom += isBottom ? 1 : 0;
            top += isTop ? 1 : 0;
        }
        return ((int)bottom, (int)top);
    }

    /// <summary>
    /// The exact rule when a boundary value is shared by more names than the side has room for: names strictly beyond
    /// the boundary take the side's value, the tied ones share the remaining slots equally. When every valid value is
    /// the same there is no spread to trade and the row gets 0.
    /// </summary>
    private void AssignWithTies(ReadOnlySpan<double> row, Span<double> targets, double bottomValue, double topValue)
    {
        int below = 0, atLow = 0, above = 0, atHigh = 0, n = row.Length;
        double lowest = Lowest, highest = Highest;
        foreach (double v in row)
        {
            below += v < lowest ? 1 : 0;
            atLow += v == lowest ? 1 : 0;
            above += v > highest ? 1 : 0;
            atHigh += v == highest ? 1 : 0;
        }
        if (below == 0 && above == 0 && lowest == highest)
        {
            targets.Clear();
            NoSpread = true;
            _noSpreadRows++;
            return;
        }
        TiedAtBoundary = true;
        _tiedRows++;
        // Each tied name's share of the boundary: (k − names beyond it) / names on it, the same for every tied name.
        double lowShare = bottomValue * (Count - below) / atLow, highShare = topValue * (Count - above) / atHigh;
        for (int s = 0; s < n; s++)
        {
            double v = row[s];
            targets[s] = v < lowest ? bottomValue : v > highest ? topValue : 0;
            if (v == lowest) targets[s] += lowShare;
            if (v == highest) targets[s] += highShare;
        }
    }

    private bool SelectWithBands(ReadOnlySpan<double> row, double quantile)
    {
        var scan = QuantileBandScan.Run(row, _low, _high, _lowBand, _highBand);
        int k = SideCount(quantile, scan.Valid);
        int lowRank = k - 1 - scan.BelowLow, highRank = scan.Valid - k - scan.BelowHigh;   // ranks inside each band
        if (k == 0 || scan.InLow > MaxBand || scan.InHigh > MaxBand ||
            lowRank < 0 || lowRank >= scan.InLow || highRank < 0 || highRank >= scan.InHigh)
            return false;
        Count = k;
        (Lowest, _low) = PickInBand(_lowBand.AsSpan(0, scan.InLow), lowRank);
        (Highest, _high) = PickInBand(_highBand.AsSpan(0, scan.InHigh), highRank);
        return true;
    }

    private void SelectWithQuickselect(ReadOnlySpan<double> row, double quantile)
    {
        int n = row.Length;
        var values = _scratch.AsSpan(0, n);
        int valid = 0;
        foreach (double v in row)
        {
            values[valid] = v;
            valid += double.IsNaN(v) ? 0 : 1;
        }
        values = values[..valid];
        int k = SideCount(quantile, valid);
        QuickselectRows++;
        Count = k;
        Lowest = Highest = double.NaN;
        _banded = false;
        if (k == 0) return;
        var a = _scratch.AsSpan(n, 2 * n);
        var b = _scratch.AsSpan(3 * n, 2 * n);
        Lowest = Quickselect.NthSmallest(values, k - 1, a, b);
        Highest = Quickselect.NthSmallest(values, valid - k, a, b);

        // Bands for the next row: from `margin` ranks below each boundary to `margin` ranks above it.
        int m = _margin;
        _low = new QuantileBand(Quickselect.NthSmallest(values, Math.Max(0, k - 1 - m), a, b), Quickselect.NthSmallest(values, Math.Min(valid - 1, k - 1 + m), a, b));
        _high = new QuantileBand(Quickselect.NthSmallest(values, Math.Max(0, valid - k - m), a, b), Quickselect.NthSmallest(values, Math.Min(valid - 1, valid - k + m), a, b));
        _banded = true;
    }

    /// <summary>
    /// The boundary at <paramref name="rank"/> among a band's values, and tomorrow's band: centred on it and
    /// <see cref="_margin"/> names wide either side at today's spacing of values in the band.
    /// </summary>
    private (double Boundary, QuantileBand Next) PickInBand(Span<double> values, int rank)
    {
        var (min, max) = Range(values);
        double boundary = Quickselect.NthSmallest(values, rank, _scratch.AsSpan(0, 2 * values.Length), _scratch.AsSpan(2 * values.Length, 2 * values.Length));
        double half = values.Length > 1 ? _margin * (max - min) / (values.Length - 1) : 0;
        return (boundary, new QuantileBand(boundary - half, boundary + half));
    }

    /// <summary>The smallest and largest of a band's values (never NaN: a NaN is in no band), four at a time where the hardware allows.</summary>
    private static (double Min, double Max) Range(ReadOnlySpan<double> values)
    {
        int s = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            ref double source = ref MemoryMarshal.GetReference(values);
            Vector256<double> low = Vector256.Create(min), high = Vector256.Create(max);
            for (; s <= values.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)s);
                low = Vector256.MinNative(low, v);
                high = Vector256.MaxNative(high, v);
            }
            for (int lane = 0; lane < Vector256<double>.Count; lane++)
            {
                min = Math.Min(min, low[lane]);
                max = Math.Max(max, high[lane]);
            }
        }
        for (; s < values.Length; s++)
        {
            min = Math.Min(min, values[s]);
            max = Math.Max(max, values[s]);
        }
        return (min, max);
    }
}
