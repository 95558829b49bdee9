namespace Signals.SampleData;

/// <summary>Headline templates around a quarterly report: the release, the numbers, the outlook, the call.</summary>
internal static class EarningsHeadlines
{
    /// <summary>The company's own release title: says nothing about how the quarter went.</summary>
    public static readonly string[] Release =
    [
        "{name} Reports {qlong} {year} Results",
        "{name} Announces {qlong} {year} Financial Results",
        "{name} Reports Financial Results for the {qlong} of {year}",
        "{name} Posts {qonly} {year} Results[| and Declares Quarterly Dividend]",
        "{name} Releases {qlong} {year} Earnings[| and Business Update]",
    ];

    public static readonly string[] Beat =
    [
        "{co} {beat_verb} {q} [profit|earnings|EPS] [estimates|expectations|forecasts][| on {driver}]",
        "{tkr} {q} adj. EPS {eps} vs. {est} est.; revenue {revb} vs. {revestb} est.",
        "{co} reports {q} [adjusted |]EPS of {eps}, [above|ahead of|topping] the {est} consensus",
        "{co} {q} [profit|earnings] {up_verb} as {driver} [lifts|boosts|drives] results",
        "{co} posts {good_adj} {qword} results, revenue up {growth}",
        "{co} {beat_verb} [Street|Wall Street|analyst] [views|estimates] with {q} revenue of {rev}",
        "{co} {qword} revenue {up_verb} {growth}, [beating|topping|ahead of] forecasts",
        "{short} earnings {beat_verb} [expectations|estimates][| as margins widen| on cost discipline| helped by {driver}]",
        "{tkr}: {q} EPS {eps} [beats|tops] by {eps_gap}; revenue {revb} [beats|tops] by {rev_gap}",
        "{co} [delivers|turns in] {good_adj} {q}[| as {driver} [accelerates|holds up]]",
        "[Earnings beat:|Results:] {co} {beat_verb} on {qword} [EPS|earnings] and revenue",
        "{co} {qword} net income rises to {netinc} from {netinc_prior}",
    ];

    public static readonly string[] Miss =
    [
        "{co} {miss_verb} {q} [profit|earnings|EPS] [estimates|expectations|forecasts][| on {weakness}]",
        "{tkr} {q} adj. EPS {eps} vs. {est} est.; revenue {revb} vs. {revestb} est.",
        "{co} reports {q} [adjusted |]EPS of {eps}, [below|short of|under] the {est} consensus",
        "{co} {q} [profit|earnings] {down_verb} as {weakness} [weighs|bites|hits results]",
        "{co} posts {bad_adj} {qword} results[| as {weakness} weighs]",
        "{co} {miss_verb} [Street|Wall Street|analyst] [views|estimates] with {q} revenue of {rev}",
        "{co} {qword} revenue {miss_verb} forecasts[| amid {weakness}]",
        "{tkr}: {q} EPS {eps} misses by {eps_gap}; revenue {revb} misses by {rev_gap}",
        "{short} earnings {miss_verb} [expectations|estimates][| as margins shrink| on higher costs| hurt by {weakness}]",
        "[Earnings miss:|Results:] {co} {miss_verb} on {qword} [EPS|earnings] and revenue",
        "{co} {qword} net income [falls|slides|drops] to {netinc} from {netinc_prior}",
        "{co} {q} margins [narrow|shrink|compress] as {weakness} [persists|lingers|deepens]",
    ];

    public static readonly string[] InLine =
    [
        "{co} {q} [results|earnings] [in line with|match|meet] [estimates|expectations|forecasts]",
        "{tkr} {q} adj. EPS {eps} vs. {est} est.; revenue {revb} vs. {revestb} est.",
        "{co} reports {q} EPS of {eps}, [matching|in line with] [the consensus|estimates]",
        "{co} [posts|reports] {qword} revenue of {rev}, [roughly in line|about in line] with [views|forecasts]",
        "{co} {qword} results [show|offer] few surprises",
    ];

    public static readonly string[] GuidanceRaise =
    [
        "{co} raises [full-year|fiscal {fy}|{fy}] [revenue |sales |]outlook[| to {guide_lo}-{guide_hi}]",
        "{co} [lifts|boosts|raises] {fy} [guidance|forecast] [after|as] {driver} [beats plan|stays strong|accelerates]",
        "{co} [ups|raises] [annual|full-year] EPS [guidance|forecast] to {guide_eps_lo}-{guide_eps_hi}",
        "{co} sees {next_q} revenue {qguide_lo}-{qguide_hi}, above [estimates|the consensus|Street views]",
        "{co} guides {next_q} [above|ahead of] [consensus|expectations][| on {driver}]",
    ];

    public static readonly string[] GuidanceCut =
    [
        "{co} cuts [full-year|fiscal {fy}|{fy}] [revenue |sales |]outlook[| to {guide_lo}-{guide_hi}]",
        "{co} [lowers|trims|slashes] {fy} [guidance|forecast] [citing|on] {weakness}",
        "{co} [reduces|lowers] [annual|full-year] EPS [guidance|forecast] to {guide_eps_lo}-{guide_eps_hi}",
        "{co} sees {next_q} revenue {qguide_lo}-{qguide_hi}, below [estimates|the consensus|Street views]",
        "{co} [warns on|issues soft guidance for] {next_q}[| amid {weakness}]",
        "{co} withdraws {fy} [outlook|guidance][| citing {weakness}]",
    ];

    public static readonly string[] GuidanceReaffirm =
    [
        "{co} [reaffirms|reiterates|maintains] {fy} [outlook|guidance]",
        "{co} [keeps|holds] full-year [forecast|guidance] unchanged at {guide_lo}-{guide_hi}",
        "{co} [backs|confirms] {fy} targets[| after {qword} results]",
    ];

    public static readonly string[] CallPositive =
    [
        "{short} CEO {person} [upbeat on|points to strength in|sees more room to run in] {driver} on [earnings call|call with analysts]",
        "{co} [executives|management] [upbeat|confident] on {driver} [in|during] {q} call",
        "{short} [sees|expects] [margin expansion|record backlog|continued share gains] in {fy}, CFO {person} says",
    ];

    public static readonly string[] CallNegative =
    [
        "{short} CEO {person} [flags|warns of|cites] {weakness} on [earnings call|call with analysts]",
        "{co} [executives|management] [cautious|downbeat] on {fy} [in|during] {q} call",
        "{short} [sees|expects] {weakness} to [persist|linger] into {next_q}, CFO {person} says",
    ];

    /// <summary>The date notice, weeks ahead: pure scheduling.</summary>
    public static readonly string[] DateNotice =
    [
        "{name} to Report {qlong} {year} Results on {report_date}",
        "{name} Schedules {qlong} {year} Earnings Release and Conference Call",
        "{name} Announces Date of {qlong} {year} Earnings Call",
        "{co} to [report|release] {q} [results|earnings] {report_date} {report_time}",
    ];

    public static readonly string[] Preview =
    [
        "{co} earnings preview: what to [expect|watch] [for|in] {q}",
        "{co} [set|due] to report {q} [results|earnings] {report_time}; analysts [see|expect] EPS of {est}",
        "What [Wall Street|the Street|analysts] expect from {short}'s {qword} report",
        "{tkr} earnings [on deck|ahead]: consensus calls for revenue of {revest}",
    ];
}
