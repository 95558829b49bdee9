using System.Globalization;
using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>One row of a universe file.</summary>
/// <param name="Symbol">Ticker as the price and news files spell it.</param>
/// <param name="Name">Company name; empty when the file has no name column.</param>
/// <param name="Sector">Sector (or any grouping); null when the file has no sector column or the field is empty.</param>
/// <param name="HalfSpreadBps">Half the quoted bid-ask spread in bps of the price; null when the file has no such column or the field is empty.</param>
public sealed record UniverseMember(string Symbol, string Name, string? Sector = null, double? HalfSpreadBps = null);

/// <summary>
/// A universe file read by <see cref="UniverseCsv.Load"/>: the members in file order and what the cost and grouping
/// code needs from them, laid out on a price panel's symbols.
/// </summary>
public sealed class UniverseTable
{
    private readonly Dictionary<string, UniverseMember> _bySymbol;

    /// <summary>A universe of the given members, in file order.</summary>
    /// <exception cref="ArgumentException">A symbol is listed twice (compared case-insensitively).</exception>
    public UniverseTable(IReadOnlyList<UniverseMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        Members = members;
        _bySymbol = new Dictionary<string, UniverseMember>(members.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var m in members)
            if (!_bySymbol.TryAdd(m.Symbol, m)) throw new ArgumentException($"Symbol '{m.Symbol}' listed twice.", nameof(members));
    }

    /// <summary>The members in file order.</summary>
    public IReadOnlyList<UniverseMember> Members { get; }

    /// <summary>Whether the file had a name (or company) column; <see cref="UniverseMember.Name"/> is "" for every member otherwise.</summary>
    public bool HasNames { get; init; }

    /// <summary>True when at least one member has a quoted half-spread.</summary>
    public bool HasHalfSpreads => Members.Any(m => m.HalfSpreadBps is not null);

    /// <summary>The member with this symbol (case-insensitive), or null when the universe does not list it.</summary>
    public UniverseMember? Find(string symbol) => _bySymbol.GetValueOrDefault(symbol);

    /// <summary>
    /// Each member's half-spread (bps) on every day of <paramref name="prices"/>, in its symbol order: the shape of
    /// <c>MarketCostModel.HalfSpreadBpsPanel</c>. NaN for a symbol the universe does not list or gives no spread, so
    /// the cost model falls back to its flat half-spread there.
    /// </summary>
    public Panel HalfSpreadBps(BarPanel prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var panel = new Panel(prices.Dates, prices.Symbols);
        for (int s = 0; s < prices.SymbolCount; s++)
        {
            if (Find(prices.Symbols[s])?.HalfSpreadBps is not { } bps) continue;
            for (int d = 0; d < prices.DayCount; d++) panel[d, s] = bps;
        }
        return panel;
    }

    /// <summary>
    /// The sector of each symbol, in the order given, for sector neutrality and IC by sector; "" where the universe lists no
    /// sector (those names then form one group of their own).
    /// </summary>
    public string[] Sectors(IReadOnlyList<string> symbols) => symbols.Select(s => Find(s)?.Sector ?? "").ToArray();

    /// <summary>Sector by symbol for the members that name one; null when none does (the file has no sector column).</summary>
    public IReadOnlyDictionary<string, string>? SectorBySymbol()
    {
        var sectors = Members.Where(m => m.Sector is not null).ToDictionary(m => m.Symbol, m => m.Sector!, StringComparer.Ordinal);
        return sectors.Count == 0 ? null : sectors;
    }
}

/// <summary>
/// Universe files: <c>symbol,name,sector,half_spread_bps</c>. Only the symbol (or ticker) column is required; name,
/// sector and half_spread_bps are read when the header has them, so a plain ticker list loads too. Bad fields are a
/// <see cref="DataFormatException"/> naming the file, line and column.
/// </summary>
public static class UniverseCsv
{
    /// <summary>Header of the optional half-spread column, in basis points of the price.</summary>
    public const string HalfSpreadColumn = "half_spread_bps";

    /// <summary>Reads a universe file; header names are matched case-insensitively and <c>ticker</c> stands for <c>symbol</c>, <c>company</c> for <c>name</c>, <c>group</c> or <c>industry</c> for <c>sector</c>.</summary>
    /// <exception cref="DataFormatException">The file is missing, has no symbol column, a symbol is empty or repeated, or a half-spread is not a non-negative number.</exception>
    public static UniverseTable Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var members = new List<UniverseMember>();
        bool hasNames = false;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.Select(Normalise).ToList();
            int symbol = Find(header, "symbol", "ticker") ?? throw new DataFormatException(path, 1, "symbol", "no 'symbol' column (also accepted: ticker)");
            int? name = Find(header, "name", "company"), sector = Find(header, "sector", "group", "industry"), spread = Find(header, "halfspreadbps");
            hasNames = name is not null;
            foreach (var row in reader)
            {
                int line = row.LineNumberFrom;
                if (CsvRows.Fields(row, header.Count, path, trim: true) is not { } fields) continue;
                var ticker = fields[symbol];
                if (ticker.Length == 0) throw new DataFormatException(path, line, "symbol", "empty symbol");
                if (!seen.Add(ticker)) throw new DataFormatException(path, line, "symbol", $"symbol '{ticker}' listed twice");
                members.Add(new UniverseMember(ticker, name is { } n ? fields[n] : "",
                    sector is { } g && fields[g].Length > 0 ? fields[g] : null,
                    spread is { } k ? HalfSpread(fields[k], path, line) : null));
            }
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return new UniverseTable(members) { HasNames = hasNames };
    }

    /// <summary>
    /// Writes <c>symbol,name,sector</c>, plus <c>half_spread_bps</c> when any member has one (shortest round-trip
    /// number, invariant culture), RFC 4180 quoting, '\n' line endings.
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<UniverseMember> members)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(members);
        bool spreads = members.Any(m => m.HalfSpreadBps is not null);
        writer.Write(spreads ? "symbol,name,sector," + HalfSpreadColumn + "\n" : "symbol,name,sector\n");
        foreach (var m in members)
        {
            writer.Write(CsvText.Quote(m.Symbol)); writer.Write(',');
            writer.Write(CsvText.Quote(m.Name)); writer.Write(',');
            writer.Write(CsvText.Quote(m.Sector));
            if (spreads) { writer.Write(','); writer.Write(m.HalfSpreadBps?.ToString("R", CultureInfo.InvariantCulture) ?? ""); }
            writer.Write('\n');
        }
    }

    private static double? HalfSpread(string field, string path, int line)
    {
        if (field.Length == 0) return null;
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double bps) || !double.IsFinite(bps))
            throw new DataFormatException(path, line, HalfSpreadColumn, $"'{field}' is not a number");
        if (bps < 0) throw new DataFormatException(path, line, HalfSpreadColumn, $"{field} bps: a half-spread cannot be negative");
        return bps;
    }

    private static int? Find(List<string> header, params string[] accepted)
    {
        foreach (var a in accepted)
        {
            int i = header.IndexOf(a);
            if (i >= 0) return i;
        }
        return null;
    }

    /// <summary>"Half Spread (bps)", "half_spread_bps" and "HALFSPREADBPS" compare equal.</summary>
    private static string Normalise(string name) => new(name.Trim().ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
