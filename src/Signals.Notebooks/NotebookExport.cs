using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.DotNet.Interactive.Documents;

namespace Signals.Notebooks;

/// <summary>Writes a notebook's file-based app twin (<c>NAME.cs</c> beside <c>NAME.ipynb</c>): the same cells, in order,
/// as one C# program that <c>dotnet run NAME.cs -- --out DIR</c> runs against the library (<c>#:project</c>) and that
/// writes the notebook as a page (<see cref="Signals.Reporting.Notebooks.NotebookPage"/>). The twin is generated, never
/// edited: <see cref="IsStale"/> tells when the notebook changed since.</summary>
/// <remarks>Cells become top-level statements, so variables flow from cell to cell as in the kernel. What C# script
/// allows and a program does not is moved: <c>using</c> directives to the top, type declarations to the end; a cell's
/// last expression (no semicolon) becomes <c>__page.Show(…)</c>, as the kernel displays it; the cell that loads the
/// kit (<c>#load ".../signals.csx"</c>) is left out, <c>#:project</c> does its job.</remarks>
public static class NotebookExport
{
    private const string PageVariable = "__page";

    public static async Task<string> ToFileBasedAppAsync(string notebookPath)
    {
        var file = new FileInfo(notebookPath);
        if (!file.Exists) throw new FileNotFoundException($"{notebookPath}: notebook not found", notebookPath);
        var document = await InteractiveDocument.LoadAsync(file, NotebookKernel.DocumentKernels());
        // The same assemblies the notebook kit holds: the library, and the sample's generator for its planted truth.
        string Project(string name) => Path.GetRelativePath(file.DirectoryName!, Path.Combine(RepositoryRoot(file.DirectoryName!), "src", name, name + ".csproj")).Replace('\\', '/');
        string[] projects = [Project("Signals"), Project("Signals.SampleData")];

        var usings = new List<string> { "using Signals.Reporting.Notebooks;" };
        var packages = new List<string>();
        var body = new StringBuilder();
        var types = new StringBuilder();
        for (int i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            int number = i + 1;
            var source = element.Contents.Replace("\r\n", "\n").TrimEnd();
            if (NotebookKernel.IsMarkdown(element.KernelName ?? NotebookKernel.CSharp))
            {
                body.Append($"{PageVariable}.Markdown({number}, {Literal(source)});\n\n");
                continue;
            }
            if (source.Length == 0) continue;
            if (IsKitLoader(source))
            {
                body.Append($"// cell {number} loads the kit in a notebook kernel; here #:project does.\n\n");
                continue;
            }
            body.Append($"{PageVariable}.Code({number}, {Literal(source)});\n");
            Translate(source, usings, packages, body, types, $"{file.Name}, cell {number}");
            body.Append('\n');
        }

        var name = Path.GetFileNameWithoutExtension(file.Name);
        var twin = new StringBuilder();
        foreach (var project in projects) twin.Append("#:project ").Append(project).Append('\n');
        // File-based apps default to native AOT, which turns off reflection-based JSON; the kernel runs the library JIT.
        twin.Append("#:property PublishAot=false\n");
        foreach (var package in packages.Distinct()) twin.Append("#:package ").Append(package).Append('\n');
        twin.Append($"// Generated from {file.Name} by `signals notebooks export`: edit the notebook and export again (a test fails\n")
            .Append("// when this twin is stale). From the repository root:\n")
            .Append($"//   dotnet run {Path.GetRelativePath(RepositoryRoot(file.DirectoryName!), Path.ChangeExtension(file.FullName, ".cs")).Replace('\\', '/')} -- --out DIR     writes DIR/{name}.html\n");
        foreach (var u in usings.Distinct()) twin.Append(u).Append('\n');
        twin.Append('\n').Append($"var {PageVariable} = NotebookPage.Start(args);\n\n").Append(body).Append($"{PageVariable}.Save();\n");
        if (types.Length > 0) twin.Append('\n').Append(types);
        return twin.ToString();
    }

    /// <summary>True when <paramref name="twinPath"/> is missing or differs from what the notebook exports to now.</summary>
    public static async Task<bool> IsStale(string notebookPath, string twinPath) =>
        !File.Exists(twinPath) || await File.ReadAllTextAsync(twinPath) != await ToFileBasedAppAsync(notebookPath);

    /// <summary>Exports the notebook to its twin (<c>NAME.cs</c> beside it), whole or not at all.</summary>
    public static async Task<string> WriteAsync(string notebookPath)
    {
        var twinPath = TwinPath(notebookPath);
        var text = await ToFileBasedAppAsync(notebookPath);
        var temp = twinPath + ".tmp";
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false));
        File.Move(temp, twinPath, overwrite: true);
        return twinPath;
    }

    public static string TwinPath(string notebookPath) => Path.ChangeExtension(notebookPath, ".cs");

    private static bool IsKitLoader(string source) =>
        source.Split('\n').Any(l => l.TrimStart().StartsWith("#load", StringComparison.Ordinal) && l.Contains("signals.csx", StringComparison.Ordinal));

    private static void Translate(string source, List<string> usings, List<string> packages, StringBuilder body, StringBuilder types, string where)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var error = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null) throw new InvalidOperationException($"{where}: {error}");

        foreach (var directive in root.DescendantTrivia().Select(t => t.GetStructure()).OfType<DirectiveTriviaSyntax>())
        {
            if (directive is ReferenceDirectiveTriviaSyntax reference && reference.File.ValueText.StartsWith("nuget:", StringComparison.Ordinal))
            {
                var spec = reference.File.ValueText["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries);
                packages.Add(spec.Length > 1 ? $"{spec[0]}@{spec[1]}" : spec[0]);
            }
            else throw new InvalidOperationException($"{where}: '{directive.ToString().Trim()}' has no file-based app form; the twin cannot be written.");
        }
        foreach (var u in root.Usings) usings.Add(u.WithoutTrivia().ToString());

        var members = root.Members;
        for (int m = 0; m < members.Count; m++)
        {
            var member = members[m];
            switch (member)
            {
                case GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } shown } when m == members.Count - 1:
                    body.Append(member.GetLeadingTrivia().ToFullString().TrimStart('\n'))
                        .Append($"{PageVariable}.Show({shown.Expression.WithoutTrivia()});\n");
                    break;
                case GlobalStatementSyntax or FieldDeclarationSyntax { Modifiers.Count: 0 } or MethodDeclarationSyntax:
                    // A script's top-level variable (a field to the script) is a local of the program's top-level
                    // statements, and its top-level method a local function: the same text means that in a program.
                    body.Append(Text(member)).Append('\n');
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Append(Text(member)).Append("\n\n");
                    break;
                default:
                    throw new InvalidOperationException($"{where}: a {member.Kind()} has no place in a file-based app; the twin cannot be written.");
            }
        }
    }

    // A member's text without the directives (handled above) and blank lines the script put before it.
    private static string Text(SyntaxNode member) =>
        string.Join('\n', member.ToFullString().Split('\n').Where(l => !l.TrimStart().StartsWith("#r ", StringComparison.Ordinal))).Trim('\n').TrimEnd();

    // A raw string literal that holds the text as it is, whatever quotes it contains.
    private static string Literal(string text)
    {
        int longest = 0, run = 0;
        foreach (char c in text) { run = c == '"' ? run + 1 : 0; longest = Math.Max(longest, run); }
        var quotes = new string('"', Math.Max(3, longest + 1));
        return $"{quotes}\n{text}\n{quotes}";
    }

    private static string RepositoryRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Signals.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Signals.sln not found above {from}: twins point at the library in the repository.");
    }
}
