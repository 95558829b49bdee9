namespace Signals.Sentiment.Lexicon;

/// <summary>
/// A small hand-written financial word list in the spirit of Loughran–McDonald: words read the way a finance
/// professional reads them (a "liability" is not bad news, "restructuring" usually is). Entries ending in '*'
/// match any word starting with the stem.
/// </summary>
internal static class FinancialLexicon
{
    public static readonly string[] Positive =
    [
        "beat", "beats", "beating", "topped", "tops", "exceed*", "outperform*", "surpass*", "record", "records",
        "strong", "stronger", "strongest", "strength*", "robust", "solid", "upbeat", "optimis*", "bullish",
        "upgrade*", "profitab*", "improv*", "recover*", "rebound*", "boost*", "gain", "gains", "gained", "gaining",
        "success*", "win", "wins", "won", "award*", "secure", "secures", "secured", "securing", "breakthrough*",
        "approv*", "clearance", "cleared", "favorable", "favourable", "positive", "positives", "accretive",
        "momentum", "resilien*", "upside", "outpac*", "expansion", "expands", "expand", "expanded", "growth", "grow",
        "grows", "grew", "growing", "surge*", "soar*", "jump*", "rall*", "climb*", "skyrocket*", "spike*", "high",
        "highs", "higher", "attractive", "milestone*", "buyback*", "repurchas*", "reinstat*", "overweight",
        "outperform", "raise*", "raising", "raised", "lift*", "hike*", "doubl*", "tripl*", "bonanza", "blockbuster",
        "tailwind*", "settle*", "resolv*", "exonerat*", "dismiss*", "acquitted", "synerg*", "oversubscribed",
        "beneficial", "benefit*", "best", "stellar", "boom*", "thriv*", "upturn", "bolster*", "windfall", "lucrative",
        "rosy", "bumper", "brisk", "healthy", "buoyant", "confident", "confidence", "profit-making", "better",
        "excellent", "exceptional", "impressive", "sweetened",
    ];

    public static readonly string[] Negative =
    [
        "miss", "misses", "missed", "missing", "shortfall*", "loss", "losses", "lose", "loses", "losing", "lost",
        "weak*", "decline*", "declining", "drop*", "fall", "falls", "fell", "falling", "slump*", "plung*", "plummet*",
        "tumbl*", "sank", "sink*", "slid", "slide*", "slip*", "crash*", "collaps*", "tank", "tanks", "tanked",
        "tanking", "downgrad*", "underperform*", "underweight", "bearish", "pessimis*", "gloom*", "warn*",
        "profit warning", "cut", "cuts", "cutting", "slash*", "lower*", "reduc*", "suspend*", "halt*", "delay*",
        "postpon*", "cancel*", "terminat*", "lawsuit*", "sue", "sues", "sued", "suing", "litigation", "probe*",
        "investigat*", "subpoena*", "indict*", "charged", "fraud*", "scandal*", "violat*", "penalt*", "fined",
        "fines", "sanction*", "blocked", "recall*", "defect*", "breach*", "hack*", "outage*", "disrupt*", "bankrupt*",
        "insolven*", "default*", "restructur*", "layoff*", "lay", "redundanc*", "impair*", "write-down*",
        "writedown*", "write-off*", "writeoff*", "deficit*", "downturn*", "recession*", "slowdown*", "headwind*",
        "pressure*", "concern*", "worr*", "fear*", "turmoil", "crisis", "dilut*", "resign*", "ouster", "ousted",
        "quit", "quits", "fired", "abrupt*", "adverse*", "negative*", "worse", "worst", "worsen*", "deteriorat*",
        "disappoint*", "fail*", "reject*", "denied", "denies", "strike*", "shortage*", "glut", "lowest", "low",
        "lows", "downside", "burn", "unprofitable", "bleak", "tough", "difficult*", "challeng*", "struggl*", "hurt*",
        "hit", "hits", "damag*", "closure*", "shut*", "delist*", "going-concern", "doubt*", "overdue", "arrears",
        "downsiz*", "unrest", "tariff*", "contraction", "contracted", "sluggish", "stagnat*", "loss-making",
        "misconduct", "allegation*", "accus*", "foreclos*", "delinquen*", "distress*", "jeopard*", "threat*",
        "turbulen*", "liquidat*", "receivership", "cutback*", "retrench*", "weakness", "bailout", "grim", "dismal",
        "shrank", "shrink*", "erod*", "squeez*", "dent", "dents", "dented", "sour", "sours", "soured", "souring",
        "stall*",
    ];

    public static readonly string[] Uncertainty =
    [
        "may", "might", "could", "possibl*", "uncertain*", "unclear", "approximately", "around", "estimat*",
        "expect*", "anticipat*", "consider*", "explor*", "review*", "evaluat*", "potential*", "pending", "rumor*",
        "risk*", "volatil*", "rumour*", "reportedly", "talks", "speculat*", "weigh*", "mull*", "seek*", "plan",
        "plans", "planned", "planning", "propos*", "tentative*", "preliminary", "if", "whether", "unconfirmed",
        "sources",
    ];

