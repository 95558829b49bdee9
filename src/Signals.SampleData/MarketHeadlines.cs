namespace Signals.SampleData;

/// <summary>Sector-wide stories and after-the-fact price-move reports.</summary>
internal static class MarketHeadlines
{
    public static readonly string[] SectorPositive =
    [
        "{sector_word} [rally|climb|advance] as {sector_tailwind}",
        "{co_list} [gain|rise|climb] as {sector_tailwind}",
        "{sector_word} [outperform|lead the market] as {sector_tailwind}",
        "[Analysts|Strategists] turn [bullish|more positive] on {sector_word}, [naming|favoring] {co_list}",
    ];

    public static readonly string[] SectorNegative =
    [
        "{sector_word} [slide|fall|retreat|sell off] as {sector_headwind}",
        "{co_list} [fall|slip|come under pressure] as {sector_headwind}",
        "{sector_word} [underperform|lag the market] as {sector_headwind}",
        "[Analysts|Strategists] turn [cautious|more negative] on {sector_word}, [flagging|citing] {co_list}",
    ];

    public static readonly string[] SectorNeutral =
    [
        "{sector_word} [in focus|to watch] as [earnings season|a busy week] [approaches|gets underway]; {co_list} on deck",
        "Sector roundup: {sector_word} [mixed|little changed]; {co_list} [flat|steady]",
        "[Conference season|Investor meetings]: {co_list} [among presenters|to present] at {conference}",
    ];

    /// <summary>Reports of a move that already happened; the wording is loud but there is nothing left to learn.</summary>
    public static readonly string[] MoveUp =
    [
        "{co} shares [jump|surge|rise|climb] {move}[| in heavy volume| on the day| to close at {close}]",
        "{tkr} [up|higher by] {move} [at the close|in afternoon trading|on the session]",
        "{co} [among|leads] top gainers[|, up {move}]",
        "{co} stock [rallies|pops|rises] {move}; [no news|no obvious catalyst|broader rally] [cited|seen]",
    ];

    public static readonly string[] MoveDown =
    [
        "{co} shares [fall|drop|slide|sink] {move}[| in heavy volume| on the day| to close at {close}]",
        "{tkr} [down|lower by] {move} [at the close|on the session]",
        "{co} [among|leads] top decliners[|, down {move}]",
        "{co} stock [slumps|drops|falls] {move}; [no news|no obvious catalyst|broader selloff] [cited|seen]",
    ];

    public static readonly string[] GapUp =
    [
        "{tkr} [indicated|seen|set to open] higher [premarket|before the bell], up {move}",
        "Premarket movers: {co} up {move}",
        "{co} [rises|climbs|gains] {move} in premarket trading",
    ];

    public static readonly string[] GapDown =
    [
        "{tkr} [indicated|seen|set to open] lower [premarket|before the bell], down {move}",
        "Premarket movers: {co} down {move}",
        "{co} [falls|slides|drops] {move} in premarket trading",
    ];
}
