namespace Signals.Data;

/// <summary>
/// One symbol's bars as a loader reads them: growable columns (timestamp, open, high, low, close, volume) with the
/// file and line each bar came from, so that a load holds about 70 bytes a bar instead of a row object per bar.
/// While a file is read, a bar's timestamp is still the id of its date text (<see cref="DateKeys"/>): the file's date
/// format is decided from the whole column first, and each distinct date text is then parsed once.
/// </summary>
/// <param name="capacity">Bars to make room for: a file grouped by symbol passes the previous symbol's count, so most
/// symbols never grow and their columns become the series' own arrays without a copy.</param>
internal sealed class BarColumnsBuilder(string symbol, int capacity)
{
    public readonly string Symbol = symbol;
    public DateTimeOffset[] Times = new DateTimeOffset[capacity];
    public double[] Open = new double[capacity], High = new double[capacity], Low = new double[capacity], Close = new double[capacity], Volume = new double[capacity];
    public int[] Lines = new int[capacity], Files = new int[capacity], DateKeys = new int[capacity];
    public int Count;

    /// <summary>The file being read when this symbol was last touched, and where that file's bars begin.</summary>
    public int CurrentFile = -1;
    public int SegmentStart;

    public void Add(int dateKey, double open, double high, double low, double close, double volume, int file, int line)
    {
        if (Count == Times.Length) Grow();
        int i = Count++;
        DateKeys[i] = dateKey; Open[i] = open; High[i] = high; Low[i] = low; Close[i] = close; Volume[i] = volume;
        Files[i] = file; Lines[i] = line;
    }

    /// <summary>Moves bar <paramref name="from"/> to <paramref name="to"/> (compaction after bad dates are taken out).</summary>
    public void Move(int from, int to)
    {
        Times[to] = Times[from]; DateKeys[to] = DateKeys[from];
        Open[to] = Open[from]; High[to] = High[from]; Low[to] = Low[from]; Close[to] = Close[from]; Volume[to] = Volume[from];
        Files[to] = Files[from]; Lines[to] = Lines[from];
    }

    private void Grow()
    {
        int n = Math.Max(16, Times.Length * 2);
        Array.Resize(ref Times, n); Array.Resize(ref DateKeys, n);
        Array.Resize(ref Open, n); Array.Resize(ref High, n); Array.Resize(ref Low, n); Array.Resize(ref Close, n); Array.Resize(ref Volume, n);
        Array.Resize(ref Lines, n); Array.Resize(ref Files, n);
    }
}
