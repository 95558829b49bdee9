namespace Signals.Data;

/// <summary>RFC 4180 quoting, the one rule every CSV writer of the kit uses.</summary>
public static class CsvText
{
    /// <summary>The field as is, or in double quotes (inner quotes doubled) when it holds a comma, quote or line break.</summary>
    public static string Quote(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        return s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
    }
}
