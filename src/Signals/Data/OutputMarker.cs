using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signals.Data;

/// <summary>
/// The kit's own record in an output folder, <c>.signals-output.json</c>: which files in the folder the kit wrote and
/// with which command. It is how the kit tells its output from the user's files — a file not listed is never
/// replaced or removed. A temporary build folder carries one too (state "building", with the writing process), so a
/// build left behind by a killed run can be recognised and cleaned by the next run.
/// </summary>
internal sealed class OutputMarker
{
    public const string FileName = ".signals-output.json";
    private const string Writer = "signals";

    /// <summary>Relative path ("/"-separated) → the command that wrote it.</summary>
    public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Set on a temporary build folder: the target folder's name and the process building it.</summary>
    public string? BuildingFor { get; init; }
    public int ProcessId { get; init; }
    public DateTime ProcessStartUtc { get; init; }

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    /// <summary>The folder's marker, or null when it has none (or an unreadable one, which the kit treats as none).</summary>
    public static OutputMarker? Read(string folder)
    {
        var path = PathIn(folder);
        if (!File.Exists(path)) return null;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject();
            if (root is null || (string?)root["writer"] != Writer) return null;
            var marker = new OutputMarker
            {
                BuildingFor = (string?)root["buildingFor"],
                ProcessId = (int?)root["processId"] ?? 0,
                ProcessStartUtc = root["processStartUtc"] is { } started ? started.GetValue<DateTime>() : default,
            };
            if (root["files"] is JsonArray files)
                foreach (var f in files.OfType<JsonObject>())
                    if ((string?)f["path"] is { Length: > 0 } p) marker.Files[p] = (string?)f["command"] ?? "";
            return marker;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public void Write(string folder)
    {
        var files = new JsonArray();
        foreach (var (path, command) in Files) files.Add(new JsonObject { ["path"] = path, ["command"] = command });
        var root = new JsonObject { ["writer"] = Writer };
        if (BuildingFor is not null)
        {
            root["buildingFor"] = BuildingFor;
            root["processId"] = ProcessId;
            root["processStartUtc"] = ProcessStartUtc;
        }
        root["note"] = "Written by the Signals kit: the files listed here are its output; any other file in this folder is left alone.";
        root["files"] = files;
        AtomicFile.WriteText(PathIn(folder), root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>A marker for a temporary build folder, naming this process so a live build is never taken for a stale one.</summary>
    public static OutputMarker ForBuild(string target)
    {
        using var self = Process.GetCurrentProcess();
        return new OutputMarker { BuildingFor = target, ProcessId = self.Id, ProcessStartUtc = self.StartTime.ToUniversalTime() };
    }

    /// <summary>True when the process that made this build marker is gone (the build was abandoned).</summary>
    public bool BuilderIsGone()
    {
        try
        {
            using var p = Process.GetProcessById(ProcessId);
            return Math.Abs((p.StartTime.ToUniversalTime() - ProcessStartUtc).TotalSeconds) > 1;
        }
        catch (ArgumentException) { return true; }          // no such process
        catch (InvalidOperationException) { return true; }   // exited meanwhile
    }

    /// <summary>A relative path with "/" separators, the form the marker lists.</summary>
    public static string Relative(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
}
