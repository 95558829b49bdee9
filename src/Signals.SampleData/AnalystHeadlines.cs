namespace Signals.SampleData;

/// <summary>Headline templates for sell-side research: rating changes, price targets, initiations.</summary>
internal static class AnalystHeadlines
{
    public static readonly string[] Upgrade =
    [
        "{firm} upgrades {co} to {new_rating} from {old_rating}[|, PT {pt}]",
        "{co} upgraded to {new_rating} at {firm}[| on {driver}]",
        "{co} [raised|lifted] to {new_rating} by {firm}; [price target|PT] {pt}",
        "{tkr} upgraded: {firm} [sees|cites] {driver}[| as catalyst]",
        "{firm} analyst {analyst} upgrades {short}, [says|sees] [risk/reward now favorable|upside to {pt}|worst is priced in]",
        "{co} [gets|wins] upgrade [at|from] {firm} as [valuation|setup] [looks|turns] attractive",
        "Analyst upgrade: {firm} moves {tkr} to {new_rating}",
    ];

    public static readonly string[] Downgrade =
    [
        "{firm} downgrades {co} to {new_rating} from {old_rating}[|, PT {pt}]",
        "{co} downgraded to {new_rating} at {firm}[| on {weakness}]",
        "{co} [cut|lowered] to {new_rating} by {firm}; [price target|PT] {pt}",
        "{tkr} downgraded: {firm} [flags|cites|warns of] {weakness}",
        "{firm} analyst {analyst} downgrades {short}, [says|sees] [valuation stretched|limited upside|estimates too high]",
        "{co} [hit with|gets] downgrade [at|from] {firm}[| as {weakness} [builds|mounts]]",
        "Analyst downgrade: {firm} moves {tkr} to {new_rating}",
    ];

    public static readonly string[] TargetRaise =
    [
        "{firm} raises {co} price target to {pt} from {old_pt}[|, keeps {rating}]",
        "{co} PT raised to {pt} from {old_pt} at {firm}",
        "{firm} [lifts|boosts|bumps up] {short} target to {pt}[|, cites {driver}]",
        "{tkr} price target [raised|increased] to {pt} at {firm}; {rating} rating [reiterated|maintained]",
        "{firm} analyst {analyst} [lifts|raises] {tkr} target to {pt}, sees {upside} upside",
    ];

    public static readonly string[] TargetCut =
    [
        "{firm} cuts {co} price target to {pt} from {old_pt}[|, keeps {rating}]",
        "{co} PT lowered to {pt} from {old_pt} at {firm}",
        "{firm} [trims|lowers|slashes] {short} target to {pt}[|, cites {weakness}]",
        "{tkr} price target [cut|reduced] to {pt} at {firm}; {rating} rating [reiterated|maintained]",
        "{firm} analyst {analyst} [cuts|lowers] {tkr} target to {pt} on {weakness}",
    ];

    public static readonly string[] InitiateBullish =
    [
        "{firm} initiates {co} at {bull_rating}, PT {pt}",
        "{co} [coverage initiated|started] at {firm} with {bull_rating} rating",
        "{firm} [starts|begins] {tkr} at {bull_rating}, [citing|on] {driver}",
        "New coverage: {firm} [bullish|positive] on {short}, target {pt}",
    ];

    public static readonly string[] InitiateNeutral =
    [
        "{firm} initiates {co} at {hold_rating}, PT {pt}",
        "{co} coverage [initiated|started] at {firm} with {hold_rating} rating",
        "{firm} [starts|begins] {tkr} at {hold_rating}, [says valuation fair|sees balanced risks]",
    ];

    public static readonly string[] InitiateBearish =
    [
        "{firm} initiates {co} at {bear_rating}, PT {pt}",
        "{co} coverage [initiated|started] at {firm} with {bear_rating} rating",
        "{firm} [starts|begins] {tkr} at {bear_rating}, [flags|citing] {weakness}",
    ];

    public static readonly string[] Reiterate =
    [
        "{firm} reiterates {rating} on {co}[|, PT {pt}]",
        "{firm} [keeps|maintains] {rating} rating on {tkr}[| ahead of {next_q} results]",
        "{co}: {firm} [reiterates|keeps] {rating}, {pt} target",
        "{firm} analyst {analyst} [stays|remains] at {rating} on {short}",
        "{firm} [hosts|held] investor meetings with {short} management; [keeps|maintains] {rating}",
    ];
}
