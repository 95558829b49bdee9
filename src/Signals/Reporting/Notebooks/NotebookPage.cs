using System.Runtime.CompilerServices;
using System.Text;
using Signals.Reporting.Display;
using Signals.Sentiment;

namespace Signals.Reporting.Notebooks;

/// <summary>What a notebook's file-based twin (<c>notebooks/NAME.cs</c>, written by <c>signals notebooks export</c>)
/// runs its cells with: it records each cell's source, its console output and the values it shows (in the same HTML
/// as the notebook kernel, <see cref="HtmlDisplay"/>), runs in the notebook's folder so relative paths mean what they
/// mean in the notebook, and writes <c>DIR/NAME.html</c> at the end. A failing cell ends the run with the notebook's
/// and the cell's name, and the page up to that cell is still written.</summary>
public sealed class NotebookPage
{
    private static readonly HtmlDisplay Display = new(figure => ChartHtml.Fragment(figure));

    private readonly string _name;
    private readonly string _outputPath;
    private readonly List<NotebookPageCell> _cells = [];
    private readonly TextWriter _console = Console.Out;
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private List<string>? _outputs;
    private int _number;
    private string _source = "";
    private bool _saved;

    private NotebookPage(string name, string outputPath)
    {
        _name = name;
        _outputPath = outputPath;
    }

    /// <summary>Starts the page of the notebook whose twin calls this: reads <c>--out DIR</c> (default: the current
    /// folder), then moves into the notebook's folder.</summary>
    public static NotebookPage Start(string[] args, [CallerFilePath] string twinPath = "")
    {
        var name = Path.GetFileNameWithoutExtension(twinPath);
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine($"Runs the cells of {name}.ipynb in order and writes DIR/{name}.html (the notebook as a page, offline).");
            Console.WriteLine($"usage: dotnet run {Path.GetFileName(twinPath)} -- [--out DIR]   (DIR defaults to the current folder)");
            Environment.Exit(0);
        }
        var outIndex = Array.IndexOf(args, "--out");
        if (outIndex >= 0 && outIndex + 1 >= args.Length) Fail($"{name}: --out needs a folder");
        var unknown = args.Where((a, i) => i != outIndex && i != outIndex + 1).ToList();
        if (unknown.Count > 0) Fail($"{name}: unknown argument '{unknown[0]}' (use --out DIR)");
        var folder = Path.GetFullPath(outIndex >= 0 ? args[outIndex + 1] : ".");

