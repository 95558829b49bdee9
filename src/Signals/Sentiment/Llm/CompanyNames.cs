using nietras.SeparatedValues;
using Signals.Data;

namespace Signals.Sentiment.Llm;

/// <summary>Ticker → company name, read from a universe CSV (columns symbol or ticker, and name or company).</summary>
public static class CompanyNames
{
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToList();
            int symbol = Column(header, path, "symbol", "ticker");
            int name = Column(header, path, "name", "company");
            foreach (var row in reader)
            {
                int line = row.LineNumberFrom;
                if (CsvRows.Fields(row, header.Count, path, trim: true) is not { } fields) continue;
                var ticker = fields[symbol];
                if (ticker.Length == 0) throw new DataFormatException(path, line, header[symbol], "empty symbol");
                if (!names.TryAdd(ticker, fields[name]))
                    throw new DataFormatException(path, line, header[symbol], $"symbol '{ticker}' listed twice");
            }
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return names;
    }

    private static int Column(List<string> header, string path, params string[] accepted)
    {
        foreach (var a in accepted)
        {
            int i = header.IndexOf(a);
            if (i >= 0) return i;
        }
        throw new DataFormatException(path, 1, accepted[0], $"no '{accepted[0]}' column (also accepted: {string.Join(", ", accepted.Skip(1))})");
    }
}
