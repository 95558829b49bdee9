using System.Text.RegularExpressions;

namespace Signals.Sentiment.Lexicon;

/// <summary>
/// Strong event phrases ("cuts guidance", "beats estimates", "swung to a loss") and their direction. Most headlines
/// hold none: each pattern first asks whether the text holds, from every group of words it names, at least one the
/// pattern cannot match without (one vectorised scan finds them all), and runs the regex only when it does.
/// </summary>
internal static partial class PhrasePatterns
{
    private sealed record Pattern(Regex Regex, int Sign, params string[][] MustContainOneOfEach);

    // Each word list is read off its pattern: a literal that every match of the pattern contains (no "\s" inside).
    private static readonly string[] Estimates = ["estimate", "expectations", "consensus", "forecast", "view"];
    private static readonly string[] Guidance = ["guidance", "outlook", "forecast", "target", "dividend", "payout"];
    private static readonly string[] Levels = ["52-week", "multi-year", "all-time", "record", "year-to-date"];

    private static readonly Pattern[] Patterns =
    [
        new(BeatsEstimates(), 1, ["beat", "tops", "topped", "exceed", "surpass", "ahead of"], Estimates),
        new(MissesEstimates(), -1, ["miss", "short of", "below", "trail", "lag"], Estimates),
        new(RaisesGuidance(), 1, ["rais", "lift", "boost", "hik", "increas", "upgrad"], Guidance),
        new(CutsGuidance(), -1, ["cut", "lower", "slash", "reduc", "trim", "withdr", "suspend", "scrap", "pull"], Guidance),
        new(TurnsToProfit(), 1, ["turn", "swung", "swing", "return", "move"], ["profit", "black"]),
        new(TurnsToLoss(), -1, ["turn", "swung", "swing", "slid", "slip", "slup", "plunged", "fell", "move"], ["loss", "red", "deficit"]),
        new(FromALoss(), 1, ["compared", "versus", "vs", "from", "after"], ["loss"]),
        new(LossSmallerThanFeared(), 1, ["than"], ["feared", "expected"]),
        new(BetterThanExpected(), 1, ["than"], ["expected", "forecast", "anticipated", "estimated", "hoped", "guided"]),
        new(WorseThanExpected(), -1, ["than"], ["expected", "feared", "forecast", "anticipated", "estimated", "hoped", "guided"]),
        new(RecordHigh(), 1, Levels, ["high"]),
        new(RecordLow(), -1, Levels, ["low"]),
        new(RatedBuy(), 1, ["upgrad", "initiat", "reiterat"], ["buy", "outperform", "overweight"]),
        new(RatedSell(), -1, ["downgrad", "initiat", "cut"], ["sell", "underperform", "underweight", "reduce", "neutral", "hold"]),
        new(Distress(), -1, ["profit warning", "going concern", "chapter 11", "for bankruptcy", "class action", "securities fraud", "accounting irregularit", "default", "credit watch negative", "junk"]),
        new(GoodEvent(), 1, ["fda approv", "contract", "order", "deal", "record ", "buyback", "repurchase", "special dividend", "takeover ", "to be "]),
    ];

    // Every group of every pattern gets a bit; a pattern can match only when the text has all of its bits.
    private static readonly string[][] Groups = [.. Patterns.SelectMany(p => p.MustContainOneOfEach)];
    private static readonly WordGroupScan Scan = new(Groups);
    private static readonly ulong[] Required = RequiredBits();

    /// <summary>How many good-news and bad-news phrase matches <paramref name="lower"/> holds (matches of one pattern do not overlap).</summary>
    public static (int Positive, int Negative) Count(ReadOnlySpan<char> lower)
    {
        int positive = 0, negative = 0;
        ulong present = Scan.GroupsIn(lower);
        for (int i = 0; i < Patterns.Length; i++)
        {
            if ((present & Required[i]) != Required[i]) continue;
            int n = Patterns[i].Regex.Count(lower);
            if (Patterns[i].Sign > 0) positive += n; else negative += n;
        }
        return (positive, negative);
    }

    private static ulong[] RequiredBits()
    {
        var required = new ulong[Patterns.Length];
        int bit = 0;
        for (int i = 0; i < Patterns.Length; i++)
            foreach (var _ in Patterns[i].MustContainOneOfEach)
                required[i] |= 1UL << bit++;
        return required;
    }

