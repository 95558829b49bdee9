using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Signals.Backtesting;
using Signals.Data;

namespace Signals.Reporting;

/// <summary>
/// The output folder of <c>signals backtest</c>, read back: stats.json, equity.csv, trades.csv and params.json.
/// Bad files raise <see cref="DataFormatException"/> naming the file, line and column.
/// </summary>
public sealed partial class BacktestRunFolder
{
    private BacktestRunFolder(string folder, IReadOnlyList<TearsheetStat> stats, EquityPoint[] equity, IReadOnlyList<Trade> trades, RunParameters parameters)
    {
        Folder = folder;
        Stats = stats;
        Equity = equity;
        Trades = trades;
        Parameters = parameters;
    }

    /// <summary>The folder read, as given.</summary>
    public string Folder { get; }
    /// <summary>stats.json as report statistics, headline figures first.</summary>
    public IReadOnlyList<TearsheetStat> Stats { get; }
    /// <summary>equity.csv: one point per trading day, in date order.</summary>
    public EquityPoint[] Equity { get; }
    /// <summary>trades.csv: the round trips; empty when the file is absent.</summary>
    public IReadOnlyList<Trade> Trades { get; }
    /// <summary>params.json: strategy, parameters, inputs and assumptions; <see cref="RunParameters.Empty"/> when the file is absent.</summary>
    public RunParameters Parameters { get; }

    /// <summary>Headline statistics of the run.</summary>
    public const string StatsFile = "stats.json";
    /// <summary>Date, equity, drawdown and gross exposure per trading day (required).</summary>
    public const string EquityFile = "equity.csv";
    /// <summary>One row per round trip.</summary>
    public const string TradesFile = "trades.csv";
    /// <summary>What ran and what it assumed.</summary>
    public const string ParamsFile = "params.json";

    /// <summary>Reads a run folder. equity.csv is required; stats.json, trades.csv and params.json are read when present.</summary>
    public static BacktestRunFolder Read(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Backtest run folder '{folder}' does not exist.");
        string equityPath = Path.Combine(folder, EquityFile);
        if (!File.Exists(equityPath))
            throw new DataFormatException(equityPath, null, null, "missing: a backtest run folder holds equity.csv (run `signals backtest --out DIR` first)");
        var equity = ReadEquity(equityPath);
        string statsPath = Path.Combine(folder, StatsFile);
        var stats = File.Exists(statsPath) ? TearsheetStats.Read(statsPath) : [];
        string tradesPath = Path.Combine(folder, TradesFile);
        var trades = File.Exists(tradesPath) ? ReadTrades(tradesPath) : [];
        string paramsPath = Path.Combine(folder, ParamsFile);
        var parameters = File.Exists(paramsPath) ? RunParameters.Read(paramsPath) : RunParameters.Empty;
        return new BacktestRunFolder(folder, stats, equity, trades, parameters);
    }

    /// <summary>Reads equity.csv: date,equity,drawdown,grossExposure (drawdown and grossExposure optional).</summary>
    public static EquityPoint[] ReadEquity(string path)
    {
        var points = new List<EquityPoint>();
        using var reader = OpenCsv(path);
        var header = reader.Header;
        int date = RequireColumn(path, header, "date");
        int equity = RequireColumn(path, header, "equity");
        int drawdown = OptionalColumn(header, "drawdown");
        int exposure = OptionalColumn(header, "grossExposure");
        foreach (var row in reader)
        {
            int line = row.LineNumberFrom;
            var d = ParseDate(path, line, "date", row[date].Span);
            if (points.Count > 0 && d <= points[^1].Date)
                throw new DataFormatException(path, line, "date", $"dates must be strictly ascending ({StatText.Date(points[^1].Date)} then {StatText.Date(d)})");
            points.Add(new EquityPoint(
                d,
                ParseDouble(path, line, "equity", row[equity].Span),
                drawdown < 0 ? double.NaN : ParseDouble(path, line, "drawdown", row[drawdown].Span, allowEmpty: true),
                exposure < 0 ? double.NaN : ParseDouble(path, line, "grossExposure", row[exposure].Span, allowEmpty: true)));
        }
        if (points.Count == 0) throw new DataFormatException(path, null, null, "no equity rows");
        return [.. points];
    }

    /// <summary>Reads trades.csv: symbol,entryDate,exitDate,size,entryPrice,exitPrice,pnl,returnPct; empty exit = still open.</summary>
    public static IReadOnlyList<Trade> ReadTrades(string path)
    {
        var trades = new List<Trade>();
        using var reader = OpenCsv(path);
        var header = reader.Header;
        int symbol = RequireColumn(path, header, "symbol");
        int entryDate = RequireColumn(path, header, "entryDate");
        int exitDate = RequireColumn(path, header, "exitDate");
        int size = RequireColumn(path, header, "size");
        int entryPrice = RequireColumn(path, header, "entryPrice");
        int exitPrice = RequireColumn(path, header, "exitPrice");
        int pnl = RequireColumn(path, header, "pnl");
        int returnPct = RequireColumn(path, header, "returnPct");
        foreach (var row in reader)
        {
            int line = row.LineNumberFrom;
            string sym = CsvText.Unneutralise(row[symbol].ToString());
            if (sym.Length == 0) throw new DataFormatException(path, line, "symbol", "empty symbol");
            var exitSpan = row[exitDate].Span.Trim();
            DateOnly? exit = exitSpan.IsEmpty ? null : ParseDate(path, line, "exitDate", exitSpan);
            double exitPx = ParseDouble(path, line, "exitPrice", row[exitPrice].Span, allowEmpty: true);
            trades.Add(new Trade(
                sym,
                ParseDate(path, line, "entryDate", row[entryDate].Span),
                exit,
                ParseDouble(path, line, "size", row[size].Span),
                ParseDouble(path, line, "entryPrice", row[entryPrice].Span),
                double.IsNaN(exitPx) ? null : exitPx,
                ParseDouble(path, line, "pnl", row[pnl].Span),
                ParseDouble(path, line, "returnPct", row[returnPct].Span)));
        }
        return trades;
    }

    private static SepReader OpenCsv(string path)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = false, CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        }
        catch (Exception ex) when (ex is not IOException and not UnauthorizedAccessException)
        {
            throw new DataFormatException(path, 1, null, "cannot read the CSV header: " + ex.Message, ex);
        }
    }

    private static int RequireColumn(string path, SepReaderHeader header, string name)
    {
        int i = OptionalColumn(header, name);
        if (i < 0) throw new DataFormatException(path, 1, name, $"missing column (header has: {string.Join(",", header.ColNames)})");
        return i;
    }

    private static int OptionalColumn(SepReaderHeader header, string name)
    {
        var names = header.ColNames;
        for (int i = 0; i < names.Count; i++)
            if (string.Equals(names[i].Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static DateOnly ParseDate(string path, int line, string column, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        // A timestamp column (2024-01-02T00:00:00, with or without offset) still names a trading day.
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' ') &&
            DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        throw new DataFormatException(path, line, column, $"'{text.ToString()}' is not a date (yyyy-MM-dd)");
    }

    private static double ParseDouble(string path, int line, string column, ReadOnlySpan<char> text, bool allowEmpty = false)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            if (allowEmpty) return double.NaN;
            throw new DataFormatException(path, line, column, "empty value");
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x)) return x;
        throw new DataFormatException(path, line, column, $"'{text.ToString()}' is not a number");
    }
}
