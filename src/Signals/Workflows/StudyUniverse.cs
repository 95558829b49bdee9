using Signals.Data;

namespace Signals.Workflows;

/// <summary>The traded panel and, when a benchmark symbol is named, that symbol's own one-column panel.</summary>
internal sealed record StudyUniverse(BarPanel Traded, BarPanel? Benchmark)
{
    /// <summary>Splits the benchmark symbol (if any) off the prices; it is compared against, never traded.</summary>
    public static StudyUniverse Split(BarPanel prices, string? benchmarkSymbol)
    {
        if (benchmarkSymbol is null) return new StudyUniverse(prices, null);
        int b = Array.IndexOf(prices.Symbols, benchmarkSymbol);
        if (b < 0) throw new ArgumentException($"benchmark '{benchmarkSymbol}' is not among the price symbols (add its prices, or use equal-weight)");
        var rest = Enumerable.Range(0, prices.SymbolCount).Where(s => s != b).ToArray();
        return new StudyUniverse(prices.Select(rest), prices.Select([b]));
    }
}
