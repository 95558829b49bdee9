using Signals.Workflows.Trials;

namespace Signals.Tests.Workflows.Trials;

/// <summary>Studies sharing one cache record into one trials file at once: every trial is kept, every line intact.</summary>
public sealed class TrialsLogConcurrencyTests
{
    [Fact]
    public async Task Records_from_many_tasks_at_once_all_land_and_read_back_intact()
    {
        using var files = new TempFiles();
        var log = files.PathOf("work/trials.jsonl");
        const int writers = 8, each = 5;
        TrialConfiguration Config(int writer, int run) => new("lexicon", null, null, null, "sentiment-longshort",
            new Dictionary<string, string> { ["writer"] = writer.ToString(System.Globalization.CultureInfo.InvariantCulture), ["run"] = run.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new DateOnly(2020, 1, 2), new DateOnly(2020, 6, 30), "d");

        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() =>
        {
            start.Wait();
            for (int r = 0; r < each; r++)
            {
                TrialsLog.Record(log, Config(w, r), w + r / 10.0, 100, 252, DateTimeOffset.UnixEpoch);
                // The same configuration again: counted as a second run of one trial, not a second trial.
                if (r == 0) TrialsLog.Record(log, Config(w, r), w, 100, 252, DateTimeOffset.UnixEpoch);
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(tasks);

        var trials = TrialsLog.Load(log);   // strict: a torn or interleaved line would throw here
        Assert.Equal(writers * each, trials.Count);
        Assert.Equal(writers * each, trials.Select(t => t.Hash).Distinct().Count());
        for (int w = 0; w < writers; w++)
            for (int r = 0; r < each; r++)
            {
                var trial = Assert.Single(trials, t => t.Hash == Config(w, r).Hash);
                Assert.Equal(r == 0 ? 2 : 1, trial.Runs);
                Assert.Equal(r == 0 ? w : w + r / 10.0, trial.Sharpe);
            }
        Assert.Equal(writers * each, File.ReadAllLines(log).Length);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(log)!, "*.tmp"));
        Assert.True(File.Exists(TrialsLog.LockPath(log)));
        Assert.Equal(0, new FileInfo(TrialsLog.LockPath(log)).Length);
    }

    [Fact]
    public async Task A_lock_held_elsewhere_makes_a_record_wait_until_it_is_released()
    {
        using var files = new TempFiles();
        var log = files.PathOf("trials.jsonl");
        var config = new TrialConfiguration("lexicon", null, null, null, "sentiment-longshort", new Dictionary<string, string>(),
            new DateOnly(2020, 1, 2), new DateOnly(2020, 6, 30), "d");
        var other = new FileStream(TrialsLog.LockPath(log), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var record = Task.Run(() => TrialsLog.Record(log, config, 1.0, 100, 252, DateTimeOffset.UnixEpoch));
        await Task.Delay(300);
        Assert.False(record.IsCompleted);
        Assert.False(File.Exists(log));
        other.Dispose();
        await record.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(TrialsLog.Load(log));
    }
}
