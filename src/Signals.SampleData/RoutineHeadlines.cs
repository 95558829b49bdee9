namespace Signals.SampleData;

/// <summary>The neutral mass of a real feed: filings, appearances, schedules and chatter that carry no news.</summary>
internal static class RoutineHeadlines
{
    public static readonly string[] Filing =
    [
        "{co} files 10-Q for {qword}",
        "{co} files {year} annual report (10-K)",
        "{tkr}: Form 8-K filed[| - {filing_item}]",
        "{co} files 8-K: {filing_item}",
        "{co} [files|submits] definitive proxy statement for {fy} annual meeting",
        "Form 4: {short} director {person} [reports|files] [option exercise|routine stock award]",
        "{co} files [S-8|Form S-8] for employee stock plan",
        "{tkr}: Form 3 filed by {role} {person}",
        "{co} [files|submits] Form 10-Q; [no material changes|risk factors unchanged]",
    ];

    public static readonly string[] Conference =
    [
        "{co} to present at {conference} on {event_date}",
        "{name} to Participate in the {conference}",
        "{name} to Host Fireside Chat at {conference}",
        "{co} [management|CFO {person}] to [present|speak] at {conference}",
        "{name} to Webcast Presentation at {conference}",
        "{name} to Hold Investor Day on {event_date}",
    ];

    public static readonly string[] RegularDividend =
    [
        "{co} declares quarterly dividend of {div} per share",
        "{name} Declares Regular Quarterly Dividend",
        "{co} [maintains|keeps] quarterly dividend at {div}",
        "{tkr} declares {div} quarterly dividend; payable {event_date}",
    ];

    public static readonly string[] Housekeeping =
    [
        "{name} [Publishes|Releases] {year} Sustainability Report",
        "{co} to hold annual shareholder meeting on {event_date}",
        "{co} shareholders [elect|re-elect] directors at annual meeting",
        "{name} Announces Change of Address of Headquarters",
        "{co} [opens|moves into] new [office|regional hub] in {city}",
        "{name} Names {person} to Board of Directors",
        "{co} [updates|refreshes] corporate [logo|website]",
        "{name} Announces Participation in Industry Association",
        "{co} [renews|extends] lease at {city} campus",
        "{co} [to change|changes] auditor[| to {auditor}]",
    ];

    public static readonly string[] Chatter =
    [
        "{tkr} shares active [in early trade|in premarket trading|at midday]",
        "Unusual options activity [seen|spotted] in {co}[| calls| puts]",
        "{co} among most-[mentioned|discussed] tickers on [social media|retail forums] today",
        "Stocks to watch [today|this week]: {co}[|, {other_co}]",
        "{co} short interest [at|near] {short_interest} of float",
        "Is {short} stock a buy? What [analysts|investors] [are saying|need to know]",
        "{tkr}: [5 things to know|what to watch] [this week|before the bell]",
        "{co} [trades|moves] [in line with|with] the broader market",
        "{co} stock: [key levels|technical levels] to watch",
        "[Heard on the Street|Market chatter]: {short} [in focus|on radar] ahead of {next_q}",
        "{co} [hits|marks] {weeks}-week [high|low] in [quiet|light] trading",
        "ETF flows: {sector_word} funds see [inflows|outflows|mixed flows]; {tkr} among holdings",
        "{co} [options|call and put] volume [elevated|above average] ahead of [earnings|the Fed]",
        "[A closer look at|Revisiting] {short} after a [volatile|quiet] stretch",
    ];
}