        var page = new NotebookPage(name, Path.Combine(folder, name + ".html"));
        Directory.SetCurrentDirectory(TwinFolder(twinPath));
        Console.SetOut(new CellWriter(page));
        NotebookProgress.Host = title => new PageProgress(page, title);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => page.Crash(e.ExceptionObject as Exception);
        return page;
    }

    /// <summary>
    /// The folder of the twin, where its notebook's relative paths start. A build with mapped source paths
    /// (ContinuousIntegrationBuild, which CI=true turns on in Directory.Build.props) names the file
    /// "/_/notebooks/NAME.cs": the part after the mapped root is then found above the current folder (the repository root,
    /// or a folder inside it, where `dotnet run notebooks/NAME.cs` is typed).
    /// </summary>
    internal static string TwinFolder(string twinPath, string? from = null)
    {
        var folder = Path.GetDirectoryName(twinPath)!;
        if (File.Exists(twinPath)) return folder;
        const string mappedRoot = "/_/";
        if (twinPath.StartsWith(mappedRoot, StringComparison.Ordinal))
        {
            var relative = twinPath[mappedRoot.Length..];
            for (var dir = new DirectoryInfo(from ?? Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, relative))) return Path.GetDirectoryName(Path.Combine(dir.FullName, relative))!;
        }
        Fail($"{Path.GetFileName(twinPath)}: cannot find the twin's own folder ({folder}); run it from the repository, as `dotnet run notebooks/{Path.GetFileName(twinPath)}`");
        return folder;
    }

    /// <summary>A markdown cell.</summary>
    public void Markdown(int number, string source)
    {
        EndCell();
        lock (_gate) _cells.Add(new NotebookPageCell(number, true, source, []));
    }

    /// <summary>The start of a code cell; the statements that follow are its code.</summary>
    public void Code(int number, string source)
    {
        EndCell();
        lock (_gate)
        {
            _number = number;
            _source = source;
            _outputs = [];
        }
    }

    /// <summary>Shows a value as the notebook does for a cell's last expression.</summary>
    public void Show(object? value)
    {
        if (value is null) return;
        var html = Display.TryFormat(value, out var formatted) ? formatted : NotebookPageCell.TextOutput(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        AddOutput(html);
    }

    /// <summary>Ends the last cell and writes the page.</summary>
    public void Save()
    {
        EndCell();
        lock (_gate)
        {
            NotebookPageHtml.Write(_outputPath, _name, _cells);
            _saved = true;
        }
        _console.WriteLine($"wrote {_outputPath}");
    }

    private void AddOutput(string html)
    {
        lock (_gate)
        {
            FlushText();
            _outputs?.Add(html);
        }
    }

    private void FlushText()
    {
        if (_text.Length == 0 || _outputs is null) return;
        _outputs.Add(NotebookPageCell.TextOutput(_text.ToString()));
        _text.Clear();
    }

    private void EndCell(bool failed = false)
    {
        lock (_gate)
        {
            if (_outputs is null) return;
            FlushText();
            _cells.Add(new NotebookPageCell(_number, false, _source, _outputs, failed));
            _outputs = null;
        }
    }

    private void Crash(Exception? error)
    {
        var message = error?.Message ?? "unknown error";
        var where = $"{_name}.ipynb, cell {_number} ('{NotebookPageCell.FirstLine(_source)}')";
        lock (_gate)
        {
            if (!_saved && _outputs is not null)
            {
                _outputs.Add(NotebookPageCell.ErrorOutput(error?.ToString() ?? message));
                EndCell(failed: true);
                try { NotebookPageHtml.Write(_outputPath, _name, _cells); } catch (IOException) { }
            }
        }
        Console.Error.WriteLine($"error: {where}: {message}");
        Environment.Exit(1);
    }

    private static void Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        Environment.Exit(2);
    }

    // Console output goes to the terminal as usual and into the current cell's text.
    private sealed class CellWriter(NotebookPage page) : TextWriter
    {
        public override Encoding Encoding => page._console.Encoding;

        public override void Write(char value)
        {
            page._console.Write(value);
            lock (page._gate) page._text.Append(value);
        }

        public override void Write(string? value)
        {
            page._console.Write(value);
            lock (page._gate) page._text.Append(value);
        }

        public override void Flush() => page._console.Flush();
    }

    // The page keeps the bar's last state, as a saved notebook does; the terminal gets a line now and then.
    private sealed class PageProgress : NotebookProgress
    {
        private readonly NotebookPage _page;
        private readonly List<string>? _cellOutputs;
        private readonly int _index;
        private DateTime _lastLine;

        public PageProgress(NotebookPage page, string title) : base(title)
        {
            _page = page;
            lock (page._gate)
            {
                page.FlushText();
                _cellOutputs = page._outputs;
                _index = _cellOutputs?.Count ?? -1;
                _cellOutputs?.Add(Html(new ScoringProgress(0, 0)));
            }
        }

        protected override void Shown(ScoringProgress value, bool finished)
        {
            lock (_page._gate)
                if (_cellOutputs is not null) _cellOutputs[_index] = Html(value);
            if (!finished && DateTime.UtcNow - _lastLine < TimeSpan.FromSeconds(2)) return;
            _lastLine = DateTime.UtcNow;
            Console.Error.WriteLine(Text(value));
        }
    }
}
