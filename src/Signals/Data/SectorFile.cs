using System.Globalization;
using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>
/// A CSV naming each symbol's sector: a header with a <c>symbol</c> and a <c>sector</c> column (others are ignored, so
/// the sample's universe.csv — symbol,name,sector — reads as it is). Used for sector-neutral portfolios and IC by sector.
/// </summary>
public static class SectorFile
{
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
        int symbol = Array.IndexOf(header, "symbol"), sector = Array.IndexOf(header, "sector");
        if (symbol < 0 || sector < 0) throw new DataFormatException(path, 1, null, "the header must name a symbol and a sector column");
        foreach (var row in reader)
        {
            if (CsvRows.Fields(row, header.Length, path, trim: true) is not { } f) continue;
            int line = row.LineNumberFrom;
            if (f[symbol].Length == 0) throw new DataFormatException(path, line, "symbol", "empty symbol");
            if (f[sector].Length == 0) throw new DataFormatException(path, line, "sector", $"no sector for '{f[symbol]}'");
            if (!map.TryAdd(f[symbol], f[sector])) throw new DataFormatException(path, line, "symbol", $"'{f[symbol]}' is listed twice");
        }
        return map;
    }

    /// <summary>symbol,sector rows in symbol order, readable by <see cref="Load"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyDictionary<string, string> sectors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sectors);
        writer.Write("symbol,sector\n");
        foreach (var (symbol, sector) in sectors.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{CsvText.Quote(symbol)},{CsvText.Quote(sector)}\n"));
    }
}
