using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>A CSV of symbol renames, <c>from,to</c> (header required), applied to prices as they are read.</summary>
public static class SymbolMapFile
{
    /// <summary>Reads the renames, keyed by the symbol as the price file spells it (ordinal, case-sensitive).</summary>
    /// <exception cref="DataFormatException">The file is missing, the header is not <c>from,to</c>, a symbol is empty or a <c>from</c> appears twice.</exception>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
        if (header.Length != 2 || header[0] != "from" || header[1] != "to")
            throw new DataFormatException(path, 1, null, "the header must be: from,to");
        foreach (var row in reader)
        {
            if (CsvRows.Fields(row, 2, path, trim: true) is not { } f) continue;
            int line = row.LineNumberFrom;
            if (f[0].Length == 0) throw new DataFormatException(path, line, "from", "empty symbol");
            if (f[1].Length == 0) throw new DataFormatException(path, line, "to", "empty symbol");
            if (!map.TryAdd(f[0], f[1])) throw new DataFormatException(path, line, "from", $"'{f[0]}' is mapped twice");
        }
        return map;
    }
}
