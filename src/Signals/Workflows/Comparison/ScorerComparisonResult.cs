namespace Signals.Workflows.Comparison;

/// <summary>Every scorer on the same labelled file (and, optionally, the same news and prices), side by side.</summary>
/// <param name="LabeledFile">The labelled file's path.</param>
/// <param name="Rows">Labelled rows.</param>
/// <param name="DuplicateRows">Rows repeating an earlier headline.</param>
/// <param name="NewsFile">The news file of the return side, if any.</param>
/// <param name="PricesFile">The prices file of the return side, if any.</param>
/// <param name="Scorers">One row per scorer, in the order given.</param>
/// <param name="RunUtc">When the comparison ran.</param>
public sealed record ScorerComparisonResult(string LabeledFile, int Rows, int DuplicateRows, string? NewsFile, string? PricesFile,
    IReadOnlyList<ScorerComparisonRow> Scorers, DateTimeOffset RunUtc);
