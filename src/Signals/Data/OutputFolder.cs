namespace Signals.Data;

/// <summary>
/// An output folder claimed for one command's run. The kit writes only what it owns:
/// <list type="bullet">
/// <item>a folder that exists and is not empty must be one the kit wrote (it holds the kit's
/// <c>.signals-output.json</c> marker), otherwise it is refused — never wiped;</item>
/// <item>a folder that is, or contains, an input of the run is refused;</item>
/// <item>a rerun replaces the files the same command wrote last time (the marker lists them) and leaves every other
/// file in the folder alone;</item>
/// <item>the new files are built whole in a hidden sibling (<c>.NAME.GUID.tmp</c>, marked as a build of this
/// process) and moved in at the end, so a failure leaves the folder as it was; a build a killed run left behind is
/// deleted by the next claim of the same folder.</item>
/// </list>
/// <see cref="Claim"/> runs every check and creates the build folder before any expensive work, so a refused or
/// unwritable output costs nothing; <see cref="Commit"/> writes at the end.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The name of the kit's marker file in each folder it writes.</summary>
    public const string MarkerFile = OutputMarker.FileName;

    private readonly string _build;
    private bool _done;

    private OutputFolder(string path, string command, string build)
    {
        FullPath = path;
        Command = command;
        _build = build;
    }

    /// <summary>The output folder's full path.</summary>
    public string FullPath { get; }

    /// <summary>The command that owns this run's files (recorded in the marker, e.g. "study").</summary>
    public string Command { get; }

    /// <summary>
    /// Checks that <paramref name="folder"/> may receive <paramref name="command"/>'s output and prepares the build
    /// folder; throws <see cref="OutputRefusedException"/> (before any work) when it may not.
    /// </summary>
    /// <param name="inputs">The run's input files and folders: the output may be neither one of them nor hold one.</param>
    public static OutputFolder Claim(string folder, string command, IEnumerable<string>? inputs = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(full))
            throw new OutputRefusedException($"--out '{folder}' is a file; give a folder for the {command} output.");
        if (Path.GetDirectoryName(full) is not { } parent)
            throw new OutputRefusedException($"--out '{folder}' is a file-system root; give a folder of its own for the {command} output.");
        foreach (var input in inputs ?? [])
        {
            var inputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            if (IsSameOrInside(inputFull, full))
                throw new OutputRefusedException(
                    $"--out '{folder}' {(PathEquals(inputFull, full) ? "is" : "holds")} the input '{input}'; write the {command} output to a folder of its own.");
        }
        if (Directory.Exists(full)) CheckOwned(folder, full);

        CleanAbandonedBuilds(parent, Path.GetFileName(full));
        var build = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(build);
            OutputMarker.ForBuild(Path.GetFileName(full)).Write(build);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(build)) Directory.Delete(build, recursive: true);
            throw new OutputRefusedException($"--out '{folder}' cannot be written: {e.Message}");
        }
        return new OutputFolder(full, command, build);
    }

    /// <summary>Claims <paramref name="folder"/>, builds the output and commits it (for callers with no expensive work before the write).</summary>
    public static void Replace(string folder, string command, Action<string> build, IEnumerable<string>? inputs = null)
    {
        using var output = Claim(folder, command, inputs);
        output.Commit(build);
    }

    /// <summary>
    /// Runs <paramref name="build"/> on an empty temporary folder, then puts what it wrote in place: the whole folder in
    /// one rename when the target holds nothing but this command's previous output, otherwise file by file, replacing
    /// only this command's previous files (the marker lists every file at every step). On failure the target is as it was.
    /// </summary>
    public void Commit(Action<string> build)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            build(_build);
            var written = Directory.GetFiles(_build, "*", SearchOption.AllDirectories)
                .Select(f => OutputMarker.Relative(_build, f))
                .Where(f => f != MarkerFile)
                .ToList();
            var marker = Directory.Exists(FullPath) ? OutputMarker.Read(FullPath) : null;
            if (Directory.Exists(FullPath) && marker is null) CheckOwned(FullPath, FullPath);   // changed since the claim
            var previous = marker?.Files.Where(f => f.Value == Command).Select(f => f.Key).ToHashSet(StringComparer.Ordinal) ?? [];
            var others = marker?.Files.Where(f => f.Value != Command).ToList() ?? [];

            var final = new OutputMarker();
            foreach (var (path, command) in others) final.Files[path] = command;
            foreach (var path in written) final.Files[path] = Command;

            if (!Directory.Exists(FullPath))
            {
                final.Write(_build);
                Directory.Move(_build, FullPath);
            }
            else if (others.Count == 0 && OnlyListed(FullPath, previous))
                SwapWhole(final);
            else
                MoveFileByFile(marker!, previous, written, final);
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Deletes the build folder if the output was never committed.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        if (Directory.Exists(_build)) Directory.Delete(_build, recursive: true);
    }

    private void SwapWhole(OutputMarker final)
    {
        final.Write(_build);
        var parent = Path.GetDirectoryName(FullPath)!;
        var old = Path.Combine(parent, $".{Path.GetFileName(FullPath)}.{Guid.NewGuid():N}.old");
        Directory.Move(FullPath, old);
        try
        {
            Directory.Move(_build, FullPath);
        }
        catch
        {
            Directory.Move(old, FullPath);
            throw;
        }
        Directory.Delete(old, recursive: true);
    }

    private void MoveFileByFile(OutputMarker marker, HashSet<string> previous, List<string> written, OutputMarker final)
    {
        // A new file may replace only a file the kit wrote: a user's file of the same name stops the commit untouched.
        var clash = written.FirstOrDefault(f => File.Exists(Combine(FullPath, f)) && !marker.Files.ContainsKey(f));
        if (clash is not null)
            throw new OutputRefusedException($"'{Combine(FullPath, clash)}' was not written by signals; move it away to write the {Command} output here.");

        // While files move, the marker lists old and new, so a kill half-way leaves every kit file still accounted for.
        var during = new OutputMarker();
        foreach (var (path, command) in marker.Files) during.Files[path] = command;
        foreach (var path in written) during.Files[path] = Command;
        during.Write(FullPath);

        foreach (var file in written)
        {
            var target = Combine(FullPath, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Combine(_build, file), target, overwrite: true);
        }
        foreach (var stale in previous.Except(written, StringComparer.Ordinal))
        {
            var path = Combine(FullPath, stale);
            if (File.Exists(path)) File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!);
        }
        final.Write(FullPath);
    }

    /// <summary>A non-empty folder without the kit's marker is the user's: refused, naming a few of its files.</summary>
    private static void CheckOwned(string shown, string full)
    {
        if (OutputMarker.Read(full) is not null) return;
        var entries = Directory.GetFileSystemEntries(full);
        if (entries.Length == 0) return;
        var names = string.Join(", ", entries.Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(3));
        throw new OutputRefusedException(
            $"--out '{shown}' already holds files signals did not write ({names}{(entries.Length > 3 ? ", …" : "")}); "
            + "give a new or empty folder (signals never deletes files it did not write).");
    }

    /// <summary>True when the folder holds nothing but the marker and the given files (and the folders they are in).</summary>
    private static bool OnlyListed(string folder, HashSet<string> listed) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => OutputMarker.Relative(folder, f))
            .All(f => f == MarkerFile || listed.Contains(f))
        && Directory.GetDirectories(folder, "*", SearchOption.AllDirectories)
            .All(d => Directory.EnumerateFileSystemEntries(d, "*", SearchOption.AllDirectories).Any());

    /// <summary>
    /// Deletes hidden build and swap folders of <paramref name="name"/> that a killed run left in <paramref name="parent"/>:
    /// only ones named like the kit's (".NAME.GUID.tmp" / ".old") that carry its marker, and whose builder has exited.
    /// </summary>
    private static void CleanAbandonedBuilds(string parent, string name)
    {
        if (!Directory.Exists(parent)) return;
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(dir)[(name.Length + 2)..];
            if (suffix.Length != 36 || !Guid.TryParseExact(suffix[..32], "N", out _) || suffix[32..] is not (".tmp" or ".old")) continue;
            var marker = OutputMarker.Read(dir);
            if (marker is null) continue;
            if (marker.BuildingFor is not null && !marker.BuilderIsGone()) continue;   // another run is still building
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void RemoveEmptyFolders(string folder)
    {
        // Only folders the kit's files were in, and only when nothing else is left in them.
        while (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()
               && OutputMarker.Read(folder) is null && File.Exists(OutputMarker.PathIn(Path.GetDirectoryName(folder)!)))
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static string Combine(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static bool PathEquals(string a, string b) => string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static bool IsSameOrInside(string path, string folder) =>
        PathEquals(path, folder) || path.StartsWith(folder + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
