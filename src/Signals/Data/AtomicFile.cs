using System.Text;

namespace Signals.Data;

/// <summary>
/// Nothing half-written: a file is written beside its target under a temporary name, then moved over it in one
/// rename, so a crash or an exception leaves the old file (or none) — never a truncated one.
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark, the encoding of every text file the kit writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes through a stream; parent folders are created. A unique temporary name, so two writers of one target never share it.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write)) write(stream);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes text through <paramref name="write"/> (UTF-8, no BOM, "\n" line ends); returns the full path.</summary>
    public static string WriteText(string path, Action<TextWriter> write)
    {
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" };
            write(writer);
        });
        return Path.GetFullPath(path);
    }

    /// <summary>Writes <paramref name="text"/> as the whole file (UTF-8, no BOM); returns the full path.</summary>
    public static string WriteText(string path, string text) => WriteText(path, w => w.Write(text));

    public static void WriteBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));
}

/// <summary>
/// A folder of outputs built whole or not at all: the contents are written into a hidden sibling folder, which
/// then takes the target's place. On failure the target is left exactly as it was.
/// </summary>
public static class AtomicFolder
{
    /// <param name="build">Writes the folder's contents into the temporary folder it is given.</param>
    /// <param name="keepOtherFiles">
    /// Keep files of an existing target that the build does not write (a run folder someone added a report to): the
    /// built files are then moved in one by one, each replacing its namesake, once all of them are complete.
    /// </param>
    public static void Replace(string folder, Action<string> build, bool keepOtherFiles = false)
    {
        var full = Path.GetFullPath(folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var old = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.old");
        Directory.CreateDirectory(temp);
        try
        {
            build(temp);
            if (keepOtherFiles && Directory.Exists(full))
            {
                foreach (var file in Directory.GetFiles(temp))
                    File.Move(file, Path.Combine(full, Path.GetFileName(file)), overwrite: true);
                return;
            }
            if (Directory.Exists(full)) Directory.Move(full, old);
            Directory.Move(temp, full);
        }
        catch
        {
            // The old folder goes back if the swap itself failed half-way.
            if (!Directory.Exists(full) && Directory.Exists(old)) Directory.Move(old, full);
            throw;
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        }
    }
}
