using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>The row rules the CSV loaders share: blank lines are skipped, any other row must be complete.</summary>
internal static class CsvRows
{
    /// <summary>A line holding nothing but whitespace.</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.Trim().IsEmpty;

    /// <summary>
    /// The row's fields as strings (trimmed if asked), or null for a blank line; a row without exactly
    /// <paramref name="expected"/> fields is a <see cref="DataFormatException"/> naming the file and line.
    /// </summary>
    public static string[]? Fields(SepReader.Row row, int expected, string path, bool trim)
    {
        if (IsBlank(row)) return null;
        if (row.ColCount != expected)
            throw new DataFormatException(path, row.LineNumberFrom, null, $"expected {expected} fields, found {row.ColCount}");
        var fields = new string[expected];
        // Text the kit's writers neutralised against spreadsheet formulas reads back as it was (CsvText.Unneutralise).
        for (int k = 0; k < expected; k++) fields[k] = CsvText.Unneutralise(trim ? row[k].ToString().Trim() : row[k].ToString());
        return fields;
    }
}
