namespace Signals.SampleData;

/// <summary>
/// The invented proper names and sector phrases headlines draw on. Every firm, person, conference and news source
/// here is fictional; regulators are real public agencies, named only in generic roles.
/// </summary>
internal static class SampleVocabulary
{
    /// <summary>Fictional news outlets, by kind: wires, a press-release service, a filings bot, a chatter site.</summary>
    public const string Wire = "Meridian Wire";
    public const string Terminal = "Ledgerline";
    public const string Tape = "Tickertape News";
    public const string PressRelease = "PressRelay";
    public const string Filings = "Filings Desk";
    public const string Chatter = "StreetBuzz";
    public const string Daily = "MarketPulse Daily";

    public static readonly string[] AnalystFirms =
    [
        "Halvorsen & Co.", "Brightwater Securities", "Kestrel Capital Markets", "Ashgrove Partners", "Pemberton Research",
        "Tidewell Securities", "Lindqvist Brothers", "Marlowe Stanfield", "Corrigan Oakes", "Whitcombe Financial",
        "Ravensworth & Co.", "Northgate Equity Research", "Ellery Capital", "Sandoval Burke", "Quarry Hill Securities",
        "Aldous Wright", "Bellmont Partners", "Fairhaven Research",
    ];

    public static readonly string[] FirstNames =
    [
        "Alicia", "Marcus", "Priya", "Daniel", "Helena", "Tomas", "Grace", "Victor", "Naomi", "Julian", "Sofia", "Arjun",
        "Claire", "Rafael", "Ingrid", "Owen", "Mei", "Samuel", "Beatrice", "Kwame", "Lena", "Hugo", "Rosa", "Elliot",
        "Yuki", "Patrick", "Amara", "Dmitri", "Fiona", "Gabriel",
    ];

    public static readonly string[] LastNames =
    [
        "Whitfield", "Okafor", "Lindgren", "Castellano", "Reyes", "Abernathy", "Nakamura", "Holloway", "Brandt", "Ferreira",
        "Sutherland", "Iyer", "Kowalski", "Delacroix", "Mbeki", "Halloran", "Vasquez", "Thornbury", "Achterberg", "Quinlan",
        "Petrakis", "Ellsworth", "Dunmore", "Saarinen", "Marchetti", "Oyelaran", "Whitlock", "Carrington",
    ];

    public static readonly string[] Roles =
    [
        "chief executive officer", "chief financial officer", "chief operating officer", "president",
        "chief technology officer", "general counsel", "chief commercial officer",
    ];

    public static readonly string[] RatingScales =
    [
        "Sell|Hold|Buy", "Underperform|Market Perform|Outperform", "Underweight|Equal Weight|Overweight",
        "Reduce|Neutral|Accumulate", "Sell|Neutral|Buy", "Underperform|Sector Perform|Outperform",
    ];

    public static readonly string[] ConferenceKinds =
    [
        "Global {0} Conference", "Annual {0} Summit", "{0} Investor Forum", "Midwinter {0} Symposium", "{0} Leaders Conference",
    ];

    public static readonly string[] PrivateNamePrefixes =
    [
        "Lumina", "Brightpath", "Corvid", "Teller", "Auric", "Sparrowhawk", "Pellucid", "Greyline", "Mosaic", "Kinetica",
        "Tessellate", "Harrow", "Driftwood", "Cinder", "Vireo", "Oakhurst",
    ];

    public static readonly string[] Suitors =
    [
        "Granite Peak Capital", "Bluewater Equity Partners", "Hollis Street Capital", "Ardent Holdings", "Summit Ridge Partners",
        "Castleford Group", "Eastbrook Capital",
    ];

    public static readonly string[] Cities =
    [
        "Austin", "Raleigh", "Denver", "Columbus", "Salt Lake City", "Pittsburgh", "Nashville", "Phoenix", "Minneapolis", "Tampa",
    ];

    public static readonly string[] Auditors = ["Harcourt Lowe LLP", "Bramley Finch LLP", "Osgood & Tate LLP"];

    public static readonly string[] Indexes = ["Meridian 500 index", "Ledgerline 1000 index", "Large-Cap Leaders index"];

    public static readonly string[] FilingItems =
    [
        "results of annual meeting vote", "amendment to bylaws", "entry into credit agreement", "change in fiscal year end",
        "departure of a director", "Regulation FD disclosure", "other events",
    ];

    public static readonly string[] Allegations =
    [
        "misleading disclosures", "patent infringement", "breach of contract", "antitrust violations", "data privacy lapses",
        "wage-and-hour claims", "accounting practices",
    ];

    public static readonly string[] Plaintiffs =
    [
        "shareholders", "a former supplier", "a rival", "state attorneys general", "a group of customers", "former employees",
    ];

