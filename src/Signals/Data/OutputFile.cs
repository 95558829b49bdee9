namespace Signals.Data;

/// <summary>
/// The rule for a single output file (a report page, a statistics file, a notebook's output): the kit writes a path
/// that does not exist yet, or one it wrote itself before — recorded in the <c>.signals-output.json</c> marker of
/// the file's folder — and nothing else. A file of the user's at that path is refused, never overwritten; so is a
/// folder, or an input of the run. Writes are atomic (<see cref="AtomicFile"/>).
/// </summary>
public static class OutputFile
{
    /// <summary>
    /// Throws <see cref="OutputRefusedException"/> when <paramref name="path"/> may not receive
    /// <paramref name="command"/>'s output; call it before any expensive work.
    /// </summary>
    public static void Check(string path, string command, IEnumerable<string>? inputs = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new OutputRefusedException($"'{path}' is a folder; give a file name for the {command} output.");
        foreach (var input in inputs ?? [])
            if (string.Equals(Path.GetFullPath(input), full, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                throw new OutputRefusedException($"'{path}' is an input of the {command} run; write the output elsewhere.");
        if (File.Exists(full) && !WrittenByKit(full))
            throw new OutputRefusedException(
                $"'{path}' exists and was not written by signals; give another path or move it away (signals never overwrites files it did not write).");
        var folder = Path.GetDirectoryName(full)!;
        if (File.Exists(folder))
            throw new OutputRefusedException($"'{Path.GetDirectoryName(path)}' is a file, not a folder; cannot write '{path}'.");
    }

    /// <summary>
    /// True when the kit wrote the file and may replace it: its folder's marker lists it, or it is an HTML page with the
    /// kit's generator tag in its head (every page the kit writes carries one, pages from before the marker too).
    /// </summary>
    public static bool WrittenByKit(string path)
    {
        var full = Path.GetFullPath(path);
        if (OutputMarker.Read(Path.GetDirectoryName(full)!) is { } marker && marker.Files.ContainsKey(Path.GetFileName(full))) return true;
        return full.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && HeadOf(full).Contains(HtmlSignature, StringComparison.Ordinal);
    }

    /// <summary>The generator tag every HTML page of the kit has in its head.</summary>
    internal const string HtmlSignature = "<meta name=\"generator\" content=\"Signals ";

    private static string HeadOf(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1024];
        int read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>Checks, writes atomically through <paramref name="write"/> and records the file in its folder's marker; returns the full path.</summary>
    public static string Write(string path, string command, Action<Stream> write)
    {
        Check(path, command);
        AtomicFile.Write(path, write);
        Record(path, command);
        return Path.GetFullPath(path);
    }

    /// <summary>Text (UTF-8, no BOM, "\n" line ends) through <paramref name="write"/>; see <see cref="Write(string, string, Action{Stream})"/>.</summary>
    public static string WriteText(string path, string command, Action<TextWriter> write)
    {
        Check(path, command);
        AtomicFile.WriteText(path, write);
        Record(path, command);
        return Path.GetFullPath(path);
    }

    /// <summary>Writes <paramref name="text"/> as the whole file; see <see cref="Write(string, string, Action{Stream})"/>.</summary>
    public static string WriteText(string path, string command, string text) => WriteText(path, command, w => w.Write(text));

    /// <summary>Lists the file in its folder's marker as written by <paramref name="command"/> (other entries kept).</summary>
    public static void Record(string path, string command)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var marker = OutputMarker.Read(folder) ?? new OutputMarker();
        if (marker.Files.TryGetValue(Path.GetFileName(full), out var known) && known == command) return;
        marker.Files[Path.GetFileName(full)] = command;
        marker.Write(folder);
    }
}
