using System.Text.RegularExpressions;

namespace Signals.Tests;

/// <summary>
/// The rule of the house, read from the sources: each library file's namespace is a layer, and every namespace it names
/// (a <c>using</c>, a fully qualified name, or a layer-relative one such as <c>Numerics.Drawdown</c>) must lie below it on
/// Numerics → Data → (Indicators, Sentiment) → Features → Backtesting → Analytics → Reporting → Workflows. Siblings do not
/// see each other, a few edges that the order would allow are forbidden outright, and the library never names the
/// projects built on it (the command line, the notebook extension and runner, the Plotly bridge, the sample generator).
/// </summary>
public partial class LayeringTests
{
    /// <summary>Layer → rank: a file may use a layer of strictly lower rank only.</summary>
    private static readonly Dictionary<string, int> Rank = new()
    {
        ["Numerics"] = 0,
        ["Data"] = 1,
        ["Indicators"] = 2,
        ["Sentiment"] = 2,
        ["Features"] = 3,
        ["Backtesting"] = 4,
        ["Analytics"] = 5,
        ["Reporting"] = 6,
        ["Workflows"] = 7,
    };

    /// <summary>Edges the order alone would allow but the design rules out: the engine sees signals, never sentiment.</summary>
    private static readonly (string From, string To)[] Forbidden =
    [
        ("Backtesting", "Sentiment"),
        ("Analytics", "Sentiment"),
    ];

    /// <summary>Projects above the library: it must not know them.</summary>
    private static readonly string[] Outside = ["Cli", "Interactive", "Notebooks", "Plotly", "SampleData", "Benchmarks", "Tests"];

    [Fact]
    public void Every_library_file_uses_only_layers_below_its_own()
    {
        var violations = LibraryFiles().SelectMany(Violations).ToList();
        Assert.True(violations.Count == 0, "Imports against the layering:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Every_library_namespace_is_a_known_layer()
    {
        var unknown = LibraryFiles()
            .Select(f => (File: f, Layer: LayerOf(FileNamespace(File.ReadAllText(f)))))
            .Where(x => x.Layer is null || !Rank.ContainsKey(x.Layer))
            .Select(x => Path.GetRelativePath(RepoPaths.Root, x.File))
            .ToList();
        Assert.True(unknown.Count == 0, "Files outside the known layers (add the layer to the rule or move the file):\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void The_library_project_references_no_project_and_no_notebook_kernel()
    {
        string project = File.ReadAllText(RepoPaths.Of("src", "Signals", "Signals.csproj"));
        Assert.DoesNotContain("<ProjectReference", project);
        Assert.DoesNotContain("Microsoft.DotNet.Interactive", project);
    }

    [Fact]
    public void The_checker_sees_using_directives_qualified_names_and_relative_names()
    {
        const string source = """
            using Signals.Data;
            using Signals.Sentiment.Llm;
            namespace Signals.Backtesting;
            // Analytics.Ignored in a comment does not count
            public class X { object a = global::Signals.Reporting.Charts.Styles.Dark; object b = Workflows.SentimentStudy.Run; string c = "Features.InAString"; }
            """;
        var used = NamedLayers(source).Select(u => u.Layer).Distinct().Order().ToArray();
        Assert.Equal(["Backtesting", "Data", "Reporting", "Sentiment", "Workflows"], used);   // its own namespace is named too; Check skips it
        var found = Check("X.cs", source).ToList();
        Assert.Equal(3, found.Count);   // Sentiment (forbidden), Reporting and Workflows (above Backtesting); Data is fine
        Assert.Contains(found, v => v.Contains("X.cs:2") && v.Contains("Backtesting → Sentiment"));
    }

    private static IEnumerable<string> LibraryFiles() =>
        Directory.EnumerateFiles(RepoPaths.Of("src", "Signals"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    private static IEnumerable<string> Violations(string file) =>
        Check(Path.GetRelativePath(RepoPaths.Root, file), File.ReadAllText(file));

    private static IEnumerable<string> Check(string name, string source)
    {
        string? from = LayerOf(FileNamespace(source));
        if (from is null || !Rank.TryGetValue(from, out int rank)) yield break;
        foreach (var (to, line) in NamedLayers(source))
        {
            if (to == from) continue;
            string? why = Outside.Contains(to) ? "the library must not use a project built on it"
                : !Rank.TryGetValue(to, out int toRank) ? null
                : Forbidden.Contains((from, to)) ? "a forbidden edge"
                : toRank >= rank ? "not below it"
                : null;
            if (why is not null) yield return $"{name}:{line}: {from} → {to} ({why})";
        }
    }

    /// <summary>Every layer a source names, with its line: using directives, Signals.X qualified names, and X.Type names relative to Signals.</summary>
    private static IEnumerable<(string Layer, int Line)> NamedLayers(string source)
    {
        string code = StripCommentsAndStrings(source);
        var names = Rank.Keys.Concat(Outside).ToArray();
        var relative = new Regex(@"(?<![\w.])(" + string.Join('|', names) + @")\.[A-Z]");
        foreach (Match m in QualifiedName().Matches(code)) yield return (m.Groups[1].Value, LineOf(code, m.Index));
        foreach (Match m in relative.Matches(code)) yield return (m.Groups[1].Value, LineOf(code, m.Index));
    }

    private static string? FileNamespace(string source) => FileNamespaceDeclaration().Match(source) is { Success: true } m ? m.Groups[1].Value : null;

    private static string? LayerOf(string? ns) => ns is not null && ns.StartsWith("Signals.", StringComparison.Ordinal) ? ns.Split('.')[1] : null;

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    /// <summary>Blanks comments and string literals (keeping line breaks) so prose never counts as an import.</summary>
    private static string StripCommentsAndStrings(string source) =>
        CommentOrString().Replace(source, m => Regex.Replace(m.Value, "[^\n]", " "));

    [GeneratedRegex(@"\bSignals\.([A-Z]\w*)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespaceDeclaration();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|""""""[\s\S]*?""""""|@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