    [GeneratedRegex(@"\b(beat|beats|tops|topped|exceed(s|ed)?|surpass(es|ed)?|ahead of)\b[\w\s'-]{0,25}\b(estimates?|expectations|consensus|forecasts?|views?)\b")]
    private static partial Regex BeatsEstimates();

    [GeneratedRegex(@"\b(miss(es|ed)?|short of|below|trail(s|ed)?|lag(s|ged)?)\b[\w\s'-]{0,25}\b(estimates?|expectations|consensus|forecasts?|views?)\b")]
    private static partial Regex MissesEstimates();

    [GeneratedRegex(@"\b(rais(e|es|ed|ing)|lift(s|ed)?|boost(s|ed)?|hik(e|es|ed)|increas(e|es|ed)|upgrad(e|es|ed))\b[\w\s'-]{0,25}\b(guidance|outlook|forecasts?|targets?|dividend|payout)\b")]
    private static partial Regex RaisesGuidance();

    [GeneratedRegex(@"\b(cut(s|ting)?|lower(s|ed)?|slash(es|ed)?|reduc(e|es|ed)|trim(s|med)?|withdr[ae]w(s|n)?|suspend(s|ed)?|scrap(s|ped)?|pull(s|ed)?)\b[\w\s'-]{0,25}\b(guidance|outlook|forecasts?|targets?|dividend|payout)\b")]
    private static partial Regex CutsGuidance();

    [GeneratedRegex(@"\b(turn(s|ed)?|swung|swing(s)?|return(s|ed)?|move[sd]?)\s+(back\s+)?(in)?to\s+(a\s+)?([\w-]+\s+){0,2}?(profit|black|profitability)\b")]
    private static partial Regex TurnsToProfit();

    [GeneratedRegex(@"\b(turn(s|ed)?|swung|swing(s)?|slid|sl[iu]ps?|plunged|fell|move[sd]?)\s+(back\s+)?(in)?to\s+(a\s+)?([\w-]+\s+){0,2}?(loss|red|deficit)\b")]
    private static partial Regex TurnsToLoss();

    [GeneratedRegex(@"\b(compared\s+(with|to)|versus|vs\.?|from|after)\s+(a\s+)?([\w-]+\s+){0,2}?loss\b")]
    private static partial Regex FromALoss();

    [GeneratedRegex(@"\b(better|less|smaller|milder|lower|fewer)\s+than\s+([\w-]+\s+){0,2}?(feared|expected\s+losses)\b")]
    private static partial Regex LossSmallerThanFeared();

    [GeneratedRegex(@"\b(better|stronger|higher|faster)\s+than\s+([\w-]+\s+){0,2}?(expected|forecast|anticipated|estimated|hoped|guided)\b")]
    private static partial Regex BetterThanExpected();

    [GeneratedRegex(@"\b(worse|weaker|deeper|bigger|larger|wider|slower)\s+than\s+([\w-]+\s+){0,2}?(expected|feared|forecast|anticipated|estimated|hoped|guided)\b")]
    private static partial Regex WorseThanExpected();

    [GeneratedRegex(@"\b(52-week|multi-year|all-time|record|year-to-date)\s+highs?\b")]
    private static partial Regex RecordHigh();

    [GeneratedRegex(@"\b(52-week|multi-year|all-time|record|year-to-date)\s+lows?\b")]
    private static partial Regex RecordLow();

    [GeneratedRegex(@"\b(upgrad(e|es|ed)\s+to|initiat(e|es|ed)\s+at|reiterat(e|es|ed))\s+(buy|outperform|overweight|strong buy)\b")]
    private static partial Regex RatedBuy();

    [GeneratedRegex(@"\b(downgrad(e|es|ed)\s+to|initiat(e|es|ed)\s+at|cut\s+to)\s+(sell|underperform|underweight|reduce|neutral|hold)\b")]
    private static partial Regex RatedSell();

    [GeneratedRegex(@"\b(profit warning|going concern|chapter 11|files? for bankruptcy|class action|securities fraud|accounting irregularit|default(s|ed)? on|credit watch negative|junk)\b")]
    private static partial Regex Distress();

    [GeneratedRegex(@"\b(fda approv|wins? (a |an )?(contract|order|deal)|secures? (a |an )?(contract|order)|record (quarter|revenue|sales|profit|earnings|orders|results)|share (buyback|repurchase)|special dividend|takeover (offer|bid)|to be acquired|agreed to be (acquired|bought))")]
    private static partial Regex GoodEvent();
}
