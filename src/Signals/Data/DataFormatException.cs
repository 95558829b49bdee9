namespace Signals.Data;

/// <summary>
/// Bad input data. The message always names the file, the 1-based line and, where one is at fault, the column,
/// so a user can open the file at the right place. Every loader failure is this type and nothing else.
/// </summary>
public sealed class DataFormatException : Exception
{
    public DataFormatException(string file, int? line, string? column, string problem, Exception? inner = null)
        : base(Format(file, line, column, problem), inner)
    {
        File = file; Line = line; Column = column; Problem = problem;
    }

    public string File { get; }
    /// <summary>1-based line number in the file, or null when the problem concerns the whole file.</summary>
    public int? Line { get; }
    public string? Column { get; }
    public string Problem { get; }

    private static string Format(string file, int? line, string? column, string problem)
    {
        var where = file;
        if (line is not null) where += $", line {line}";
        if (column is not null) where += $", column '{column}'";
        return $"{where}: {problem}";
    }
}
