using System.ComponentModel;
using System.Globalization;
using Signals.Notebooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals notebooks run`: runs notebooks headless, cell by cell, and fails naming the first failing cell.</summary>
public sealed class NotebooksRunCommand(IAnsiConsole console, CliHost host) : AsyncCommand<NotebooksRunCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Notebooks (.ipynb, .dib) or folders to search for them. Default: notebooks/.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--output <DIR>")]
        [Description("Write each notebook with its outputs into this folder (the sources are never touched).")]
        public string? Output { get; init; }

        [CommandOption("--html <DIR>")]
        [Description("Also write each notebook as a page into this folder (DIR/NAME.html: markdown, code, outputs, charts; offline).")]
        public string? Html { get; init; }

        [CommandOption("--cells")]
        [Description("Also print each code cell's time.")]
        public bool Cells { get; init; }

        [CommandOption("--cell-timeout <SECONDS>")]
        [Description("Fail a cell that runs longer than this.")]
        [DefaultValue(300)]
        public int CellTimeoutSeconds { get; init; } = 300;
    }

    /// <summary>The notebook's path below the current folder (so exercises/x and solutions/x stay apart), as .ipynb.</summary>
    internal static string OutputName(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) relative = Path.GetFileName(path);
        return Path.ChangeExtension(relative, ".ipynb");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var notebooks = NotebookFiles.Find(settings.Paths.Length == 0 ? ["notebooks"] : settings.Paths);
        if (notebooks.Count == 0) throw new FileNotFoundException($"no notebooks (.ipynb, .dib) found in {string.Join(", ", settings.Paths)}");

        var failures = new List<string>();
        foreach (var path in notebooks)
        {
            var options = new NotebookRunOptions
            {
                CellTimeout = TimeSpan.FromSeconds(settings.CellTimeoutSeconds),
                OutputPath = settings.Output is null ? null : Path.Combine(settings.Output, OutputName(path)),
                HtmlPath = settings.Html is null ? null : Path.Combine(settings.Html, Path.ChangeExtension(OutputName(path), ".html")),
            };
            foreach (var output in new[] { options.OutputPath, options.HtmlPath }.OfType<string>()) Signals.Data.OutputFile.Check(output, "notebooks run", [path]);
            NotebookRunResult result = null!;
            await console.Status().StartAsync($"running {Markup.Escape(path)}", async _ => result = await NotebookRunner.RunAsync(path, options, cancellationToken));

            foreach (var output in new[] { options.OutputPath, options.HtmlPath }.OfType<string>().Where(File.Exists)) Signals.Data.OutputFile.Record(output, "notebooks run");
            if (settings.Cells)
                foreach (var cell in result.Cells)
                    host.Out.WriteLine($"      {cell.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),6} s  {cell.Describe()}");
            var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (result.Succeeded)
            {
                host.Out.WriteLine($"pass  {seconds,6} s  {path}  ({result.Cells.Count} cells)");
            }
            else
            {
                host.Out.WriteLine($"FAIL  {seconds,6} s  {path}");
                host.Out.WriteLine($"      {result.FailureMessage}");
                failures.Add(path);
            }
        }

        if (failures.Count > 0) throw new InvalidOperationException($"{failures.Count} of {notebooks.Count} notebooks failed: {string.Join(", ", failures)}");
        return 0;
    }
}
