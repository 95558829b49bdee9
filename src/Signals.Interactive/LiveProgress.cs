using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Signals.Interactive.Formatters;
using Signals.Sentiment;

namespace Signals.Interactive;

/// <summary>A progress bar shown in the notebook cell that creates it and updated in place: pass it wherever the
/// library takes an <see cref="IProgress{T}"/> (scoring takes <see cref="ScoringProgress"/>; anything else can report
/// <c>(done, total)</c>). Outside a notebook cell it does nothing.</summary>
/// <remarks>Updates are published as kernel events under an id of our own: the kernel's <c>DisplayedValue.Update</c>
/// in .NET Interactive 1.0.0-beta.26120.1 publishes the update under a different id than the display it came from,
/// so front ends cannot match the two.</remarks>
public sealed class LiveProgress : IProgress<ScoringProgress>, IProgress<(int Done, int Total)>
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(200);

    private readonly string _title;
    private readonly KernelInvocationContext? _context;
    private readonly string _displayId = "signals-progress-" + Guid.NewGuid().ToString("N");
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan? _lastShown;

    private LiveProgress(string title)
    {
        _title = title;
        _context = KernelInvocationContext.Current;
        if (_context is not null)
            _context.Publish(new DisplayedValueProduced(this, _context.Command, Render(new ScoringProgress(0, 0)), _displayId));
    }

    /// <summary>Shows an empty progress bar under the current cell and returns it.</summary>
    public static LiveProgress Show(string title) => new(title);

    /// <summary>The last progress reported (the final counts once the work is done).</summary>
    public ScoringProgress Last { get; private set; }

    public void Report((int Done, int Total) value) => Report(new ScoringProgress(value.Done, value.Total));

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
            _context?.Publish(new DisplayedValueUpdated(this, _displayId, _context.Command, Render(value)));
        }
    }

    private IReadOnlyCollection<FormattedValue> Render(ScoringProgress p)
    {
        var elapsed = _clock.Elapsed.TotalSeconds;
        var parts = new List<string> { $"{p.Completed}/{p.Total}" };
        if (p.Failed > 0) parts.Add($"{p.Failed} failed");
        if (p.Cached > 0) parts.Add($"{p.Cached} cached");
        if (p.CostUsd > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"${p.CostUsd:0.0000}"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{elapsed:0.0} s"));
        var text = $"{_title}: {string.Join(" · ", parts)}";
        var max = Math.Max(p.Total, 1);
        var html = $"<div class=\"signals-progress\"><progress value=\"{p.Completed}\" max=\"{max}\" style=\"width:20em\"></progress> {HtmlTable.Encode(text)}</div>";
        return [new FormattedValue(HtmlFormatter.MimeType, html), new FormattedValue(PlainTextFormatter.MimeType, text)];
    }

    public override string ToString() => _title;
}
