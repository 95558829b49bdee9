namespace Signals.SampleData;

/// <summary>When a company habitually reports earnings.</summary>
internal enum EarningsSlot { BeforeOpen, AfterClose }

/// <summary>
/// The hidden parameters behind one company's prices and news: factor loadings, volatility, size, and the
/// habits a newsroom would know (when it reports, what it earns, what it pays).
/// </summary>
internal sealed record CompanyProfile(
    SampleCompany Company,
    int Index,
    int SectorIndex,
    double MarketBeta,
    double SectorBeta,
    double IdiosyncraticSigma,
    double StartPrice,
    double AverageVolume,
    EarningsSlot EarningsSlot,
    int EarningsLag,
    double QuarterlyEps,
    double QuarterlyRevenueMillions,
    double QuarterlyDividend)
{
    private static readonly double[] SectorMarketBeta = [1.25, 0.80, 1.10, 0.90, 1.00, 1.05];
    private static readonly double[] SectorIdioSigma = [0.016, 0.017, 0.011, 0.013, 0.015, 0.012];

    public static CompanyProfile[] Draw(Random rng)
    {
        var companies = SampleUniverse.Companies;
        var profiles = new CompanyProfile[companies.Count];
        for (int i = 0; i < companies.Count; i++)
        {
            var c = companies[i];
            int sector = IndexOfSector(c.Sector);
            double price = Math.Exp(rng.Uniform(Math.Log(18), Math.Log(320)));
            // Cheaper stocks trade more shares: dollar volume varies less across names than share volume.
            double dollarVolume = Math.Exp(rng.Uniform(Math.Log(40e6), Math.Log(900e6)));
            double eps = Math.Round(price / rng.Uniform(14, 30) / 4, 2);
            double revenue = Math.Round(rng.Uniform(180, 6500), 1);
            double dividend = sector == 0 || sector == 1 ? (rng.Chance(0.35) ? Math.Round(eps * rng.Uniform(0.2, 0.4), 2) : 0)
                : Math.Round(eps * rng.Uniform(0.25, 0.6), 2);
            profiles[i] = new CompanyProfile(
                c, i, sector,
                MarketBeta: SectorMarketBeta[sector] + rng.Uniform(-0.25, 0.25),
                SectorBeta: rng.Uniform(0.7, 1.3),
                IdiosyncraticSigma: SectorIdioSigma[sector] * rng.Uniform(0.8, 1.2),
                StartPrice: price,
                AverageVolume: Math.Max(50_000, dollarVolume / price),
                EarningsSlot: rng.Chance(0.55) ? EarningsSlot.AfterClose : EarningsSlot.BeforeOpen,
                EarningsLag: rng.Next(0, 22),
                QuarterlyEps: Math.Max(0.05, eps),
                QuarterlyRevenueMillions: revenue,
                QuarterlyDividend: Math.Max(0, dividend));
        }
        return profiles;
    }

    private static int IndexOfSector(string sector)
    {
        for (int s = 0; s < SampleUniverse.Sectors.Count; s++)
            if (SampleUniverse.Sectors[s] == sector) return s;
        throw new ArgumentException($"Unknown sector '{sector}'.");
    }
}
