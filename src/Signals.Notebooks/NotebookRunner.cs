using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Signals.Notebooks;

/// <summary>Runs a Polyglot notebook (.ipynb or .dib) headless: one submission per code cell, in order, in a fresh
/// in-process C# kernel whose working directory is the notebook's folder (so relative paths mean what they mean in
/// the editor). A cell fails when its command fails or it produces an error.</summary>
public static class NotebookRunner
{
    // The working directory and the formatter registry are process-wide: one notebook at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<NotebookRunResult> RunAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new NotebookRunOptions();
        var file = new FileInfo(path);
        if (!file.Exists) throw new FileNotFoundException($"{path}: notebook not found", path);
        var document = await InteractiveDocument.LoadAsync(file, NotebookKernel.DocumentKernels());

        await OneAtATime.WaitAsync(cancellationToken);
        var previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(file.DirectoryName!);
            // Each notebook starts with the kernel's stock formatters, as in a fresh kernel process; its packages'
            // extensions register theirs again when it loads them.
            Formatter.ResetToDefault();
            var result = await RunCellsAsync(path, document, options, cancellationToken);
            if (options.OutputPath is { } outputPath)
                NotebookWriter.WriteWithOutputs(document, result, Path.GetFullPath(outputPath, previousDirectory));
            if (options.HtmlPath is { } htmlPath)
                NotebookRunPage.Write(document, result, Path.GetFullPath(htmlPath, previousDirectory));
            return result;
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            Formatter.ResetToDefault();
            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRunResult> RunCellsAsync(string path, InteractiveDocument document, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var cells = new List<CellRunResult>();
        var outputsByDisplayId = new Dictionary<string, (List<CellOutput> Outputs, int Position)>();

        using var kernel = NotebookKernel.Create();
        var current = new List<KernelEvent>();
        using var subscription = kernel.KernelEvents.Subscribe(new EventSink(e => { lock (current) current.Add(e); }));

        for (int i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            var kernelName = element.KernelName ?? NotebookKernel.CSharp;
            if (NotebookKernel.IsMarkdown(kernelName) || string.IsNullOrWhiteSpace(element.Contents)) continue;

            lock (current) current.Clear();
            var watch = Stopwatch.StartNew();
            var error = await SubmitAsync(kernel, kernelName, element.Contents, options.CellTimeout, cancellationToken);
            KernelEvent[] events;
            lock (current) events = current.ToArray();

            var outputs = new List<CellOutput>();
            foreach (var e in events)
            {
                switch (e)
                {
                    case DisplayedValueUpdated updated when updated.ValueId is { } id && outputsByDisplayId.TryGetValue(id, out var target):
                        target.Outputs[target.Position] = ToOutput(CellOutputKind.Display, updated);
                        break;
                    case ReturnValueProduced returned:
                        outputs.Add(ToOutput(CellOutputKind.ReturnValue, returned));
                        break;
                    case StandardOutputValueProduced stdout:
                        outputs.Add(ToOutput(CellOutputKind.StandardOutput, stdout));
                        break;
                    case StandardErrorValueProduced stderr:
                        outputs.Add(ToOutput(CellOutputKind.StandardError, stderr));
                        break;
                    case ErrorProduced produced:
                        outputs.Add(new CellOutput(CellOutputKind.Error, new Dictionary<string, string> { ["text/plain"] = produced.Message }));
                        error ??= produced.Message;
                        break;
                    case DisplayedValueProduced displayed:
                        if (displayed.ValueId is { } valueId) outputsByDisplayId[valueId] = (outputs, outputs.Count);
                        outputs.Add(ToOutput(CellOutputKind.Display, displayed));
                        break;
                    case CommandFailed failed:
                        error ??= failed.Message;
                        break;
                }
            }
            if (error is not null && !outputs.Any(o => o.Kind == CellOutputKind.Error))
                outputs.Add(new CellOutput(CellOutputKind.Error, new Dictionary<string, string> { ["text/plain"] = error }));

            cells.Add(new CellRunResult(i + 1, kernelName, FirstLine(element.Contents), watch.Elapsed, outputs, error));
            // Later cells depend on earlier ones: their errors would only bury the real one (dotnet-repl keeps going).
            if (error is not null) break;
        }
        return new NotebookRunResult(path, total.Elapsed, cells);
    }

    private static async Task<string?> SubmitAsync(CompositeKernel kernel, string kernelName, string code, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (kernelName is "c#" or "C#") kernelName = NotebookKernel.CSharp;
        var submission = kernel.SendAsync(new SubmitCode(code, kernelName), cancellationToken);
        var finished = await Task.WhenAny(submission, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != submission) return $"cell timed out after {timeout.TotalSeconds:0} s";
        var result = await submission;
        return result.Events.OfType<CommandFailed>().FirstOrDefault()?.Message;
    }

    private static CellOutput ToOutput(CellOutputKind kind, DisplayEvent e) =>
        new(kind, e.FormattedValues.Where(v => !v.SuppressDisplay).GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.First().Value), e.ValueId);

    internal static string FirstLine(string contents) => Signals.Reporting.Notebooks.NotebookPageCell.FirstLine(contents);

    private sealed class EventSink(Action<KernelEvent> onNext) : IObserver<KernelEvent>
    {
        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void OnNext(KernelEvent value) => onNext(value);
    }
}
