namespace Signals.SampleData;

/// <summary>
/// One kind of news event: its label in news_truth.csv, the range its latent tone is drawn from (signed; [0, 0]
/// for items that carry no information), the wording, when it appears and who publishes it.
/// </summary>
internal sealed record NewsEventKind(
    string Name,
    double ToneMin,
    double ToneMax,
    string[] Templates,
    NewsClock Clock,
    string[] Sources,
    double Weight = 1,
    string? BoostedSector = null,
    bool NeedsDividend = false)
{
    /// <summary>Tones are kept to two decimals so that the truth file holds exactly the tone the prices felt.</summary>
    public double DrawTone(Random rng) => ToneMin == ToneMax ? ToneMin : Math.Round(rng.Uniform(ToneMin, ToneMax), 2);

    public double WeightFor(CompanyProfile p) =>
        NeedsDividend && p.QuarterlyDividend <= 0 ? 0 : BoostedSector == p.Company.Sector ? Weight * 3 : Weight;
}

/// <summary>The catalogue of event kinds, grouped in the families the news writer draws from.</summary>
internal static class NewsEvents
{
    private static readonly string[] AnalystSources = [SampleVocabulary.Tape, SampleVocabulary.Chatter, SampleVocabulary.Wire, SampleVocabulary.Terminal];
    private static readonly string[] ReleaseSources = [SampleVocabulary.PressRelease, SampleVocabulary.PressRelease, SampleVocabulary.Wire, SampleVocabulary.Tape];
    private static readonly string[] ReportedSources = [SampleVocabulary.Wire, SampleVocabulary.Terminal, SampleVocabulary.Tape, SampleVocabulary.Daily];
    private static readonly string[] NumbersSources = [SampleVocabulary.Tape, SampleVocabulary.Chatter, SampleVocabulary.Wire];
    private static readonly string[] ChatterSources = [SampleVocabulary.Chatter, SampleVocabulary.Daily];
    public static readonly string[] MoveSources = [SampleVocabulary.Tape, SampleVocabulary.Chatter, SampleVocabulary.Daily, SampleVocabulary.Wire];

    public static readonly NewsEventKind[] Analyst =
    [
        new("analyst_upgrade", 0.30, 0.70, AnalystHeadlines.Upgrade, NewsClock.Analyst, AnalystSources, 0.14),
        new("analyst_downgrade", -0.70, -0.30, AnalystHeadlines.Downgrade, NewsClock.Analyst, AnalystSources, 0.13),
        new("price_target_raise", 0.10, 0.35, AnalystHeadlines.TargetRaise, NewsClock.Analyst, AnalystSources, 0.22),
        new("price_target_cut", -0.35, -0.10, AnalystHeadlines.TargetCut, NewsClock.Analyst, AnalystSources, 0.18),
        new("analyst_initiation", 0.10, 0.30, AnalystHeadlines.InitiateBullish, NewsClock.Analyst, AnalystSources, 0.06),
        new("analyst_initiation", 0, 0, AnalystHeadlines.InitiateNeutral, NewsClock.Analyst, AnalystSources, 0.04),
        new("analyst_initiation", -0.30, -0.10, AnalystHeadlines.InitiateBearish, NewsClock.Analyst, AnalystSources, 0.02),
        new("analyst_reiteration", 0, 0, AnalystHeadlines.Reiterate, NewsClock.Analyst, AnalystSources, 0.15),
    ];

    public static readonly NewsEventKind[] Corporate =
    [
        new("acquisition", 0.05, 0.30, CorporateHeadlines.Acquisition, NewsClock.PressRelease, ReleaseSources, 0.07),
        new("takeover_interest", 0.60, 1.00, CorporateHeadlines.TakeoverInterest, NewsClock.Wire, ReportedSources, 0.025),
        new("deal_collapse", -0.80, -0.40, CorporateHeadlines.DealCollapse, NewsClock.Wire, ReportedSources, 0.02),
        new("lawsuit", -0.50, -0.15, CorporateHeadlines.Lawsuit, NewsClock.Wire, ReportedSources, 0.08),
        new("regulatory_probe", -0.70, -0.30, CorporateHeadlines.RegulatoryProbe, NewsClock.Wire, ReportedSources, 0.045),
        new("legal_settlement", 0.10, 0.35, CorporateHeadlines.Settlement, NewsClock.Wire, ReportedSources, 0.04),
        new("regulatory_approval", 0.50, 0.90, CorporateHeadlines.Approval, NewsClock.Wire, ReportedSources, 0.03, SampleUniverse.Healthcare),
        new("regulatory_setback", -1.00, -0.60, CorporateHeadlines.Rejection, NewsClock.Wire, ReportedSources, 0.015, SampleUniverse.Healthcare),
        new("product_launch", 0.10, 0.35, CorporateHeadlines.ProductLaunch, NewsClock.PressRelease, ReleaseSources, 0.12),
        new("product_recall", -0.70, -0.30, CorporateHeadlines.Recall, NewsClock.Wire, ReportedSources, 0.03),
        new("contract_win", 0.20, 0.60, CorporateHeadlines.ContractWin, NewsClock.PressRelease, ReleaseSources, 0.10),
        new("operational_disruption", -0.50, -0.20, CorporateHeadlines.Disruption, NewsClock.Wire, ReportedSources, 0.04),
        new("executive_departure", -0.60, -0.25, CorporateHeadlines.ExecutiveDeparture, NewsClock.Wire, ReportedSources, 0.04),
        new("executive_appointment", 0.05, 0.25, CorporateHeadlines.ExecutiveAppointment, NewsClock.PressRelease, ReleaseSources, 0.06),
        new("buyback", 0.20, 0.50, CorporateHeadlines.Buyback, NewsClock.PressRelease, ReleaseSources, 0.06),
        new("dividend_increase", 0.15, 0.40, CorporateHeadlines.DividendRaise, NewsClock.PressRelease, ReleaseSources, 0.05, NeedsDividend: true),
        new("dividend_cut", -0.90, -0.50, CorporateHeadlines.DividendCut, NewsClock.PressRelease, ReportedSources, 0.012, NeedsDividend: true),
        new("equity_offering", -0.60, -0.30, CorporateHeadlines.EquityOffering, NewsClock.PressRelease, ReleaseSources, 0.035),
        new("debt_offering", 0, 0, CorporateHeadlines.DebtOffering, NewsClock.PressRelease, ReleaseSources, 0.05),
        new("stock_split", 0.10, 0.30, CorporateHeadlines.StockSplit, NewsClock.PressRelease, ReleaseSources, 0.008),
        new("index_inclusion", 0.20, 0.45, CorporateHeadlines.IndexInclusion, NewsClock.Wire, ReportedSources, 0.012),
    ];

