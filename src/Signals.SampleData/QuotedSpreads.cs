namespace Signals.SampleData;

/// <summary>
/// Each company's quoted half-spread in bps: what a market order pays over the mid. Drawn on a stream of its own, after
/// every other part of the sample, so adding it moved no price, headline or tone.
/// </summary>
/// <remarks>
/// Spreads in bps narrow with dollar volume (roughly with its square root across listed US equities) and widen with
/// volatility; a one-cent tick puts a floor of half a cent over the price. The model: 6 bps at $100M a day and 1.4 %
/// idiosyncratic volatility, × √($100M / dollar volume) × (σ / 1.4 %) × a log-normal factor exp(0.3·z) for what size and
/// volatility leave unexplained; at least half a tick; clamped to 1–30 bps; one decimal.
/// </remarks>
internal static class QuotedSpreads
{
    public static double[] Draw(IReadOnlyList<CompanyProfile> profiles, Random rng)
    {
        var halfSpreads = new double[profiles.Count];
        for (int i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            double dollarVolume = p.AverageVolume * p.StartPrice;
            double bps = 6 * Math.Sqrt(100e6 / dollarVolume) * (p.IdiosyncraticSigma / 0.014) * Math.Exp(0.3 * rng.Normal());
            double halfTick = 0.005 / p.StartPrice * 1e4;
            halfSpreads[i] = Math.Round(Math.Clamp(Math.Max(bps, halfTick), 1, 30), 1, MidpointRounding.AwayFromZero);
        }
        return halfSpreads;
    }
}
