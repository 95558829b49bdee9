using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;

namespace Signals.Notebooks;

/// <summary>Loads the kernel extensions a NuGet package carries under <c>interactive-extensions/dotnet/</c>, as the
/// Polyglot Notebooks kernel does after <c>#r "nuget: ..."</c>. A bare CSharpKernel adds the package's assemblies
/// but never looks for its extensions, so without this the package's formatters would silently not register.</summary>
internal sealed class PackageExtensionLoader
{
    private readonly HashSet<string> _loadedPackageRoots = new(StringComparer.Ordinal);

    /// <summary>Loads every extension of the package once; returns the extension type names it loaded.</summary>
    public async Task<IReadOnlyList<string>> LoadAsync(string packageRoot, Kernel kernel)
    {
        if (!_loadedPackageRoots.Add(packageRoot)) return [];
        var folder = Path.Combine(packageRoot, "interactive-extensions", "dotnet");
        if (!Directory.Exists(folder)) return [];

        var loaded = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            var assembly = LoadOnce(file);
            foreach (var type in assembly.GetExportedTypes())
            {
                if (type.IsAbstract || !typeof(IKernelExtension).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
                    continue;
                var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                await extension.OnLoadAsync(kernel);
                loaded.Add(type.FullName!);
            }
        }
        return loaded;
    }

    // The default context refuses a second assembly of the same name from another path; reuse the first one
    // (a second notebook in the same process restores the same package again).
    private static Assembly LoadOnce(string file)
    {
        var name = AssemblyName.GetAssemblyName(file);
        var existing = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name) && a.GetName().Name == name.Name);
        return existing ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(file));
    }
}
