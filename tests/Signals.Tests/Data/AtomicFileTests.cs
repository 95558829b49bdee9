using Signals.Data;

namespace Signals.Tests.Data;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_next_write_deletes_only_the_kits_temp_files_a_killed_writer_left()
    {
        var target = _files.PathOf("scores.csv");
        // What a write killed before its rename leaves: ".NAME.GUID.tmp", last written before this process started.
        var stale = _files.Write($".scores.csv.{Guid.NewGuid():N}.tmp", "half");
        File.SetLastWriteTimeUtc(stale, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        // A write of another process still under way (written after this process started): left alone.
        var live = _files.Write($".scores.csv.{Guid.NewGuid():N}.tmp", "in progress");
        // The user's files that only look alike, however old: left alone.
        string[] users = [_files.Write("scores.csv.tmp", "mine"), _files.Write(".scores.csv.backup.tmp", "mine"), _files.Write($".other.csv.{Guid.NewGuid():N}.tmp", "mine")];
        foreach (var u in users) File.SetLastWriteTimeUtc(u, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        AtomicFile.WriteText(target, "id,score\n");

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.All(users, u => Assert.Equal("mine", File.ReadAllText(u)));
        Assert.Equal("id,score\n", File.ReadAllText(target));
        Assert.Equal(
            users.Append(live).Append(target).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(_files.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
