using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Signals.Data;

namespace Signals.Analytics.Protocols;

/// <summary>
/// <c>lopez-lira-tang.csv</c>: the regression's observations (<c>date,symbol,score,nextReturn</c>), so anyone can re-run
/// it in another tool. Numbers are written round-trip ("R"), invariant culture; the file is written whole or not at all.
/// </summary>
public static class LopezLiraTangCsv
{
    /// <summary>The file's name inside a run folder.</summary>
    public const string FileName = "lopez-lira-tang.csv";
    private const string Header = "date,symbol,score,nextReturn";

    /// <summary>Writes the observations to <paramref name="path"/> (folders created) through a temporary file, so a failed write leaves no partial file.</summary>
    public static void Write(string path, IEnumerable<SymbolDayObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
            {
                writer.WriteLine(Header);
                foreach (var o in observations)
                {
                    writer.Write(o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(CsvText.Quote(o.Symbol));
                    writer.Write(',');
                    writer.Write(o.Score.ToString("R", CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.WriteLine(o.NextReturn.ToString("R", CultureInfo.InvariantCulture));
                }
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Reads the file back strictly; a bad row names the file, line and field.</summary>
    public static List<SymbolDayObservation> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var rows = new List<SymbolDayObservation>();
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = string.Join(',', reader.Header.ColNames);
            if (header != Header) throw new DataFormatException(path, 1, null, $"expected the header '{Header}', found '{header}'");
            foreach (var row in reader)
            {
                var fields = CsvRows.Fields(row, 4, path, trim: true);
                if (fields is null) continue;
                int line = row.LineNumberFrom;
                if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw new DataFormatException(path, line, "date", $"'{fields[0]}' is not a yyyy-MM-dd date");
                if (fields[1].Length == 0) throw new DataFormatException(path, line, "symbol", "empty symbol");
                rows.Add(new SymbolDayObservation(date, fields[1], Number(path, line, "score", fields[2]), Number(path, line, "nextReturn", fields[3])));
            }
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return rows;
    }

    private static double Number(string path, int line, string field, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw new DataFormatException(path, line, field, $"'{text}' is not a finite number");
}
