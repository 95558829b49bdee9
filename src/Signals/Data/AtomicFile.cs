using System.Text;

namespace Signals.Data;

/// <summary>Writes a whole text file or none of it: a temporary file beside the target, then a rename over it.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes through <paramref name="write"/> (UTF-8, no BOM, "\n" line ends); returns the full path.</summary>
    public static string WriteText(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // A unique name, so two writers of the same target never share a temporary file.
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, false, Utf8NoBom) { NewLine = "\n" }) write(writer);
            File.Move(temp, full, overwrite: true);
            return full;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
