namespace Signals.Workflows.Health;

/// <summary>How far a health check trusts the study: ok, worth a look, or a result not to act on.</summary>
public enum HealthStatus
{
    /// <summary>Nothing to report.</summary>
    Ok,
    /// <summary>The figures stand, but read them with this in mind.</summary>
    Warn,
    /// <summary>The figures are artefacts of the data or the setup: do not act on them.</summary>
    Fail,
}
