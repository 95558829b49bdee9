namespace Signals.SampleData;

/// <summary>Headline templates for company events: deals, courts and regulators, products, people, capital.</summary>
internal static class CorporateHeadlines
{
    public static readonly string[] Acquisition =
    [
        "{co} to acquire {target} for {dealsize}",
        "{co} [agrees to buy|strikes deal for|snaps up] {target} in {dealsize} [deal|transaction]",
        "{co} [announces|completes] acquisition of {target}[| to expand {product} lineup]",
        "{short} [buys|acquires] {target}, [adding|bolstering] {product} [capabilities|business]",
        "{name} Enters Definitive Agreement to Acquire {target}",
    ];

    public static readonly string[] TakeoverInterest =
    [
        "{co} [explores|weighs|considers] sale after [takeover interest|approaches from suitors][|, sources say]",
        "{co} receives [buyout|takeover] [offer|approach] from [private equity firm|rival] {suitor}[|, people familiar say]",
        "{suitor} [makes|submits] {dealsize} bid for {short}",
        "{co} [said to be|reportedly] in [talks|advanced talks] to be acquired by {suitor}",
        "{co} [hires advisers|works with advisers] to [explore strategic options|field takeover interest]",
    ];

    public static readonly string[] DealCollapse =
    [
        "{co} [terminates|walks away from] [planned|proposed] {target} deal",
        "{co} [takeover|buyout] talks with {suitor} [collapse|break down|end without a deal]",
        "{suitor} [drops|withdraws] bid for {short}[|, people familiar say]",
        "Regulators [block|challenge] {short}'s {dealsize} purchase of {target}",
    ];

    public static readonly string[] Lawsuit =
    [
        "{co} [sued|hit with lawsuit] by {plaintiff} [over|alleging] {allegation}",
        "[Suit|Class action] filed against {short} by {plaintiff} [over|alleging] {allegation}",
        "{co} faces [class action|shareholder lawsuit|new lawsuit] over {allegation}",
        "Jury [finds|rules] against {short} in {allegation} case; [damages|award] of {amount}",
        "Court [denies|rejects] {short}'s motion to dismiss {allegation} suit",
    ];

    public static readonly string[] RegulatoryProbe =
    [
        "{regulator} [opens|launches] [probe|investigation|inquiry] into {co}[| over {allegation}]",
        "{co} [discloses|says it received] {regulator} subpoena[| related to {allegation}]",
        "{co} under {regulator} [scrutiny|review] [over|for] {allegation}",
        "{regulator} [widens|expands] [probe|investigation] of {short}",
    ];

    public static readonly string[] Settlement =
    [
        "{co} [settles|resolves] {allegation} [suit|case|dispute] for {amount}",
        "{co} reaches {amount} settlement with {plaintiff}",
        "{co} [wins|prevails in] {allegation} case; court [dismisses|tosses] [claims|suit]",
        "{regulator} [closes|ends] [probe|inquiry] into {short} without action",
    ];

    public static readonly string[] Approval =
    [
        "{approver} [approves|clears|grants approval for] {short}'s {product}",
        "{co} [wins|receives|secures] {approver} [approval|clearance] for {product}",
        "{co} {product} [gets|receives] [green light|nod|approval] from {approver}",
        "{co} [reports|announces] positive {milestone} for {product}",
    ];

    public static readonly string[] Rejection =
    [
        "{approver} [rejects|declines to approve|turns down] {short}'s {product}",
        "{co} [receives|gets] {approver} [rejection|complete response letter|setback] for {product}",
        "{co} {product} [fails|misses] [primary endpoint|key goal|certification test][| in {milestone}]",
        "{approver} [delays|pushes back] decision on {short}'s {product}",
    ];

    public static readonly string[] ProductLaunch =
    [
        "{co} [launches|unveils|introduces|rolls out] {product}",
        "{co} [debuts|unveils] new {product}[| aimed at {customer}]",
        "{name} Announces General Availability of {product}",
        "{co} expands {product} [to new markets|nationwide|into Europe]",
    ];

