using System.Reflection;
using Signals.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli;

/// <summary>The `signals` command: every subcommand is registered here, and every error leaves through one door.</summary>
public static class SignalsApp
{
    /// <summary>Runs `signals` on the process's own consoles, streams and environment.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliHost.Process());

    /// <summary>
    /// Runs `signals` on <paramref name="host"/>: every command writes through its consoles and streams and reads its
    /// environment, never the process's, so several runs can share one process (the tests run in parallel).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliHost host)
    {
        var console = host.Console;
        bool verbose = args.Contains("--verbose");
        args = args.Where(a => a != "--verbose").ToArray();
        if (args is ["--version"] or ["-v"])
        {
            host.Out.WriteLine(Version);
            return 0;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("signals");
            config.SetApplicationVersion(Version);
            config.PropagateExceptions();
            // An option the command does not know is an error, never silently dropped (`--dryrun` once spent real money).
            config.UseStrictParsing();
            config.ConfigureConsole(console);
            // Commands take what they need in their constructor: IAnsiConsole (human output) and/or CliHost (the rest).
            config.Settings.Registrar.RegisterInstance(host);
            config.AddCommand<SampleDataCommand>("sample-data")
                .WithDescription("Generate the deterministic sample universe (prices and news) from a seed.");
            config.AddCommand<IndicatorsCommand>("indicators").WithDescription("Compute technical indicators over a price file into a CSV (one column per field, warm-up empty).");
            config.AddBranch("sentiment", s =>
            {
                s.SetDescription("Score, evaluate and train headline sentiment scorers.");
                s.AddCommand<SentimentScoreCommand>("score").WithDescription("Score news headlines with an LLM or an offline scorer into a CSV (cached, budgeted).");
                s.AddCommand<SentimentEvalCommand>("eval").WithDescription("Evaluate a scorer on a labelled CSV (accuracy, macro-F1, confusion).");
                s.AddCommand<SentimentCompareCommand>("compare").WithDescription("Compare scorers on a labelled file (accuracy, macro-F1, cost, latency) and, with prices and news, on returns (IC, Sharpe); writes JSON and HTML.");
                s.AddCommand<SentimentIngestCommand>("ingest").WithDescription("File an OpenAI Batch / vLLM run-batch output file's answers into the cache (from `score --batch-out`).");
                s.AddCommand<SentimentCacheMergeCommand>("cache-merge").WithDescription("Merge sentiment caches (e.g. one per --shard) into one.");
                s.AddCommand<SentimentTrainCommand>("train").WithDescription("Train the embedded scorer's classifier head on a labelled CSV.");
            });
            config.AddCommand<BacktestCommand>("backtest").WithDescription("Backtest a strategy with costs; writes stats.json, trades.csv, equity.csv.");
            config.AddCommand<ReportCommand>("report").WithDescription("Render a backtest run folder as a self-contained HTML tearsheet.");
            config.AddBranch("notebooks", n =>
            {
                n.SetDescription("Run the research notebooks headless; export their file-based app twins.");
                n.AddCommand<NotebooksRunCommand>("run").WithDescription("Execute notebooks cell by cell and save them with outputs (and as pages with --html).");
                n.AddCommand<NotebooksExportCommand>("export").WithDescription("Write each notebook's file-based app twin (NAME.cs: dotnet run NAME.cs -- --out DIR writes NAME.html).");
            });
            config.AddCommand<StudyCommand>("study").WithDescription("The research loop on your own prices and news: report.html, run/, scores.csv, study.json in one folder.");
            config.AddBranch("sweep", s =>
            {
                s.SetDescription("Sweep the sentiment long-short over half-life × quantile (whole, or one --shard K/N) into a JSON-lines file; `sweep merge` joins shards.");
                s.SetDefaultCommand<SweepCommand>();
                // The same command by name, so `signals sweep run --help` lists its options (the branch's help cannot).
                s.AddCommand<SweepCommand>("run").WithDescription("The sweep itself (also `signals sweep --prices … --out FILE`): the whole grid, or --shard K/N of it.");
                s.AddCommand<SweepMergeCommand>("merge").WithDescription("Merge `sweep --shard K/N` files into the unsharded sweep's file, byte for byte (refuses mismatched, missing or repeated shards).");
            });
            config.AddCommand<TrialsCommand>("trials").WithDescription("List the trials signals study recorded (configuration, window, Sharpe): the count behind the report's Deflated Sharpe.");
            config.AddCommand<DemoCommand>("demo").WithDescription("The main job on the sample data: score news, build the signal, backtest with costs, write reports/demo.html.");
        });

        try
        {
            return await app.RunAsync(args);
        }
        catch (CommandParseException ex) when (Explain(ex, args) is { } explained)
        {
            return ReportError(host.Error, explained, verbose);
        }
        catch (Exception ex)
        {
            return ReportError(host.Error, ex, verbose);
        }
    }

    public static string Version =>
        typeof(SignalsApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>One clear line on stderr and a non-zero exit; the stack trace only with --verbose.</summary>
    internal static int ReportError(TextWriter error, Exception ex, bool verbose)
    {
        var root = ex is CommandAppException or CommandLineException ? ex : Unwrap(ex);
        // Messages quote files and servers: escape what would drive the terminal (a header of random bytes, say).
        error.WriteLine($"error: {TerminalText.Escape(root.Message)}");
        if (verbose) error.WriteLine(TerminalText.Escape(ex.ToString()));
        return ex is CommandAppException or CommandLineException ? 2 : 1;
    }

    /// <summary>
    /// Spectre's "Unknown option 'dryrun'." as the user typed it, with the command's nearest option:
    /// "unknown option --dryrun for `signals study` (did you mean --dry-run?)". Null for other parse errors.
    /// </summary>
    internal static CommandLineException? Explain(CommandParseException ex, string[] args)
    {
        var match = System.Text.RegularExpressions.Regex.Match(ex.Message, "^(Unknown option|Unexpected option|Unknown command|Could not match) '([^']*)'");
        if (!match.Success) return null;
        string token = match.Groups[2].Value;
        string command = CommandLineHints.CommandName(args);
        string help = $"see `{command} --help`";
        if (match.Groups[1].Value is "Unknown option" or "Unexpected option")
        {
            string typed = args.FirstOrDefault(a => a.StartsWith('-') && a.TrimStart('-').Split('=')[0] == token) ?? (token.Length == 1 ? "-" : "--") + token;
            typed = typed.Split('=')[0];
            // A branch with a default command (`sweep` runs `sweep run`) makes Spectre blame the first option when any
            // one is unknown; name the option the command really does not have.
            var known = CommandLineHints.KnownOptions(args);
            if (known.Contains(typed) && args.Select(a => a.Split('=')[0]).FirstOrDefault(a => a.StartsWith('-') && !double.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out _) && !known.Contains(a)) is { } unknown)
                typed = unknown;
            string hint = CommandLineHints.Suggest(args, typed) is { } near ? $"did you mean {near}?" : help;
            return new CommandLineException($"unknown option {typed} for `{command}` ({hint})", ex);
        }
        return new CommandLineException($"unexpected argument '{token}' for `{command}` ({help})", ex);
    }

    private static Exception Unwrap(Exception ex)
    {
        while (ex is AggregateException { InnerException: not null } or TargetInvocationException { InnerException: not null })
            ex = ex.InnerException!;
        return ex;
    }
}
