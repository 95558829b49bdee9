namespace Signals.Data;

/// <summary>
/// One symbol's bars as a loader reads them: growable columns (timestamp, open, high, low, close, volume) with the
/// file and line each bar came from, so that a load holds about 60 bytes a bar instead of a row object per bar.
/// While a file is read, a bar's timestamp slot holds the id of its date text instead (<see cref="SetDateKey"/>):
/// the file's date format is decided from the whole column first, and each distinct date text is then parsed once.
/// </summary>
/// <param name="capacity">Bars to make room for: a file grouped by symbol passes the previous symbol's count, so most
/// symbols never grow and their columns become the series' own arrays without a copy.</param>
internal sealed class BarColumnsBuilder(string symbol, int capacity)
{
    public readonly string Symbol = symbol;
    // Uninitialised: only the first Count entries are ever read, and zeroing them first touched each page of a large
    // load twice (a tenth of its time).
    public DateTimeOffset[] Times = GC.AllocateUninitializedArray<DateTimeOffset>(capacity);
    public double[] Open = GC.AllocateUninitializedArray<double>(capacity), High = GC.AllocateUninitializedArray<double>(capacity),
        Low = GC.AllocateUninitializedArray<double>(capacity), Close = GC.AllocateUninitializedArray<double>(capacity),
        Volume = GC.AllocateUninitializedArray<double>(capacity);
    public int[] Lines = GC.AllocateUninitializedArray<int>(capacity);
    public int Count;

    /// <summary>The file of each bar, or null while every bar came from <see cref="FirstFile"/> (a symbol in one file, the usual case).</summary>
    public int[]? Files;
    /// <summary>The file of the first bar (−1 before any).</summary>
    public int FirstFile = -1;

    /// <summary>The file being read when this symbol was last touched, and where that file's bars begin.</summary>
    public int CurrentFile = -1;
    public int SegmentStart;

    /// <summary>The file bar <paramref name="index"/> came from.</summary>
    public int FileOf(int index) => Files?[index] ?? FirstFile;

    /// <summary>Adds a bar whose timestamp is still the id of its date text (see <see cref="DateKey"/>).</summary>
    public void Add(int dateKey, double open, double high, double low, double close, double volume, int file, int line)
    {
        if (Count == Times.Length) Grow();
        int i = Count++;
        SetDateKey(i, dateKey);
        Open[i] = open; High[i] = high; Low[i] = low; Close[i] = close; Volume[i] = volume;
        Lines[i] = line;
        if (Files is not null) Files[i] = file;
        else if (file != FirstFile)
        {
            if (i == 0) FirstFile = file;
            else
            {
                Files = GC.AllocateUninitializedArray<int>(Times.Length);
                Files.AsSpan(0, i).Fill(FirstFile);
                Files[i] = file;
            }
        }
    }

    /// <summary>
    /// Keeps a date text's id in bar <paramref name="index"/>'s timestamp slot until the file's dates are parsed: a
    /// column of its own cost four bytes a bar, written and read once.
    /// </summary>
    public void SetDateKey(int index, int key) => Times[index] = new DateTimeOffset(key, TimeSpan.Zero);

    /// <summary>The date text id <see cref="SetDateKey"/> put in bar <paramref name="index"/>.</summary>
    public int DateKey(int index) => (int)Times[index].UtcTicks;

    /// <summary>Moves bar <paramref name="from"/> to <paramref name="to"/> (compaction after bad dates are taken out).</summary>
    public void Move(int from, int to)
    {
        Times[to] = Times[from];
        Open[to] = Open[from]; High[to] = High[from]; Low[to] = Low[from]; Close[to] = Close[from]; Volume[to] = Volume[from];
        Lines[to] = Lines[from];
        if (Files is not null) Files[to] = Files[from];
    }

    private void Grow()
    {
        int n = Math.Max(16, Times.Length * 2);
        Times = Grown(Times, n);
        Open = Grown(Open, n); High = Grown(High, n); Low = Grown(Low, n); Close = Grown(Close, n); Volume = Grown(Volume, n);
        Lines = Grown(Lines, n);
        if (Files is not null) Files = Grown(Files, n);
    }

    private T[] Grown<T>(T[] column, int length)
    {
        var grown = GC.AllocateUninitializedArray<T>(length);
        column.AsSpan(0, Count).CopyTo(grown);
        return grown;
    }
}
