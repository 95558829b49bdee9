using Microsoft.DotNet.Interactive.Documents;
using Signals.Reporting.Notebooks;

namespace Signals.Notebooks;

/// <summary>A kernel run as a notebook page (<see cref="NotebookPageHtml"/>): the same page a file-based twin writes,
/// made from the outputs the kernel produced.</summary>
internal static class NotebookRunPage
{
    public static void Write(InteractiveDocument document, NotebookRunResult result, string path)
    {
        var byIndex = result.Cells.ToDictionary(c => c.Index);
        var cells = new List<NotebookPageCell>();
        for (int i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            var source = element.Contents.Replace("\r\n", "\n").TrimEnd();
            if (NotebookKernel.IsMarkdown(element.KernelName ?? NotebookKernel.CSharp))
                cells.Add(new NotebookPageCell(i + 1, true, source, []));
            else if (byIndex.TryGetValue(i + 1, out var ran))
                cells.Add(new NotebookPageCell(i + 1, false, source, ran.Outputs.Select(ToHtml).ToList(), !ran.Succeeded));
        }
        NotebookPageHtml.Write(path, Path.GetFileNameWithoutExtension(result.NotebookPath), cells);
    }

    private static string ToHtml(CellOutput output) => output.Kind switch
    {
        CellOutputKind.Error => NotebookPageCell.ErrorOutput(output.Text() ?? ""),
        _ when output.Text("text/html") is { } html => html,
        _ => NotebookPageCell.TextOutput(output.Text() ?? ""),
    };
}
