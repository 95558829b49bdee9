using System.Reflection;
using Spectre.Console.Cli;

namespace Signals.Cli;

/// <summary>
/// The "did you mean --dry-run?" of a rejected command line: finds the command the arguments name, reads the options its
/// settings declare, and offers the nearest by edit distance. Commands are found by the naming rule every command
/// follows (`sentiment score` is SentimentScoreCommand), so a new command needs no entry here.
/// </summary>
internal static class CommandLineHints
{
    /// <summary>The hint for an error about <paramref name="token"/> (an option as typed, e.g. "--dryrun"), or null.</summary>
    public static string? Suggest(string[] args, string token)
    {
        var known = KnownOptions(args);
        if (known.Count == 0) return null;
        string typed = token.TrimStart('-');
        var best = known
            .Select(name => (Name: name, Distance: EditDistance(typed, name.TrimStart('-'))))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).First();
        // Close means a slip of the keys, not a different word: at most a third of the name, and never more than 3.
        int allowed = Math.Clamp(typed.Length / 3, 1, 3);
        return best.Distance <= allowed ? best.Name : null;
    }

    /// <summary>Every option (--long and -s) of the command <paramref name="args"/> names; empty when it names none.</summary>
    public static IReadOnlyList<string> KnownOptions(string[] args)
    {
        var settings = SettingsTypeOf(CommandTypeOf(args));
        if (settings is null) return [];
        var names = new List<string>();
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option) continue;
            names.AddRange(option.LongNames.Select(n => "--" + n));
            names.AddRange(option.ShortNames.Select(n => "-" + n));
        }
        names.Add("--help");
        return names;
    }

    /// <summary>The command class of the longest run of leading words that names one (`sentiment score x` → SentimentScoreCommand).</summary>
    internal static Type? CommandTypeOf(string[] args) => Resolve(args).Type;

    /// <summary>"signals sentiment score": the command <paramref name="args"/> names, without its arguments.</summary>
    public static string CommandName(string[] args)
    {
        var (_, words) = Resolve(args);
        return string.Join(' ', ["signals", .. args.Take(words)]);
    }

    private static (Type? Type, int Words) Resolve(string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToList();
        for (int n = words.Count; n > 0; n--)
        {
            var name = "Signals.Cli.Commands." + string.Concat(words.Take(n).SelectMany(w => w.Split('-')).Select(Pascal)) + "Command";
            if (typeof(CommandLineHints).Assembly.GetType(name) is { } type && typeof(ICommand).IsAssignableFrom(type)) return (type, n);
        }
        return (null, Math.Min(words.Count, 1));
    }

    private static Type? SettingsTypeOf(Type? command)
    {
        for (var t = command; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericArguments() is [var settings] && typeof(CommandSettings).IsAssignableFrom(settings))
                return settings;
        return null;
    }

    private static string Pascal(string word) => word.Length == 0 ? "" : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    /// <summary>Levenshtein distance with adjacent swaps counted as one edit ("--benhcmark" is one slip from "--benchmark").</summary>
    internal static int EditDistance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
