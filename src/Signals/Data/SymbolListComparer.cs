namespace Signals.Data;

/// <summary>Symbol lists equal when they name the same symbols in the same order (ordinal).</summary>
internal sealed class SymbolListComparer : IEqualityComparer<IReadOnlyList<string>>
{
    public static readonly SymbolListComparer Instance = new();

    public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Count != y.Count) return false;
        for (int k = 0; k < x.Count; k++)
            if (!string.Equals(x[k], y[k], StringComparison.Ordinal)) return false;
        return true;
    }

    public int GetHashCode(IReadOnlyList<string> list)
    {
        var hash = new HashCode();
        foreach (var s in list) hash.Add(s, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
