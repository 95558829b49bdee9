using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Signals.Notebooks;

/// <summary>Finds native libraries (ONNX Runtime's, for one) in the folders of packages added with
/// <c>#r "nuget: ..."</c>. The host's deps.json knows nothing of them, so without this a package with a native
/// part loads its managed half and then fails with DllNotFoundException.</summary>
internal static class NativeLibraryProbe
{
    private static readonly ConcurrentDictionary<string, byte> Folders = new(StringComparer.Ordinal);
    private static int _installed;

    public static void Add(IEnumerable<string> probingPaths)
    {
        foreach (var path in probingPaths)
            if (Directory.Exists(path)) Folders.TryAdd(path, 0);
        if (Interlocked.Exchange(ref _installed, 1) == 0)
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
    }

    private static IntPtr Resolve(Assembly assembly, string name)
    {
        foreach (var folder in Folders.Keys)
        {
            foreach (var candidate in Candidates(name))
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle)) return handle;
            }
        }
        return IntPtr.Zero;
    }

    private static IEnumerable<string> Candidates(string name)
    {
        yield return name;
        if (OperatingSystem.IsWindows()) yield return name + ".dll";
        else if (OperatingSystem.IsMacOS()) { yield return "lib" + name + ".dylib"; yield return name + ".dylib"; }
        else { yield return "lib" + name + ".so"; yield return name + ".so"; }
    }
}
