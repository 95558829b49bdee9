namespace Signals.Tests.SampleData;

/// <summary>The committed sample's quoted half-spreads look like a market's: 1–30 bps, tighter where more dollars trade.</summary>
public sealed class SampleSpreadTests
{
    [Fact]
    public void Every_name_has_a_half_spread_in_range_and_liquid_names_quote_tighter()
    {
        var sample = CommittedSample.Load();
        var members = sample.UniverseTable.Members;
        Assert.Equal(42, members.Count);
        Assert.All(members, m => Assert.InRange(m.HalfSpreadBps!.Value, 1, 30));

        // Mean dollar volume per name over the whole sample, against its half-spread: rank correlation clearly negative.
        var dollarVolume = sample.Series.ToDictionary(s => s.Symbol, s => Enumerable.Range(0, s.Count).Average(i => s.Close[i] * s.Volume[i]));
        double[] spread = members.Select(m => m.HalfSpreadBps!.Value).ToArray(), volume = members.Select(m => dollarVolume[m.Symbol]).ToArray();
        double rho = RankIc.Spearman(spread, volume);
        Assert.True(rho < -0.4, $"Spearman(half-spread, dollar volume) = {rho:0.00}");
        Assert.True(spread.Max() / spread.Min() > 4, "the widest quote is several times the tightest");
    }
}
