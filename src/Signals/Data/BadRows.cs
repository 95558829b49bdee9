using System.Globalization;

namespace Signals.Data;

/// <summary>What a loader does with a row it cannot read: stop with the row's file, line and column, or skip it and record why.</summary>
public enum BadRowPolicy
{
    /// <summary>Throw a <see cref="DataFormatException"/> at the first bad row; nothing is returned.</summary>
    Fail,
    /// <summary>Leave the row out, record it as a <see cref="BadRow"/> and carry on.</summary>
    Skip,
}

/// <summary>A row a lenient load left out, with where it was and why.</summary>
public sealed record BadRow(string File, int Line, string? Column, string Reason)
{
    /// <summary>Turns a loader's <see cref="DataFormatException"/> into the record of a skipped row (line 0 when the problem had no line).</summary>
    public static BadRow From(DataFormatException e) => new(e.File, e.Line ?? 0, e.Column, e.Problem);

    /// <summary>Writes <c>file,line,column,reason</c>, one row per skipped line, in the order given.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<BadRow> rows)
    {
        writer.Write("file,line,column,reason\n");
        foreach (var r in rows)
            writer.Write($"{CsvText.Quote(r.File)},{r.Line.ToString(CultureInfo.InvariantCulture)},{CsvText.Quote(r.Column)},{CsvText.Quote(r.Reason)}\n");
    }
}

/// <summary>Collects bad rows under a policy: under <see cref="BadRowPolicy.Fail"/> the first one is thrown.</summary>
internal sealed class BadRowSink(BadRowPolicy policy)
{
    public List<BadRow> Rows { get; } = [];

    /// <summary>Throws <paramref name="problem"/> (strict) or records it (skip).</summary>
    public void Report(DataFormatException problem)
    {
        if (policy == BadRowPolicy.Fail || problem.Line is null) throw problem;
        Rows.Add(BadRow.From(problem));
    }

    /// <summary>Runs <paramref name="read"/>; a <see cref="DataFormatException"/> is thrown (strict) or recorded (skip).</summary>
    public bool TryRead<T>(Func<T> read, out T value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (DataFormatException e) when (policy == BadRowPolicy.Skip && e.Line is not null)
        {
            Rows.Add(BadRow.From(e));
            value = default!;
            return false;
        }
    }
}
