using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Signals.Notebooks;

/// <summary>The kernel a notebook runs in: a composite holding one C# kernel set up the way the Polyglot Notebooks
/// kernel sets up its own (NuGet directives, kernel helpers such as <c>display</c>, value sharing).</summary>
internal static class NotebookKernel
{
    public const string CSharp = "csharp";

    /// <summary>Extensions of restored packages load while the <c>#r</c> command still runs, as in the Polyglot
    /// kernel: some of them (Microsoft.Data.Analysis's, for one) need the command's context to find the root kernel.</summary>
    public static CompositeKernel Create()
    {
        var extensions = new PackageExtensionLoader();
        CompositeKernel? composite = null;
        var csharp = new CSharpKernel()
            .UseNugetDirective(async (kernel, packages) =>
            {
                kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                NativeLibraryProbe.Add(packages.SelectMany(p => p.ProbingPaths));
                foreach (var package in packages)
                    await extensions.LoadAsync(package.PackageRoot, composite!);
            })
            .UseKernelHelpers()
            .UseValueSharing();

        composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.DefaultKernelName = CSharp;
        return composite;
    }

    public static Microsoft.DotNet.Interactive.Documents.KernelInfoCollection DocumentKernels() =>
    [
        new Microsoft.DotNet.Interactive.Documents.KernelInfo(CSharp, "C#", ["c#", "C#"]),
        new Microsoft.DotNet.Interactive.Documents.KernelInfo("markdown", "Markdown", ["md"]),
    ];

    public static bool IsMarkdown(string kernelName) =>
        kernelName.Equals("markdown", StringComparison.OrdinalIgnoreCase) || kernelName.Equals("md", StringComparison.OrdinalIgnoreCase);
}
