using System.Text;

namespace Signals.Data;

/// <summary>
/// Nothing half-written: a file is written beside its target under a temporary name, then moved over it in one
/// rename, so a crash or an exception leaves the old file (or none) — never a truncated one. A temporary file a killed
/// process left behind (<c>.NAME.GUID.tmp</c>) is deleted by the next write of the same target.
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
        CleanStaleTemps(folder, Path.GetFileName(full));
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

    /// <summary>Writes <paramref name="bytes"/> as the whole file.</summary>
    public static void WriteBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>When this process started: a temporary file last written before it belongs to a writer that is gone.</summary>
    private static readonly Lazy<DateTime> ProcessStartUtc = new(() =>
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.StartTime.ToUniversalTime();
    });

    /// <summary>
    /// Deletes the temporary files of <paramref name="name"/> a killed write left in <paramref name="folder"/>: only files
    /// named exactly like the kit's (".NAME.GUID.tmp", 32 hex digits) and last written before this process started, so a
    /// write still running in another process is left alone. Folders (an <see cref="OutputFolder"/> build) are not touched.
    /// </summary>
    internal static void CleanStaleTemps(string folder, string name)
    {
        IEnumerable<string> candidates;
        try { candidates = Directory.EnumerateFiles(folder, $".{name}.*.tmp").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        foreach (var file in candidates)
        {
            var middle = Path.GetFileName(file).AsSpan()[(name.Length + 2)..^4];
            if (middle.Length != 32 || !Guid.TryParseExact(middle, "N", out _)) continue;
            try
            {
                if (File.GetLastWriteTimeUtc(file) < ProcessStartUtc.Value) File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another writer's file or a read-only one: a leftover is harmless, a failed write is not.
            }
        }
    }
}