    /// <summary>Words with no valence that mark the routine mass of a feed: filings, schedules, appointments.</summary>
    public static readonly string[] Routine =
    [
        "announce*", "schedul*", "present*", "conference", "webcast", "call", "filing", "files", "filed", "form",
        "10-q", "10-k", "8-k", "6-k", "prospectus", "annual", "general", "meeting", "agm", "appoint*", "named",
        "names", "elect*", "join*", "host*", "participat*", "publish*", "release", "date", "notice", "declares",
        "declared", "quarterly", "regular", "unchanged", "steady", "maintain*", "reaffirm*", "reiterat*", "in line",
        "inline", "flat", "update", "invitation", "invites", "attend*", "summit", "operates", "provides",
        "headquartered", "based", "offers", "specializ*", "specialis*", "founded", "subsidiary", "serves",
    ];

    /// <summary>Quantities where up is good for the holder: sales, profit, orders, the share price itself.</summary>
    public static readonly string[] GoodMetric =
    [
        "sales", "revenue*", "turnover", "profit*", "earnings", "eps", "income", "margin*", "ebit", "ebitda", "ebita",
        "orders", "order", "bookings", "backlog", "deliveries", "shipments", "volume*", "traffic", "subscribers",
        "users", "customers", "dividend*", "guidance", "outlook", "forecast*", "target*", "estimate*", "view",
        "shares", "stock", "share", "price", "valuation", "rating", "ratings", "cash", "cashflow", "flow", "output",
        "production", "market", "demand", "growth", "payout", "buyback", "result*", "performance", "comparable",
        "same-store", "like-for-like", "occupancy", "yield", "capacity", "return", "returns", "premiums", "assets",
        "aum", "inflows", "value",
    ];

    /// <summary>Quantities where up is bad for the holder: losses, costs, debt, charges.</summary>
    public static readonly string[] BadMetric =
    [
        "loss", "losses", "cost", "costs", "expense*", "debt", "deficit", "charges", "charge", "impairment*",
        "writedown*", "write-down*", "provisions", "provision", "outflows", "churn", "delinquenc*", "defaults",
        "arrears", "leverage", "burn", "inventor*", "backlogs", "claims", "unemployment", "jobless", "spreads",
        "cancellations", "fears", "fear", "concerns", "worries", "risks", "headwinds", "pressures", "tensions",
        "outflow", "writeoffs", "delays", "defects", "complaints", "losses",
    ];

    /// <summary>Verbs and adverbs that say a quantity went up.</summary>
    public static readonly string[] Up =
    [
        "rose", "rise", "rises", "rising", "risen", "increas*", "grew", "grow", "grows", "climb*", "jump*", "surg*",
        "soar*", "gain*", "improv*", "up", "higher", "advance", "advances", "advancing", "rall*", "doubl*", "tripl*",
        "expand*", "boost*", "rais*", "lift*", "hike*", "widen*", "tops", "topped", "exceed*", "beat", "beats",
        "spik*", "strengthen*", "accelerat*", "upgrad*", "swell*", "swollen", "balloon*", "mounting", "mounted",
        "ramp*",
    ];

    /// <summary>Verbs and adverbs that say a quantity went down.</summary>
    public static readonly string[] Down =
    [
        "fell", "fall", "falls", "falling", "decreas*", "declin*", "drop*", "slip*", "slump*", "plung*", "plummet*",
        "tumbl*", "sank", "sink*", "slid", "slide*", "lower*", "down", "narrow*", "shrank", "shrink*", "contracted",
        "contracting", "cut", "cuts", "cutting", "slash*", "reduc*", "halve", "halves", "halved", "halving", "ease", "eases", "eased", "easing",
        "dip", "dips", "dipped", "dipping", "miss", "misses", "missed", "missing", "weaken*", "trim*", "pare",
        "pares", "pared", "paring", "erod*", "decelerat*", "downgrad*", "tank", "tanks", "tanked", "tanking",
        "crater*", "sagg*", "retreat*", "shed*",
    ];

    /// <summary>Verbs whose moved quantity is their object, after them ("lifted profit", "cuts guidance").</summary>
    public static readonly string[] Transitive =
    [
        "lift*", "boost*", "rais*", "hike*", "cut", "cuts", "cutting", "lowers", "lowered", "lowering", "slash*", "reduc*",
        "trim*", "pare", "pares", "pared", "paring", "halve", "halves", "halved", "halving", "doubl*", "tripl*", "shed*",
        "beat", "beats", "exceed*", "miss", "misses", "missed", "tops", "topped", "strengthen*", "weaken*", "expand*",
    ];

    public static readonly string[] Negators =
    [
        "not", "no", "never", "without", "nor", "neither", "n't", "didn't", "doesn't", "don't", "won't", "isn't",
        "wasn't", "aren't", "weren't", "cannot", "can't", "unable", "fails", "failed", "fail", "lack", "lacks",
        "absence", "avoid*", "despite", "avert*", "remov*", "ease", "eases", "eased", "easing", "end", "ends",
        "ended", "ending", "lift", "lifts", "lifted", "resolv*", "overcome",
    ];
}
