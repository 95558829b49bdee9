using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Signals.Notebooks;

/// <summary>Writes a notebook as .ipynb with the outputs of a run, whole or not at all (temp file, then move).</summary>
internal static class NotebookWriter
{
    public static void WriteWithOutputs(InteractiveDocument document, NotebookRunResult result, string outputPath)
    {
        var byIndex = result.Cells.ToDictionary(c => c.Index);
        for (int i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            element.Outputs.Clear();
            if (!byIndex.TryGetValue(i + 1, out var cell)) continue;
            element.ExecutionOrder = result.Cells.ToList().IndexOf(cell) + 1;
            element.Outputs.AddRange(cell.Outputs.Select(ToElement));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var temp = outputPath + ".tmp";
        using (var stream = File.Create(temp))
            Notebook.Write(document, stream, NotebookKernel.DocumentKernels());
        File.Move(temp, outputPath, overwrite: true);
    }

    private static InteractiveDocumentOutputElement ToElement(CellOutput output) => output.Kind switch
    {
        CellOutputKind.StandardOutput => new TextElement(output.Text() ?? "", "stdout"),
        CellOutputKind.StandardError => new TextElement(output.Text() ?? "", "stderr"),
        CellOutputKind.Error => new ErrorElement(output.Text() ?? "", "Error", []),
        CellOutputKind.ReturnValue => ReturnValue(output),
        _ => new DisplayElement(output.Data.ToDictionary(kv => kv.Key, kv => (object)kv.Value)),
    };

    private static ReturnValueElement ReturnValue(CellOutput output)
    {
        var element = new ReturnValueElement();
        foreach (var (mimeType, value) in output.Data) element.Data[mimeType] = value;
        return element;
    }
}
