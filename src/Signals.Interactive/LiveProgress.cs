using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Signals.Reporting.Notebooks;
using Signals.Sentiment;

namespace Signals.Interactive;

/// <summary>The kernel's <see cref="NotebookProgress"/>: a progress bar shown in the notebook cell that creates it and
/// updated in place. Outside a notebook cell it does nothing.</summary>
/// <remarks>Updates are published as kernel events under an id of our own: the kernel's <c>DisplayedValue.Update</c>
/// in .NET Interactive 1.0.0-beta.26120.1 publishes the update under a different id than the display it came from,
/// so front ends cannot match the two.</remarks>
public sealed class LiveProgress : NotebookProgress
{
    private readonly KernelInvocationContext? _context;
    private readonly string _displayId = "signals-progress-" + Guid.NewGuid().ToString("N");

    private LiveProgress(string title) : base(title)
    {
        _context = KernelInvocationContext.Current;
        _context?.Publish(new DisplayedValueProduced(this, _context.Command, Render(new ScoringProgress(0, 0)), _displayId));
    }

    /// <summary>Shows an empty progress bar under the current cell and returns it.</summary>
    public static new LiveProgress Show(string title) => new(title);

    protected override void Shown(ScoringProgress value, bool finished) =>
        _context?.Publish(new DisplayedValueUpdated(this, _displayId, _context.Command, Render(value)));

    private IReadOnlyCollection<FormattedValue> Render(ScoringProgress p) =>
        [new FormattedValue(HtmlFormatter.MimeType, Html(p)), new FormattedValue(PlainTextFormatter.MimeType, Text(p))];
}
