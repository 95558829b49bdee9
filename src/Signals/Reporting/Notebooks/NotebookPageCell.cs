namespace Signals.Reporting.Notebooks;

/// <summary>One cell of a notebook page: markdown (its source is rendered), or code with the outputs it produced, each
/// already HTML. <see cref="Number"/> counts every cell of the notebook from 1, markdown included, as editors do.</summary>
public sealed record NotebookPageCell(int Number, bool IsMarkdown, string Source, IReadOnlyList<string> Outputs, bool Failed = false)
{
    /// <summary>Console text (or a value without an HTML form) as a page output.</summary>
    public static string TextOutput(string text) => "<pre class=\"signals-text\">" + HtmlText.Escape(text) + "</pre>";

    /// <summary>How a failure names a cell: its first non-blank line, cut to 60 characters.</summary>
    public static string FirstLine(string source)
    {
        var line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    /// <summary>An error as a page output.</summary>
    public static string ErrorOutput(string message) => "<pre class=\"signals-error\">" + HtmlText.Escape(message) + "</pre>";
}
