using System.Text.Json.Nodes;

namespace Signals.Reporting;

/// <summary>
/// One research section of a report: a heading, a table of figures as text, charts, an optional note, and the same
/// figures machine-readable (<see cref="Data"/>, written to study.json under the section's <see cref="Id"/>). A
/// report is a list of these, so a new analysis adds a section without touching the others.
/// </summary>
public sealed record ReportSection(string Id, string Title)
{
    /// <summary>Label–value rows, values already formatted as text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Rows { get; init; } = [];
    /// <summary>Charts shown under the rows.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    /// <summary>A caveat or explanation shown with the section; null for none.</summary>
    public string? Note { get; init; }
    /// <summary>The section's figures as numbers, for study.json.</summary>
    public JsonObject Data { get; init; } = [];

    /// <summary>The section as a study.json node: id, title, note and data.</summary>
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["title"] = Title,
        ["note"] = Note,
        ["data"] = Data.DeepClone(),
    };
}
