using static Signals.SampleData.HeadlineFormat;

namespace Signals.SampleData;

/// <summary>What a headline about one company may quote: the date, the last close, the quarter, a move.</summary>
internal readonly record struct HeadlineFacts(
    DateOnly Date,
    double LastClose,
    int Quarter,
    int QuarterYear,
    DateOnly ReportDate = default,
    bool ReportsAfterClose = false,
    double Move = 0,
    double Close = 0,
    string? CompanyList = null);

/// <summary>
/// Turns an event (kind, company, tone) into words. Every number a headline quotes points the way its tone does:
/// a beat quotes EPS above the estimate, a target cut a lower target, and the stronger the tone the stronger the verb.
/// Wording draws from its own random stream, so rewording never moves a price.
/// </summary>
internal sealed class HeadlineWriter(CompanyProfile[] profiles, Random rng)
{
    private static readonly string[] AfterCloseWords = ["after the bell", "after market close", "after the close"];
    private static readonly string[] BeforeOpenWords = ["before the open", "before market open", "before the bell"];
    private static readonly string[] PrivateNameSuffixes = ["Labs", "Technologies", "Holdings", "Systems", "Group", "Solutions"];

    public string Write(NewsEventKind kind, CompanyProfile p, double tone, in HeadlineFacts facts) =>
        HeadlineGrammar.Expand(rng.Pick(kind.Templates), Slots(p, tone, facts), rng);

    internal HeadlineSlots Slots(CompanyProfile p, double tone, in HeadlineFacts f)
    {
        var c = p.Company;
        var words = SampleVocabulary.Sectors[p.SectorIndex];
        int dir = Math.Sign(tone);
        double strength = Math.Abs(tone);
        double scale = f.LastClose / p.StartPrice;
        var s = new HeadlineSlots();

        s.Set("co", c.Name, c.ShortName, $"{c.Name} ({c.Symbol})").Set("name", c.Name).Set("short", c.ShortName).Set("tkr", c.Symbol);

        // The quarter on the table, the fiscal year the outlook covers, the quarter after.
        int nextQ = f.Quarter % 4 + 1, nextQYear = f.Quarter == 4 ? f.QuarterYear + 1 : f.QuarterYear;
        s.Set("q", QuarterShort(f.Quarter), $"{QuarterShort(f.Quarter)} {f.QuarterYear}", $"{f.Quarter}Q{f.QuarterYear % 100:00}")
         .Set("qonly", QuarterShort(f.Quarter)).Set("qword", QuarterWord(f.Quarter)).Set("qlong", QuarterTitle(f.Quarter)).Set("year", Number(f.QuarterYear, "0"))
         .Set("fy", Number(nextQYear, "0")).Set("next_q", $"{QuarterShort(nextQ)} {nextQYear}", $"fiscal {QuarterShort(nextQ)}");

        // Earnings numbers scale with the share price, so P/E stays sensible as the stock wanders.
        double est = Math.Max(0.02, Math.Round(p.QuarterlyEps * scale, 2));
        double gap = dir == 0 ? (rng.Chance(0.5) ? 0 : 0.01) : Math.Max(0.01, Math.Round(est * strength * rng.Uniform(0.04, 0.25), 2));
        double eps = dir < 0 ? Math.Max(0.01, est - gap) : est + gap;
        double revEst = p.QuarterlyRevenueMillions * Math.Sqrt(scale);
        double rev = revEst * (1 + (dir == 0 ? rng.Uniform(-0.004, 0.004) : dir * strength * rng.Uniform(0.01, 0.06)));
        double netIncPrior = revEst * rng.Uniform(0.06, 0.18);
        double netInc = netIncPrior * (1 + (dir == 0 ? rng.Uniform(-0.03, 0.03) : dir * strength * rng.Uniform(0.08, 0.45)));
        s.Set("est", Dollars(est)).Set("eps", Dollars(eps)).Set("eps_gap", Dollars(Math.Abs(eps - est)))
         .Set("rev", Millions(rev)).Set("revest", Millions(revEst)).Set("revb", MillionsShort(rev)).Set("revestb", MillionsShort(revEst))
         .Set("rev_gap", MillionsShort(Math.Abs(rev - revEst))).Set("growth", Percent(rng.Uniform(0.03, 0.12) + strength * rng.Uniform(0, 0.2), 0))
         .Set("netinc", Millions(netInc)).Set("netinc_prior", Millions(netIncPrior));
        double annual = 4 * revEst * (1 + dir * strength * rng.Uniform(0.01, 0.05));
        s.Set("guide_lo", Millions(annual * 0.98)).Set("guide_hi", Millions(annual * 1.02))
         .Set("qguide_lo", Millions(annual / 4 * 0.98)).Set("qguide_hi", Millions(annual / 4 * 1.02))
         .Set("guide_eps_lo", Dollars(Math.Round(4 * est * (1 + dir * 0.03) - 0.05, 2))).Set("guide_eps_hi", Dollars(Math.Round(4 * est * (1 + dir * 0.03) + 0.05, 2)));

        s.Set("driver", Alternatives(words.Drivers)).Set("weakness", Alternatives(words.Weaknesses))
         .Set("product", Alternatives(words.Products)).Set("customer", Alternatives(words.Customers))
         .Set("disruption", Alternatives(words.Disruptions)).Set("milestone", Alternatives(words.Milestones))
         .Set("regulator", Alternatives(words.Regulators)).Set("approver", Alternatives(words.Approvers)).Set("sector_word", Alternatives(words.Names))
         .Set("sector_tailwind", Alternatives(words.Tailwinds)).Set("sector_headwind", Alternatives(words.Headwinds));

        SetIntensityWords(s, strength);
        SetAnalystSlots(s, f.LastClose, dir);
        SetPeopleAndPlaces(s, p, words, f.Date);
        SetCapitalSlots(s, p, scale, f.LastClose, dir);

        s.Set("report_date", ShortDate(f.ReportDate == default ? f.Date : f.ReportDate))
         .Set("report_time", f.ReportsAfterClose ? AfterCloseWords : BeforeOpenWords)
         .Set("move", Percent(Math.Abs(f.Move))).Set("close", Dollars(f.Close))
         .Set("co_list", f.CompanyList ?? c.ShortName);
        return s;
    }

