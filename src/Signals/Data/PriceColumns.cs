namespace Signals.Data;

/// <summary>Which column holds which field, resolved from the header's spelling (Yahoo, Stooq and plain exports).</summary>
internal sealed class PriceColumns
{
    public required string[] Names { get; init; }
    public int Date { get; init; }
    public int? Time { get; init; }
    public int Open { get; init; }
    public int High { get; init; }
    public int Low { get; init; }
    public int Close { get; init; }
    public int? AdjClose { get; init; }
    public int? Volume { get; init; }
    public int? Symbol { get; init; }
    public int Count => Names.Length;

    private static readonly string[] DateNames = ["date", "datetime", "timestamp", "time"];

    /// <summary>Symbol column spellings: plain, Kaggle's "Stock Name", and a few exports' own.</summary>
    public static readonly string[] SymbolNames = ["symbol", "ticker", "stockname", "stock", "tickersymbol"];

    public static PriceColumns Resolve(string path, IReadOnlyList<string> header, PriceCsvOptions options)
    {
        var names = header.ToArray();
        var normal = names.Select(Normalise).ToArray();

        int? Find(params string[] candidates)
        {
            foreach (var c in candidates)
            {
                int i = Array.IndexOf(normal, c);
                if (i >= 0) return i;
            }
            return null;
        }
        int Need(string field, params string[] candidates) =>
            Find(candidates) ?? throw new DataFormatException(path, 1, field, $"no '{field}' column in the header ({string.Join(",", names)})");

        int date = Need("date", DateNames);
        // Stooq's raw export splits the timestamp into <DATE> and <TIME>.
        int? time = normal[date] == "date" ? Find("time") : null;
        var cols = new PriceColumns
        {
            Names = names,
            Date = date,
            Time = time,
            Open = Need("open", "open", "o"),
            High = Need("high", "high", "h"),
            Low = Need("low", "low", "l"),
            Close = Need("close", "close", "c", "last"),
            AdjClose = Find("adjclose", "adjustedclose"),
            Volume = Find("volume", "vol", "v"),
            Symbol = Find(SymbolNames),
        };
        if (options.UseAdjustedClose && cols.AdjClose is null)
            throw new DataFormatException(path, 1, "adj close", "adjusted prices were asked for but the header has no 'adj close' column");
        return cols;
    }

    /// <summary>"Adj Close", "adj_close", "&lt;CLOSE&gt;" all compare equal to their plain lower-case letters.</summary>
    private static string Normalise(string name) => DataFiles.Normalise(name);
}
