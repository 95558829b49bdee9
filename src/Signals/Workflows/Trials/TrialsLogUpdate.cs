namespace Signals.Workflows.Trials;

/// <summary>The trials file after one run was recorded.</summary>
/// <param name="Path">The full path of the trials file.</param>
/// <param name="Trials">Every trial in the file, in first-run order.</param>
/// <param name="Recorded">This run's trial (new or updated).</param>
/// <param name="IsNew">False when the configuration had been run before (the count did not grow).</param>
public sealed record TrialsLogUpdate(string Path, IReadOnlyList<StudyTrial> Trials, StudyTrial Recorded, bool IsNew);
