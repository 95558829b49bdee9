using System.Text.Json.Nodes;

namespace Signals.Analytics;

/// <summary>
/// Why some figures of a statistics record are undefined, by the figure's JSON (camelCase) name. A record that can
/// leave a figure undefined carries one of these beside its NaN fields (see <see cref="Statistic"/>).
/// </summary>
public sealed class UndefinedReasons : IEquatable<UndefinedReasons>
{
    private readonly Dictionary<string, string> _reasons;

    private UndefinedReasons(Dictionary<string, string> reasons) => _reasons = reasons;

    /// <summary>Every figure defined.</summary>
    public static UndefinedReasons None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The figures named in <paramref name="reasons"/> (name → reason); entries with a null reason are left out.</summary>
    public static UndefinedReasons Of(IEnumerable<KeyValuePair<string, string?>> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, reason) in reasons)
            if (reason is not null) map.TryAdd(name, reason);
        return map.Count == 0 ? None : new UndefinedReasons(map);
    }

    /// <summary>The undefined figures, name → reason.</summary>
    public IReadOnlyDictionary<string, string> ByName => _reasons;

    /// <summary>Whether any figure is undefined.</summary>
    public bool Any => _reasons.Count > 0;

    /// <summary>The reason figure <paramref name="name"/> is undefined, or null.</summary>
    public string? For(string name) => _reasons.GetValueOrDefault(name);

    /// <summary>
    /// Figure <paramref name="name"/> as a <see cref="Statistic"/>: undefined with its reason when one is recorded,
    /// else the value (a NaN nobody explained becomes <see cref="Statistic.NotComputable"/>).
    /// </summary>
    public Statistic Of(string name, double value) =>
        For(name) is { } reason ? Statistic.Undefined(reason) : Statistic.Of(value);

    /// <summary>The reasons as a JSON object (name → reason), or null when every figure is defined.</summary>
    public JsonObject? ToJson()
    {
        if (_reasons.Count == 0) return null;
        var json = new JsonObject();
        foreach (var (name, reason) in _reasons.OrderBy(p => p.Key, StringComparer.Ordinal)) json[name] = reason;
        return json;
    }

    /// <summary>Equal when the same figures are undefined for the same reasons (records holding these compare by content).</summary>
    public bool Equals(UndefinedReasons? other) =>
        other is not null && other._reasons.Count == _reasons.Count
        && _reasons.All(p => other._reasons.TryGetValue(p.Key, out var r) && r == p.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UndefinedReasons);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int hash = _reasons.Count;
        foreach (var (name, reason) in _reasons) hash ^= HashCode.Combine(name, reason);
        return hash;
    }
}