    private static void SetIntensityWords(HeadlineSlots s, double strength)
    {
        if (strength >= 0.65)
        {
            s.Set("beat_verb", "crushes", "smashes", "blows past", "handily beats", "easily tops")
             .Set("miss_verb", "badly misses", "falls well short of", "sharply misses", "whiffs on")
             .Set("up_verb", "soars", "surges", "jumps", "rockets").Set("down_verb", "plunges", "tumbles", "sinks", "craters")
             .Set("good_adj", "blowout", "stellar", "blockbuster", "record").Set("bad_adj", "dismal", "ugly", "disastrous", "grim");
        }
        else if (strength >= 0.35)
        {
            s.Set("beat_verb", "beats", "tops", "surpasses", "exceeds").Set("miss_verb", "misses", "falls short of", "lags", "trails")
             .Set("up_verb", "rises", "climbs", "gains", "grows").Set("down_verb", "falls", "drops", "slides", "declines")
             .Set("good_adj", "strong", "solid", "upbeat", "robust").Set("bad_adj", "weak", "disappointing", "soft", "downbeat");
        }
        else
        {
            s.Set("beat_verb", "edges past", "narrowly beats", "slightly tops", "modestly beats")
             .Set("miss_verb", "narrowly misses", "slightly misses", "comes in just below", "edges below")
             .Set("up_verb", "edges up", "ticks higher", "inches up", "rises modestly").Set("down_verb", "dips", "edges lower", "slips", "eases")
             .Set("good_adj", "decent", "modestly better", "steady", "respectable").Set("bad_adj", "mixed", "uneven", "lackluster", "middling");
        }
    }

    private void SetAnalystSlots(HeadlineSlots s, double lastClose, int dir)
    {
        var scale = rng.Pick(SampleVocabulary.RatingScales).Split('|');
        int from = dir > 0 ? rng.Next(0, 2) : rng.Next(1, 3);
        int to = dir > 0 ? from + 1 : dir < 0 ? from - 1 : from;
        int held = dir > 0 ? rng.Next(1, 3) : dir < 0 ? rng.Next(0, 2) : rng.Next(0, 3);
        double upside = dir > 0 ? rng.Uniform(0.08, 0.40) : dir < 0 ? rng.Uniform(-0.25, 0.02) : rng.Uniform(-0.05, 0.20);
        double pt = lastClose * (1 + upside);
        double oldPt = dir > 0 ? pt / rng.Uniform(1.05, 1.22) : dir < 0 ? pt * rng.Uniform(1.06, 1.28) : pt;
        if (Target(oldPt) == Target(pt)) oldPt = pt + dir * -Math.Max(1, pt * 0.05);
        s.Set("firm", rng.Pick(SampleVocabulary.AnalystFirms)).Set("analyst", PersonName())
         .Set("old_rating", scale[from]).Set("new_rating", scale[to]).Set("rating", scale[held])
         .Set("bull_rating", scale[2]).Set("hold_rating", scale[1]).Set("bear_rating", scale[0])
         .Set("pt", Target(pt)).Set("old_pt", Target(oldPt)).Set("upside", Percent(Math.Max(0.01, upside), 0));
    }