    /// <summary>Per sector (in <see cref="SampleUniverse.Sectors"/> order).</summary>
    public static readonly SectorWords[] Sectors =
    [
        new("chipmakers|tech stocks|software names|semiconductor shares",
            "data-center demand|cloud growth|AI spending|subscription growth|enterprise demand",
            "softer PC demand|inventory corrections|slowing cloud spending|pricing pressure|supply-chain snags",
            "AI accelerator|cloud security suite|networking switch|analytics platform|edge computing module|developer toolkit",
            "a major U.S. carrier|a hyperscale cloud provider|the Defense Department|a large European bank|a global automaker",
            "a data-center outage|a ransomware attack|a chip supply shortage|a service outage",
            "chip demand rebounds|cloud budgets grow|AI spending accelerates|memory prices firm",
            "export curbs tighten|cloud spending slows|PC shipments slump|chip inventories swell",
            "Technology", "FTC|SEC|DOJ", "pilot deployment|customer trial|benchmark results", "FCC|EU regulators|Commerce Department"),
        new("biotech stocks|drugmakers|healthcare shares|medtech names",
            "drug sales|device demand|testing volumes|pipeline progress|procedure volumes",
            "pricing reform|reimbursement cuts|generic competition|trial delays|weaker testing volumes",
            "cancer drug|diabetes therapy|glucose monitor|diagnostic test|surgical robot|gene therapy",
            "a national pharmacy chain|a large hospital network|the Veterans Health Administration|a European health system",
            "a manufacturing plant shutdown|an FDA warning letter|a supply disruption at its main plant",
            "drug pricing fears ease|procedure volumes recover|FDA approvals accelerate",
            "drug pricing proposals resurface|Medicare rules tighten|trial failures pile up",
            "Healthcare", "FDA|FTC|DOJ", "Phase 3 trial data|Phase 2 results|pivotal study data", "FDA|European Medicines Agency"),
        new("bank stocks|regional lenders|financials|insurers",
            "net interest income|loan growth|fee income|trading revenue|premium growth",
            "higher funding costs|rising loan losses|deposit outflows|weaker deal activity|catastrophe losses",
            "mobile banking app|small-business lending platform|payments card|wealth management service|cyber insurance policy",
            "a large retailer|a state pension fund|a national homebuilder|a regional hospital group",
            "a core banking system outage|a data breach|a payments processing glitch",
            "yields steepen|loan demand improves|credit quality holds up",
            "deposit worries spread|credit losses rise|regulators propose tougher capital rules",
            "Financials", "SEC|CFPB|FDIC|state insurance regulators", "stress test results|rating agency review|regulatory exam", "Federal Reserve|OCC|state regulators"),
        new("retailers|consumer stocks|restaurant chains|food and beverage makers",
            "same-store sales|holiday demand|pricing power|online sales|loyalty program growth",
            "softer consumer spending|higher input costs|promotional pressure|weak foot traffic|freight costs",
            "private-label line|plant-based menu|loyalty app|home goods collection|sparkling water brand|athleisure line",
            "a national grocery chain|a big-box retailer|a major airline caterer|a stadium operator",
            "a warehouse fire|a product contamination scare|a point-of-sale outage",
            "consumer confidence improves|holiday sales top forecasts|input costs ease",
            "consumer spending cools|tariff worries mount|promotions squeeze margins",
            "Consumer", "FTC|FDA|CPSC", "test-market results|holiday-season sales data|taste-test trial", "FDA|USDA|state regulators"),
        new("energy stocks|oil producers|renewables|utilities",
            "higher realized prices|production growth|refining margins|contracted capacity|rate base growth",
            "lower gas prices|production outages|weaker refining margins|project delays|higher maintenance costs",
            "offshore platform|solar farm|battery storage project|pipeline expansion|wind project|LNG terminal",
            "a Gulf Coast refiner|a state utility|a large data-center developer|an Asian LNG buyer",
            "a pipeline leak|a refinery outage|a storm-related shutdown|a well blowout",
            "crude prices climb|OPEC cuts output|power demand surges",
            "crude prices slide|gas inventories swell|windfall tax talk returns",
            "Energy", "EPA|FERC|Interior Department", "permit decision|environmental review|capacity auction result", "FERC|Interior Department|state regulators"),
        new("industrials|aerospace stocks|transport names|machinery makers",
            "order backlog|aftermarket demand|freight volumes|pricing actions|defense spending",
            "softer freight volumes|supply-chain bottlenecks|labor shortages|weaker orders|higher steel costs",
            "cargo drone|regional jet|autonomous rail system|electric forklift|industrial compressor|hydrogen electrolyzer",
            "the U.S. Air Force|a major parcel carrier|a Class I railroad|a European airline|a Gulf state utility",
            "a factory fire|a strike at its main plant|a parts shortage|a derailment",
            "factory orders rebound|defense budgets rise|freight demand recovers",
            "factory activity contracts|freight demand slumps|steel prices spike",
            "Industrials", "FAA|NTSB|DOT|OSHA", "certification flight test|safety review|FAA type certification", "FAA|EASA|DOT"),
    ];
}

/// <summary>The phrases one sector's headlines use, each as a '|' list of alternatives.</summary>
internal sealed record SectorWords(
    string Names, string Drivers, string Weaknesses, string Products, string Customers, string Disruptions,
    string Tailwinds, string Headwinds, string ConferenceTopic, string Regulators, string Milestones, string Approvers);
