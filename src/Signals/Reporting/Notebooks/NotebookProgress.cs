using System.Diagnostics;
using System.Globalization;
using Signals.Sentiment;

namespace Signals.Reporting.Notebooks;

/// <summary>Progress of long work in a notebook cell, for every <see cref="IProgress{T}"/> parameter of the kit (scoring
/// takes <see cref="ScoringProgress"/>, sweeps and walk-forward <c>(done, total)</c>). <see cref="Show"/> gives whatever
/// the host shows: a live bar in a notebook kernel (Signals.Interactive sets <see cref="Host"/>), the final bar on a
/// notebook page run as a file-based app, lines on stderr anywhere else. Notebooks call only <see cref="Show"/>, so the
/// same cell runs in every host.</summary>
public abstract class NotebookProgress : IProgress<ScoringProgress>, IProgress<(int Done, int Total)>
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan? _lastShown;

    /// <summary>A progress display headed <paramref name="title"/>; hosts subclass it.</summary>
    protected NotebookProgress(string title) => Title = title;

    /// <summary>Makes the progress of the current host; null shows progress as lines on stderr.</summary>
    public static Func<string, NotebookProgress>? Host { get; set; }

    /// <summary>Progress under the current cell (or on stderr outside a notebook).</summary>
    public static NotebookProgress Show(string title) => Host?.Invoke(title) ?? new StderrProgress(title);

    /// <summary>What the work is called, shown before the counts.</summary>
    public string Title { get; }

    /// <summary>The last progress reported (the final counts once the work is done).</summary>
    public ScoringProgress Last { get; private set; }

    /// <summary>Reports done out of total (sweeps, walk-forward) as scoring progress without failures or cache hits.</summary>
    public void Report((int Done, int Total) value) => Report(new ScoringProgress(value.Done, value.Total));

    /// <summary>Records <paramref name="value"/> and shows it at most every 200 ms (always the final one); a late report from a parallel worker never moves the bar back.</summary>
    public void Report(ScoringProgress value)
    {
        lock (_gate)
        {
            // Out-of-order reports from parallel workers must not move the bar backwards.
            if (value.Completed < Last.Completed && value.Total == Last.Total) return;
            Last = value;
            var now = _clock.Elapsed;
            bool finished = value.Total > 0 && value.Completed >= value.Total;
            if (!finished && _lastShown is { } last && now - last < MinInterval) return;
            _lastShown = now;
            Shown(value, finished);
        }
    }

    /// <summary>Shows <paramref name="value"/> (called at most every 200 ms, and always for the final report).</summary>
    protected abstract void Shown(ScoringProgress value, bool finished);

    /// <summary>"Scoring: 40/40 · 3 cached · 1.2 s".</summary>
    public string Text(ScoringProgress p)
    {
        var parts = new List<string> { $"{p.Completed}/{p.Total}" };
        if (p.Failed > 0) parts.Add($"{p.Failed} failed");
        if (p.Cached > 0) parts.Add($"{p.Cached} cached");
        if (p.CostUsd > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"${p.CostUsd:0.0000}"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{_clock.Elapsed.TotalSeconds:0.0} s"));
        return $"{Title}: {string.Join(" · ", parts)}";
    }

    /// <summary>The bar as HTML: the same in a kernel cell and on a notebook page.</summary>
    public string Html(ScoringProgress p) =>
        $"<div class=\"signals-progress\"><progress value=\"{p.Completed}\" max=\"{Math.Max(p.Total, 1)}\" style=\"width:20em\"></progress> {HtmlText.Escape(Text(p))}</div>";

    /// <summary>The title.</summary>
    public override string ToString() => Title;

    private sealed class StderrProgress(string title) : NotebookProgress(title)
    {
        private DateTime _lastLine;

        protected override void Shown(ScoringProgress value, bool finished)
        {
            if (!finished && DateTime.UtcNow - _lastLine < TimeSpan.FromSeconds(2)) return;
            _lastLine = DateTime.UtcNow;
            Console.Error.WriteLine(Text(value));
        }
    }
}
