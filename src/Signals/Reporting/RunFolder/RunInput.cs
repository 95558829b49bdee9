namespace Signals.Reporting;

/// <summary>An input file or folder of a run, by its role (prices, news, sentiment).</summary>
public sealed record RunInput(string Role, string Path)
{
    /// <summary>Data rows read from it, when the caller counted them.</summary>
    public long? Rows { get; init; }
    /// <summary>For prices: whether they were adjusted by the adjusted close (null: not prices, or not recorded).</summary>
    public bool? Adjusted { get; init; }
    /// <summary>Its SHA-256 (<see cref="Data.FileHash.Of"/>) when the caller has it already, e.g. from the study's provenance; null: hashed when the run folder is written.</summary>
    public string? Sha256 { get; init; }
}
