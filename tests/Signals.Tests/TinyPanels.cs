using Signals.Data;

namespace Signals.Tests;

/// <summary>Small hand-made bar panels for tests: weekdays from 2020-01-02, symbols AAA, BBB, ...</summary>
internal static class TinyPanels
{
    public static DateOnly[] Weekdays(int count) => Analytics.AnalyticsFixtures.TradingDays(count);

    public static string[] Symbols(int count) => Enumerable.Range(0, count).Select(i => new string((char)('A' + i), 3)).ToArray();

    /// <summary>Every price field equals the given series (one array per symbol); volume 1,000,000.</summary>
    public static BarPanel FromOpens(double[][] perSymbol)
    {
        int days = perSymbol[0].Length, symbols = perSymbol.Length;
        var dates = Weekdays(days);
        var names = Symbols(symbols);
        var values = new double[days * symbols];
        var volume = new double[days * symbols];
        for (int d = 0; d < days; d++)
            for (int s = 0; s < symbols; s++) { values[d * symbols + s] = perSymbol[s][d]; volume[d * symbols + s] = 1_000_000; }
        Panel P() => new(dates, names, (double[])values.Clone());
        return new BarPanel(dates, names, P(), P(), P(), P(), new Panel(dates, names, volume));
    }
}