    private void SetPeopleAndPlaces(HeadlineSlots s, CompanyProfile p, SectorWords words, DateOnly date)
    {
        var peer = PeerOf(p);
        var other = profiles[(p.Index + 1 + rng.Next(profiles.Length - 1)) % profiles.Length];
        var privateName = rng.Pick(SampleVocabulary.PrivateNamePrefixes) + " " + rng.Pick(PrivateNameSuffixes);
        s.Set("person", PersonName()).Set("person2", PersonName()).Set("role", rng.Pick(SampleVocabulary.Roles))
         .Set("tenure", Number(rng.Next(2, 15), "0")).Set("peer", peer.Company.ShortName)
         .Set("other_co", other.Company.Name, other.Company.ShortName)
         .Set("target", privateName).Set("suitor", rng.Pick(SampleVocabulary.Suitors))
         .Set("plaintiff", rng.Pick(SampleVocabulary.Plaintiffs)).Set("allegation", rng.Pick(SampleVocabulary.Allegations))
         .Set("city", rng.Pick(SampleVocabulary.Cities)).Set("auditor", rng.Pick(SampleVocabulary.Auditors))
         .Set("index", rng.Pick(SampleVocabulary.Indexes)).Set("filing_item", rng.Pick(SampleVocabulary.FilingItems))
         .Set("conference", rng.Pick(SampleVocabulary.AnalystFirms) + " " + string.Format(System.Globalization.CultureInfo.InvariantCulture,
              rng.Pick(SampleVocabulary.ConferenceKinds), words.ConferenceTopic))
         .Set("event_date", ShortDate(date.AddDays(rng.Next(7, 45)))).Set("month", MonthName(date.AddMonths(1).Month))
         .Set("short_interest", Percent(rng.Uniform(0.01, 0.14))).Set("weeks", "52")
         .Set("units", Count(1000 * Math.Round(rng.Uniform(2, 400))));
    }

    private void SetCapitalSlots(HeadlineSlots s, CompanyProfile p, double scale, double lastClose, int dir)
    {
        double size = p.QuarterlyRevenueMillions * Math.Sqrt(scale);
        double oldDiv = Math.Max(0.05, Math.Round(p.QuarterlyDividend * Math.Sqrt(scale), 2));
        double div = dir > 0 ? Math.Round(oldDiv * rng.Uniform(1.04, 1.15) + 0.01, 2) : dir < 0 ? Math.Max(0.01, Math.Round(oldDiv * rng.Uniform(0.3, 0.7), 2)) : oldDiv;
        s.Set("div", Dollars(div)).Set("old_div", Dollars(oldDiv)).Set("div_change", Percent(div / oldDiv - 1, 0))
         .Set("buyback", Amount(size * rng.Uniform(0.2, 1.2))).Set("dealsize", Amount(size * rng.Uniform(0.1, 2.5)))
         .Set("contract", Amount(size * rng.Uniform(0.03, 0.4))).Set("amount", Amount(size * rng.Uniform(0.005, 0.08)))
         .Set("shares", Number(Math.Round(rng.Uniform(2, 30), 1), "0.0") + " million shares")
         .Set("offer_price", Dollars(lastClose * rng.Uniform(0.90, 0.98)))
         .Set("notes_size", Amount(size * rng.Uniform(0.2, 1.0))).Set("notes_year", Number(2027 + rng.Next(12), "0"))
         .Set("coupon", Number(rng.Next(12, 30) * 0.25, "0.00") + "%")
         .Set("split", lastClose > 250 ? "4-for-1" : lastClose > 120 ? "3-for-1" : "2-for-1");
    }

    /// <summary>Another company of the same sector, never the company itself.</summary>
    private CompanyProfile PeerOf(CompanyProfile p)
    {
        int count = 0;
        foreach (var q in profiles) if (q.SectorIndex == p.SectorIndex && q.Index != p.Index) count++;
        int pick = rng.Next(count);
        foreach (var q in profiles)
            if (q.SectorIndex == p.SectorIndex && q.Index != p.Index && pick-- == 0) return q;
        return p;
    }

    private string PersonName() => rng.Pick(SampleVocabulary.FirstNames) + " " + rng.Pick(SampleVocabulary.LastNames);

    private static string[] Alternatives(string list) => list.Split('|');
}
