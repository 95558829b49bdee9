namespace Signals.SampleData;

/// <summary>
/// The effect hidden in the sample data, so that research code can be checked against a known answer.
/// Every headline has a latent tone τ in [-1, 1] (news_truth.csv). For each symbol it names:
/// <list type="bullet">
/// <item>a jump of <see cref="JumpPerTone"/>·τ in log price the moment the market can react — in the overnight
/// gap into its reaction day's open if it appears outside the session, in that day's open→close if during it.
/// The jump is over before anyone can trade on the headline; a backtest that seems to catch it has looked ahead.</item>
/// <item>a drift of <see cref="DriftPerTone"/>·<see cref="DriftWeights"/>[k]·τ added to the open→close log return of
/// trading day D+k (k = 0…4), where D is the headline's decision day: the first session whose 09:30 open comes
/// strictly after the headline. That is the tradable part: it sits inside the open(D+k)→open(D+k+1) return.</item>
/// </list>
/// Effects of several headlines add up. Headlines with τ = 0 (routine items, chatter, price-move reports,
/// reiterations) move nothing.
/// </summary>
public static class PlantedEffect
{
    /// <summary>Immediate log-price reaction per unit of tone.</summary>
    public const double JumpPerTone = 0.025;

    /// <summary>Total log-price drift per unit of tone after the decision point, spread by <see cref="DriftWeights"/>.</summary>
    public const double DriftPerTone = 0.009;

    /// <summary>Share of the drift on the decision day D and the four trading days after it (sums to 1).</summary>
    public static IReadOnlyList<double> DriftWeights { get; } = [0.45, 0.25, 0.15, 0.10, 0.05];
}
