// Loads the Signals kit into a notebook: the first cell of every notebook is `#load "../signals.csx"` (relative to the
// notebook's folder). Works in every stock host (VS Code Polyglot Notebooks, Jupyter with dotnet-interactive,
// dotnet-repl) and in the repository's own runner, with no set-up beyond building the repository:
//  1. the kit is artifacts/notebook-kit/, which every build of src/Signals.Interactive writes (the demo's build of the
//     CLI and `dotnet test` build it); when a file under src/ is newer than the kit, this builds it again first, showing
//     the build's lines as it goes — so a library change is picked up by restarting the kernel and re-running cell 1;
//  2. the kit's assemblies are added to the C# kernel and the kit's notebook display (tables, charts, progress) is
//     switched on.
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

await SignalsKitLoader.LoadAsync(SignalsKitLoader.RepositoryRoot(SignalsKitLoader.Folder()));

static class SignalsKitLoader
{
    // This file's folder (notebooks/), wherever the notebook that loads it sits; the current folder if unknown.
    public static string Folder([CallerFilePath] string path = "") =>
        System.IO.Path.IsPathRooted(path) ? System.IO.Path.GetDirectoryName(path)! : System.IO.Directory.GetCurrentDirectory();

    public static string RepositoryRoot(string from)
    {
        for (var dir = new System.IO.DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Signals.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Signals.sln not found above {from}: open the notebook from a clone of the repository.");
    }

    public static async Task LoadAsync(string root)
    {
        var kit = System.IO.Path.Combine(root, "artifacts", "notebook-kit");
        var stamp = System.IO.Path.Combine(kit, ".built");
        if (NewestSource(root) is { } newest && (!System.IO.File.Exists(stamp) || System.IO.File.GetLastWriteTimeUtc(stamp) < newest.Time))
        {
            Console.WriteLine(System.IO.File.Exists(stamp)
                ? $"Signals: {System.IO.Path.GetRelativePath(root, newest.Path)} changed since the kit was built; building it again…"
                : "Signals: building the notebook kit (first time; later runs reuse artifacts/notebook-kit)…");
            await BuildAsync(root);
        }

        // Native parts (ONNX Runtime, SQLite) sit under runtimes/<rid>/native in the kit, where the kernel does not look.
        // The kernel loads each referenced assembly into a load context of its own, so every context gets the fallback.
        var native = new[] { System.IO.Path.Combine(kit, "runtimes", RuntimeInformation.RuntimeIdentifier, "native"), System.IO.Path.Combine(kit, "runtimes", Rid(), "native") };
        IntPtr Resolve(System.Reflection.Assembly _, string name)
        {
            foreach (var folder in native)
                foreach (var file in new[] { name, "lib" + name + ".so", name + ".so", "lib" + name + ".dylib", name + ".dll" })
                {
                    var path = System.IO.Path.Combine(folder, file);
                    if (System.IO.File.Exists(path) && NativeLibrary.TryLoad(path, out var handle)) return handle;
                }
            return IntPtr.Zero;
        }
        var hooked = new HashSet<AssemblyLoadContext>();
        void Hook(System.Reflection.Assembly assembly)
        {
            if (AssemblyLoadContext.GetLoadContext(assembly) is { } context)
                lock (hooked) if (hooked.Add(context)) context.ResolvingUnmanagedDll += Resolve;
        }
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Hook(e.LoadedAssembly);
        foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies()) Hook(loaded);

        var assemblies = System.IO.Directory.GetFiles(kit, "*.dll").Order(StringComparer.Ordinal).ToArray();
        // One copy of each kit assembly, in the default context: the kernel's own loader would otherwise give an assembly
        // and a dependency built against an older version of it (MiniLM and ONNX Runtime) two different copies.
        var byName = assemblies.ToDictionary(a => System.IO.Path.GetFileNameWithoutExtension(a), StringComparer.OrdinalIgnoreCase);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } n && byName.TryGetValue(n, out var file) ? context.LoadFromAssemblyPath(file) : null;
        var loadedNames = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, file) in byName)
            if (!loadedNames.Contains(name)) AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
        var csharp = KernelInvocationContext.Current?.HandlingKernel as CSharpKernel
            ?? throw new InvalidOperationException("signals.csx runs in a C# notebook cell.");
        csharp.AddAssemblyReferences(assemblies);
        // A separate submission compiles against the references just added (this one was compiled before them).
        var enable = await csharp.SendAsync(new SubmitCode("Signals.Interactive.SignalsNotebook.Enable();"));
        if (enable.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
            throw new InvalidOperationException($"Signals' notebook display did not load from {kit}: {failed.Message}");
        Console.WriteLine($"Signals loaded from {System.IO.Path.GetRelativePath(root, kit)} ({assemblies.Length} assemblies).");
    }

    private static string Rid() =>
        (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();

    // The newest file the kit is built from (sources, project files, embedded data); bin/ and obj/ are build output.
    private static (string Path, DateTime Time)? NewestSource(string root)
    {
        (string, DateTime)? newest = null;
        var candidates = System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(root, "src"), "*", System.IO.SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}") && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}"))
            .Concat(System.IO.Directory.EnumerateFiles(root, "Directory.*.props"));
        foreach (var file in candidates)
        {
            var time = System.IO.File.GetLastWriteTimeUtc(file);
            if (newest is null || time > newest.Value.Item2) newest = (file, time);
        }
        return newest;
    }

    private static async Task BuildAsync(string root)
    {
        var start = new ProcessStartInfo("dotnet", ["build", System.IO.Path.Combine(root, "src", "Signals.Interactive"), "-nologo", "-v", "minimal", "-clp:NoSummary"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start `dotnet build`");
        var lines = new List<string>();
        var stderr = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (line.Trim().Length > 0) Console.WriteLine("  " + line.Trim());
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`dotnet build src/Signals.Interactive` failed (exit {process.ExitCode}); fix the build and re-run this cell:\n"
                + string.Join("\n", lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(20)) + await stderr);
    }
}
