using Signals.Backtesting.Costs;
using Signals.Data;
using Signals.Tests.SampleData;

namespace Signals.Tests.Backtesting.Costs;

/// <summary>The sample's quoted half-spreads (universe.csv) reach the cost model and are what it charges.</summary>
public sealed class QuotedSpreadCostTests
{
    [Fact]
    public void The_cost_model_charges_each_names_quoted_half_spread_from_the_sample_universe()
    {
        var sample = CommittedSample.Load();
        var prices = sample.Panel.Slice(0, 60);
        var spreads = sample.UniverseTable.HalfSpreadBps(prices);
        int tight = Array.IndexOf(prices.Symbols, "IBGC"), wide = Array.IndexOf(prices.Symbols, "TRNM");
        double tightBps = sample.UniverseTable.Find("IBGC")!.HalfSpreadBps!.Value, wideBps = sample.UniverseTable.Find("TRNM")!.HalfSpreadBps!.Value;
        Assert.True(wideBps > 3 * tightBps, $"TRNM {wideBps} bps vs IBGC {tightBps} bps");

        var weights = new Panel(prices.Dates, prices.Symbols, new double[prices.DayCount * prices.SymbolCount]);
        weights[40, tight] = 0.3;
        weights[40, wide] = -0.2;
        const double capital = 1_000_000;
        var quoted = CostedPortfolio.Run(prices, weights, capital, new MarketCostModel { HalfSpreadBpsPanel = spreads });
        var flat = CostedPortfolio.Run(prices, weights, capital, new MarketCostModel());

        // Nothing traded before day 40, so equity is still the capital there and notional = |Δw| · capital.
        double expected = (tightBps * 0.3 + wideBps * 0.2) * 1e-4 * capital;
        Assert.Equal(expected / capital, quoted.DailyCosts[40].Spread, 12);
        Assert.Equal(2e-4 * 0.5, flat.DailyCosts[40].Spread, 12);    // the flat default: 2 bps on every unit
        // Only the spread differs between the two runs that day.
        Assert.Equal(flat.DailyCosts[40].Impact, quoted.DailyCosts[40].Impact, 15);
        Assert.Equal(flat.DailyCosts[40].Commission, quoted.DailyCosts[40].Commission, 15);
    }

    [Fact]
    public void A_name_without_a_quoted_spread_falls_back_to_the_flat_half_spread()
    {
        var prices = TinyPanels.FromOpens([Enumerable.Range(0, 30).Select(i => 50 + Math.Sin(i)).ToArray(), Enumerable.Range(0, 30).Select(i => 80 + Math.Cos(i)).ToArray()]);
        var universe = new UniverseTable([new UniverseMember("AAA", "A", null, 9)]);     // BBB unlisted
        var weights = new Panel(prices.Dates, prices.Symbols, new double[60]);
        weights[25, 0] = 0.5;
        weights[25, 1] = 0.5;
        var run = CostedPortfolio.Run(prices, weights, 100_000, new MarketCostModel(HalfSpreadBps: 4) { HalfSpreadBpsPanel = universe.HalfSpreadBps(prices) });
        Assert.Equal((9 + 4) * 1e-4 * 0.5, run.DailyCosts[25].Spread, 12);
    }
}