    public static readonly NewsEventKind[] Routine =
    [
        new("routine_filing", 0, 0, RoutineHeadlines.Filing, NewsClock.Filing, [SampleVocabulary.Filings], 0.45),
        new("conference", 0, 0, RoutineHeadlines.Conference, NewsClock.PressRelease, [SampleVocabulary.PressRelease], 0.30),
        new("corporate_housekeeping", 0, 0, RoutineHeadlines.Housekeeping, NewsClock.PressRelease, [SampleVocabulary.PressRelease, SampleVocabulary.Daily], 0.25),
    ];

    public static readonly NewsEventKind Chatter =
        new("chatter", 0, 0, RoutineHeadlines.Chatter, NewsClock.Chatter, ChatterSources);

    // Earnings-day items; their tones come from the quarter's surprise, not from these ranges.
    public static readonly NewsEventKind EarningsRelease = new("earnings_release", 0, 0, EarningsHeadlines.Release, NewsClock.PressRelease, [SampleVocabulary.PressRelease]);
    public static readonly NewsEventKind EarningsBeat = new("earnings_beat", 0, 0, EarningsHeadlines.Beat, NewsClock.Wire, NumbersSources);
    public static readonly NewsEventKind EarningsMiss = new("earnings_miss", 0, 0, EarningsHeadlines.Miss, NewsClock.Wire, NumbersSources);
    public static readonly NewsEventKind EarningsInLine = new("earnings_inline", 0, 0, EarningsHeadlines.InLine, NewsClock.Wire, NumbersSources);
    public static readonly NewsEventKind GuidanceRaise = new("guidance_raise", 0, 0, EarningsHeadlines.GuidanceRaise, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind GuidanceCut = new("guidance_cut", 0, 0, EarningsHeadlines.GuidanceCut, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind GuidanceReaffirm = new("guidance_reaffirm", 0, 0, EarningsHeadlines.GuidanceReaffirm, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind CallPositive = new("earnings_call", 0, 0, EarningsHeadlines.CallPositive, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind CallNegative = new("earnings_call", 0, 0, EarningsHeadlines.CallNegative, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind EarningsDate = new("earnings_date", 0, 0, EarningsHeadlines.DateNotice, NewsClock.PressRelease, [SampleVocabulary.PressRelease]);
    public static readonly NewsEventKind EarningsPreview = new("earnings_preview", 0, 0, EarningsHeadlines.Preview, NewsClock.Wire, ChatterSources);
    public static readonly NewsEventKind RegularDividend = new("regular_dividend", 0, 0, RoutineHeadlines.RegularDividend, NewsClock.PressRelease, [SampleVocabulary.PressRelease, SampleVocabulary.Tape]);
    public static readonly NewsEventKind FollowUpRaise = Analyst[2];
    public static readonly NewsEventKind FollowUpCut = Analyst[3];
    public static readonly NewsEventKind FollowUpReiterate = Analyst[7];

    public static readonly NewsEventKind SectorPositive = new("sector_news", 0.10, 0.45, MarketHeadlines.SectorPositive, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind SectorNegative = new("sector_news", -0.45, -0.10, MarketHeadlines.SectorNegative, NewsClock.Wire, ReportedSources);
    public static readonly NewsEventKind SectorNeutral = new("sector_news", 0, 0, MarketHeadlines.SectorNeutral, NewsClock.Wire, ReportedSources);

    public static IEnumerable<NewsEventKind> All() =>
        Analyst.Concat(Corporate).Concat(Routine).Concat(
        [
            Chatter, EarningsRelease, EarningsBeat, EarningsMiss, EarningsInLine, GuidanceRaise, GuidanceCut, GuidanceReaffirm,
            CallPositive, CallNegative, EarningsDate, EarningsPreview, RegularDividend, SectorPositive, SectorNegative, SectorNeutral,
        ]);
}
