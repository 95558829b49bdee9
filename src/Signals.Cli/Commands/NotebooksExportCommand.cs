using System.ComponentModel;
using Signals.Notebooks;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals notebooks export`: writes each notebook's file-based app twin (NAME.cs beside NAME.ipynb).</summary>
public sealed class NotebooksExportCommand(CliHost host) : AsyncCommand<NotebooksExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Notebooks (.ipynb) or folders to search for them. Default: notebooks/.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--check")]
        [Description("Write nothing; fail when a twin is missing or differs from its notebook.")]
        public bool Check { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var notebooks = NotebookFiles.Find(settings.Paths.Length == 0 ? ["notebooks"] : settings.Paths)
            .Where(p => p.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)).ToList();
        if (notebooks.Count == 0) throw new FileNotFoundException($"no notebooks (.ipynb) found in {string.Join(", ", settings.Paths)}");

        var stale = new List<string>();
        foreach (var path in notebooks)
        {
            var twin = NotebookExport.TwinPath(path);
            if (settings.Check)
            {
                if (await NotebookExport.IsStale(path, twin)) stale.Add(twin);
                continue;
            }
            await NotebookExport.WriteAsync(path);
            host.Out.WriteLine($"wrote {twin}");
        }
        if (stale.Count > 0)
            throw new InvalidOperationException($"{stale.Count} twin(s) stale, run `signals notebooks export`: {string.Join(", ", stale)}");
        if (settings.Check) host.Out.WriteLine($"{notebooks.Count} twins up to date");
        return 0;
    }
}
