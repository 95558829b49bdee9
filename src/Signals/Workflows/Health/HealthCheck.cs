using System.Text.Json.Nodes;

namespace Signals.Workflows.Health;

/// <summary>One health check's verdict on a study: study.json's <c>{ "id", "status", "message" }</c>.</summary>
/// <param name="Id">The rule's stable id (e.g. "cross-sectional-spread").</param>
/// <param name="Status">Ok, warn or fail.</param>
/// <param name="Message">What was found, in numbers, and what it means for the figures.</param>
public sealed record HealthCheck(string Id, HealthStatus Status, string Message)
{
    /// <summary>An ok verdict.</summary>
    public static HealthCheck Ok(string id, string message) => new(id, HealthStatus.Ok, message);

    /// <summary>A warning.</summary>
    public static HealthCheck Warn(string id, string message) => new(id, HealthStatus.Warn, message);

    /// <summary>A failure: the figures are not to be acted on.</summary>
    public static HealthCheck Fail(string id, string message) => new(id, HealthStatus.Fail, message);

    /// <summary>The status as study.json spells it: "ok", "warn" or "fail".</summary>
    public string StatusText => Status switch { HealthStatus.Ok => "ok", HealthStatus.Warn => "warn", _ => "fail" };

    /// <summary>study.json's object for this check.</summary>
    public JsonObject ToJson() => new() { ["id"] = Id, ["status"] = StatusText, ["message"] = Message };
}