    public static readonly string[] Recall =
    [
        "{co} [recalls|issues recall of] {product}[| over safety concerns| after defect reports]",
        "{co} [halts|pauses|suspends] {product} [shipments|sales|production][| after quality issues]",
        "{co} [issues|expands] recall affecting {units} units of {product}",
    ];

    public static readonly string[] ContractWin =
    [
        "{co} [wins|lands|secures|awarded] {contract} contract from {customer}",
        "{co} [signs|inks] [multi-year|long-term] {product} deal with {customer}",
        "{customer} [picks|selects|taps] {short} for {contract} {product} [order|contract]",
        "{name} Awarded {contract} Contract[| for {product}]",
        "{co} [expands|extends] partnership with {customer}[|, worth up to {contract}]",
    ];

    public static readonly string[] Disruption =
    [
        "{co} [hit by|reports|suffers] {disruption}",
        "{co} [says|warns] {disruption} [will weigh on|to dent] {q} [results|sales]",
        "{co} [scrambles to contain|struggles with] {disruption}",
    ];

    public static readonly string[] ExecutiveDeparture =
    [
        "{co} CEO {person} [to step down|resigns|departs][| unexpectedly| effective immediately]",
        "{co} CFO {person} [resigns|leaves|exits][| after {tenure} years]",
        "{co} [ousts|parts ways with] CEO {person}[| after board review]",
        "{co} [announces|says] departure of {role} {person}; [search for successor underway|interim chief named]",
    ];

    public static readonly string[] ExecutiveAppointment =
    [
        "{co} [names|appoints|taps] {person} as {role}",
        "{name} Appoints {person} {role}[| Effective {month} 1]",
        "{co} [hires|picks] [industry veteran|former {peer} executive] {person} as {role}",
        "{co} [names|promotes] {person} to {role}[|, succeeding {person2}]",
    ];

    public static readonly string[] Buyback =
    [
        "{co} [announces|authorizes|approves] {buyback} share [repurchase|buyback][| program]",
        "{co} [adds|tacks on] {buyback} to [buyback|share repurchase] [plan|authorization]",
        "{name} Board Authorizes New {buyback} Share Repurchase Program",
        "{co} [launches|unveils] {buyback} accelerated share repurchase",
    ];

    public static readonly string[] DividendRaise =
    [
        "{co} raises quarterly dividend [to {div} from {old_div}|by {div_change}]",
        "{co} [boosts|hikes|lifts] dividend {div_change} to {div} a share",
        "{name} Increases Quarterly Dividend to {div} Per Share",
    ];

    public static readonly string[] DividendCut =
    [
        "{co} [cuts|slashes|reduces] quarterly dividend to {div} from {old_div}",
        "{co} [suspends|halts] dividend[| to preserve cash| amid {weakness}]",
        "{co} [lowers|trims] payout[| as {weakness} [weighs|pressures cash flow]]",
    ];

    public static readonly string[] EquityOffering =
    [
        "{co} [launches|prices|announces] {shares} [stock|share|common stock] offering[| at {offer_price}]",
        "{co} [to sell|plans to sell|raises cash with] {shares}[| in secondary offering]",
        "{name} Announces Proposed Public Offering of Common Stock",
        "{co} prices {shares} [offering|follow-on] at {offer_price}, [a discount to|below] last close",
        "{co} [files for|announces] {dealsize} at-the-market equity program",
    ];

    public static readonly string[] DebtOffering =
    [
        "{co} prices {notes_size} of senior notes due {notes_year}",
        "{name} Announces Pricing of {notes_size} Senior Notes Offering",
        "{co} [sells|issues] {notes_size} in [bonds|senior notes][| at {coupon}]",
        "{co} [refinances|amends] {notes_size} credit facility",
    ];

    public static readonly string[] StockSplit =
    [
        "{co} [announces|approves|declares] {split} stock split",
        "{name} Board Approves {split} Stock Split",
    ];

    public static readonly string[] IndexInclusion =
    [
        "{co} [to join|set to join|added to] the {index}",
        "{co} [will replace|replaces] {other_co} in the {index}",
    ];
}
