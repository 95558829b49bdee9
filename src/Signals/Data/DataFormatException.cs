namespace Signals.Data;

/// <summary>
/// Bad input data. The message always names the file, the 1-based line and, where one is at fault, the column,
/// so a user can open the file at the right place. Every loader failure is this type and nothing else.
/// </summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the error; the message is "file, line L, column 'C': problem" with the parts that are known.</summary>
    /// <param name="file">Path of the file at fault, as the user gave it.</param>
    /// <param name="line">1-based line, or null when the problem concerns the whole file.</param>
    /// <param name="column">Header name of the column at fault, or null.</param>
    /// <param name="problem">What is wrong, in words a user can act on.</param>
    /// <param name="inner">The parser's own exception, if any.</param>
    public DataFormatException(string file, int? line, string? column, string problem, Exception? inner = null)
        : base(Format(file, line, column, problem), inner)
    {
        File = file; Line = line; Column = column; Problem = problem;
    }

    /// <summary>Path of the file at fault, as the user gave it.</summary>
    public string File { get; }
    /// <summary>1-based line number in the file, or null when the problem concerns the whole file.</summary>
    public int? Line { get; }
    /// <summary>Header name of the column at fault, or null when the whole row or file is wrong.</summary>
    public string? Column { get; }
    /// <summary>What is wrong, without the location (the message adds file, line and column).</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, string? column, string problem)
    {
        var where = file;
        if (line is not null) where += $", line {line}";
        if (column is not null) where += $", column '{column}'";
        return $"{where}: {problem}";
    }
}
