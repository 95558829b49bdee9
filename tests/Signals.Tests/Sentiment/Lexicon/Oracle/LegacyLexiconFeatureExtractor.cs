using System.Globalization;
using System.Text.RegularExpressions;
using Signals.Sentiment.Lexicon;

namespace Signals.Tests.Sentiment.Lexicon.Oracle;

/// <summary>
/// The lexicon feature extractor as it was before it was rewritten for speed (regexes over the whole text, a string
/// per token, a hash lookup and a scan of every stem per word list), kept unchanged as the oracle the fast one must
/// match feature for feature.
/// </summary>
internal static partial class LegacyLexiconFeatureExtractor
{
    private static readonly LegacyWordSet Positive = new(FinancialLexicon.Positive);
    private static readonly LegacyWordSet Negative = new(FinancialLexicon.Negative);
    private static readonly LegacyWordSet Uncertainty = new(FinancialLexicon.Uncertainty);
    private static readonly LegacyWordSet Routine = new(FinancialLexicon.Routine);
    private static readonly LegacyWordSet GoodMetric = new(FinancialLexicon.GoodMetric);
    private static readonly LegacyWordSet BadMetric = new(FinancialLexicon.BadMetric);
    private static readonly LegacyWordSet Up = new(FinancialLexicon.Up);
    private static readonly LegacyWordSet Down = new(FinancialLexicon.Down);
    private static readonly LegacyWordSet Negators = new(FinancialLexicon.Negators);
    private static readonly LegacyWordSet Transitive = new(FinancialLexicon.Transitive);

    // How far (in tokens) a direction word looks for the quantity it moves, and how far negation reaches.
    private const int MetricWindowBefore = 6;
    private const int MetricWindowAfter = 4;
    private const int NegationReach = 3;

    /// <summary>Counts the cues in <paramref name="text"/> (case-insensitive; negation flips a word within three tokens).</summary>
    public static LexiconFeatures Extract(string text)
    {
        // "shareholders of record" and "record date" are dividend mechanics, not records broken.
        var lower = text.ToLowerInvariant().Replace("of record", "of-record").Replace("record date", "record-date");
        var tokens = Tokenize(lower);
        var used = new bool[tokens.Count];

        double phrasePos = 0, phraseNeg = 0;
        foreach (var (regex, sign) in Phrases)
        {
            int n = regex.Count(lower);
            if (sign > 0) phrasePos += n; else phraseNeg += n;
        }

        double pctUp = 0, pctDown = 0;
        foreach (Match m in SignedPercent().Matches(lower))
        {
            if (m.Groups[1].Value == "-" || m.Groups[1].Value == "\u2212") pctDown++; else pctUp++;
        }

        // Numeric direction: a verb of change paired with the nearest quantity it moves.
        double dirGood = 0, dirBad = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int dir = Up.Contains(tokens[i]) ? 1 : Down.Contains(tokens[i]) ? -1 : 0;
            if (dir == 0) continue;
            int metric = FindMetric(tokens, i, out int metricIndex);
            if (metric == 0) continue;
            bool negated = IsNegated(tokens, i);
            int effect = dir * metric * (negated ? -1 : 1);
            if (effect > 0) dirGood++; else dirBad++;
            used[i] = true;
            used[metricIndex] = true;
        }

        // A verb of change too far from its quantity ("operating profit for the period totalled EUR 31 mn, up
        // from ..."): if the sentence speaks of one kind of quantity only, that is what moved.
        if (dirGood + dirBad == 0)
        {
            int sentenceMetric = 0;
            bool mixed = false;
            foreach (var t in tokens)
            {
                int s = MetricSign(t);
                if (s == 0) continue;
                if (sentenceMetric != 0 && s != sentenceMetric) mixed = true;
                sentenceMetric = s;
            }
            if (sentenceMetric != 0 && !mixed)
            {
                for (int i = 0; i < tokens.Count; i++)
                {
                    int dir = Up.Contains(tokens[i]) ? 1 : Down.Contains(tokens[i]) ? -1 : 0;
                    if (dir == 0 || used[i]) continue;
                    int effect = dir * sentenceMetric * (IsNegated(tokens, i) ? -1 : 1);
                    if (effect > 0) dirGood++; else dirBad++;
                    used[i] = true;
                    break; // one verb is enough; the rest of the sentence usually repeats it
                }
            }
        }

        // "Acme down 3.4% after ..." names no quantity: the stock itself moved.
        if (dirGood + dirBad == 0)
        {
            foreach (Match m in VerbPercent().Matches(lower))
            {
                if (Up.Contains(m.Groups[1].Value)) pctUp++; else pctDown++;
            }
        }

        // "from X to Y" / "to Y from X" comparisons with numbers, when no verb already said which way.
        if (dirGood + dirBad == 0)
        {
            int cmp = CompareFromTo(lower);
            if (cmp != 0)
            {
                int metric = ContainsAny(tokens, BadMetric) ? -1 : 1;
                if (cmp * metric > 0) dirGood++; else dirBad++;
            }
        }

        double pos = 0, neg = 0, unc = 0, routine = 0, negations = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Negators.Contains(t)) negations++;
            if (Uncertainty.Contains(t)) unc++;
            if (Routine.Contains(t)) routine++;
            if (used[i]) continue;
            int polarity = Positive.Contains(t) ? 1 : Negative.Contains(t) ? -1 : 0;
            if (polarity == 0) continue;
            if (IsNegated(tokens, i)) polarity = -polarity;
            if (polarity > 0) pos++; else neg++;
        }

        return new LexiconFeatures(pos, neg, unc, dirGood, dirBad, phrasePos, phraseNeg, pctUp, pctDown, routine, negations);
    }

    private static int FindMetric(List<string> tokens, int at, out int metricIndex)
    {
        // Intransitive verbs move their subject ("operating profit rose"), transitive ones their object
        // ("cost control lifted profit", "cuts guidance"); look on the likelier side first.
        if (Transitive.Contains(tokens[at]))
        {
            int after = MetricAfter(tokens, at, out metricIndex);
            return after != 0 ? after : MetricBefore(tokens, at, out metricIndex);
        }
        int before = MetricBefore(tokens, at, out metricIndex);
        return before != 0 ? before : MetricAfter(tokens, at, out metricIndex);
    }

    private static int MetricBefore(List<string> tokens, int at, out int metricIndex)
    {
        for (int d = 1; d <= MetricWindowBefore && at - d >= 0; d++)
        {
            int s = MetricSign(tokens[at - d]);
            if (s != 0) { metricIndex = at - d; return s; }
        }
        metricIndex = -1;
        return 0;
    }

    private static int MetricAfter(List<string> tokens, int at, out int metricIndex)
    {
        int found = 0;
        metricIndex = -1;
        for (int d = 1; d <= MetricWindowAfter && at + d < tokens.Count; d++)
        {
            // "slid into a loss", "rose to a profit": what follows to/into is where it landed, not what moved.
            if (tokens[at + d] is "to" or "into" or "by" or "as" or "on" or "after") break;
            int s = MetricSign(tokens[at + d]);
            if (s == 0) continue;
            // In "cut its quarterly net loss" the head noun comes last; a bad quantity anywhere in it wins.
            if (found == 0 || s < 0) { found = s; metricIndex = at + d; }
            if (s < 0) break;
        }
        return found;
    }

    private static int MetricSign(string token) =>
        BadMetric.Contains(token) ? -1 : GoodMetric.Contains(token) ? 1 : 0;

    private static bool IsNegated(List<string> tokens, int at)
    {
        for (int d = 1; d <= NegationReach && at - d >= 0; d++)
            if (Negators.Contains(tokens[at - d])) return true;
        return false;
    }

    private static bool ContainsAny(List<string> tokens, LegacyWordSet set)
    {
        foreach (var t in tokens) if (set.Contains(t)) return true;
        return false;
    }

    /// <summary>+1 when the text moves a number up ("from 8.7 to 13.1", "to 13.1 from 8.7", "13.1 (8.7)"), -1 down, 0 none.</summary>
    internal static int CompareFromTo(string lower)
    {
        var m = FromTo().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = ToFrom().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = UpFrom().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = ComparedTo().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = Parenthesised().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        return 0;
    }

    private static int Compare(string before, string after)
    {
        if (!double.TryParse(before.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)) return 0;
        if (!double.TryParse(after.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var b)) return 0;
        return b > a ? 1 : b < a ? -1 : 0;
    }

    internal static List<string> Tokenize(string lower)
    {
        var tokens = new List<string>(24);
        int start = -1;
        for (int i = 0; i <= lower.Length; i++)
        {
            char c = i < lower.Length ? lower[i] : ' ';
            bool word = char.IsLetterOrDigit(c) || c == '\'' || c == '-' && start >= 0 || c == '.' && start >= 0 && i + 1 < lower.Length && char.IsDigit(lower[i + 1]);
            if (word)
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                var t = lower[start..i].Trim('-', '\'');
                if (t.EndsWith("n't", StringComparison.Ordinal) && t.Length > 3) { tokens.Add(t[..^3]); tokens.Add("n't"); }
                else if (t.Length > 0) tokens.Add(t);
                start = -1;
            }
        }
        return tokens;
    }

    private static readonly (Regex Regex, int Sign)[] Phrases =
    [
        (new Regex(@"\b(beat|beats|tops|topped|exceed(s|ed)?|surpass(es|ed)?|ahead of)\b[\w\s'-]{0,25}\b(estimates?|expectations|consensus|forecasts?|views?)\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(miss(es|ed)?|short of|below|trail(s|ed)?|lag(s|ged)?)\b[\w\s'-]{0,25}\b(estimates?|expectations|consensus|forecasts?|views?)\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(rais(e|es|ed|ing)|lift(s|ed)?|boost(s|ed)?|hik(e|es|ed)|increas(e|es|ed)|upgrad(e|es|ed))\b[\w\s'-]{0,25}\b(guidance|outlook|forecasts?|targets?|dividend|payout)\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(cut(s|ting)?|lower(s|ed)?|slash(es|ed)?|reduc(e|es|ed)|trim(s|med)?|withdr[ae]w(s|n)?|suspend(s|ed)?|scrap(s|ped)?|pull(s|ed)?)\b[\w\s'-]{0,25}\b(guidance|outlook|forecasts?|targets?|dividend|payout)\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(turn(s|ed)?|swung|swing(s)?|return(s|ed)?|move[sd]?)\s+(back\s+)?(in)?to\s+(a\s+)?([\w-]+\s+){0,2}?(profit|black|profitability)\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(turn(s|ed)?|swung|swing(s)?|slid|sl[iu]ps?|plunged|fell|move[sd]?)\s+(back\s+)?(in)?to\s+(a\s+)?([\w-]+\s+){0,2}?(loss|red|deficit)\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(compared\s+(with|to)|versus|vs\.?|from|after)\s+(a\s+)?([\w-]+\s+){0,2}?loss\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(better|less|smaller|milder|lower|fewer)\s+than\s+([\w-]+\s+){0,2}?(feared|expected\s+losses)\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(better|stronger|higher|faster)\s+than\s+([\w-]+\s+){0,2}?(expected|forecast|anticipated|estimated|hoped|guided)\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(worse|weaker|deeper|bigger|larger|wider|slower)\s+than\s+([\w-]+\s+){0,2}?(expected|feared|forecast|anticipated|estimated|hoped|guided)\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(52-week|multi-year|all-time|record|year-to-date)\s+highs?\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(52-week|multi-year|all-time|record|year-to-date)\s+lows?\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(upgrad(e|es|ed)\s+to|initiat(e|es|ed)\s+at|reiterat(e|es|ed))\s+(buy|outperform|overweight|strong buy)\b", RegexOptions.Compiled), 1),
        (new Regex(@"\b(downgrad(e|es|ed)\s+to|initiat(e|es|ed)\s+at|cut\s+to)\s+(sell|underperform|underweight|reduce|neutral|hold)\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(profit warning|going concern|chapter 11|files? for bankruptcy|class action|securities fraud|accounting irregularit|default(s|ed)? on|credit watch negative|junk)\b", RegexOptions.Compiled), -1),
        (new Regex(@"\b(fda approv|wins? (a |an )?(contract|order|deal)|secures? (a |an )?(contract|order)|record (quarter|revenue|sales|profit|earnings|orders|results)|share (buyback|repurchase)|special dividend|takeover (offer|bid)|to be acquired|agreed to be (acquired|bought))", RegexOptions.Compiled), 1),
    ];

    [GeneratedRegex(@"(?<![\w.])([+\-\u2212])\s?\d+(\.\d+)?\s?%")]
    private static partial Regex SignedPercent();

    [GeneratedRegex(@"^[^,;:]{0,40}?\b(up|down|rose|fell|gained|lost|jumped|dropped|slipped|climbed|sank|slid|surged|plunged|tumbled|soared|rallied|sheds?|adds?)\s+\d+(?:\.\d+)?\s?%")]
    private static partial Regex VerbPercent();

    [GeneratedRegex(@"\bfrom\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)[^.;]{0,30}?\bto\s+(?:[a-z$€£¥]{0,4}\s?)(?<b>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\bto\s+(?:[a-z$€£¥]{0,4}\s?)(?<b>\d[\d,]*(?:\.\d+)?)[^.;]{0,30}?\bfrom\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex ToFrom();

    [GeneratedRegex(@"(?<b>\d[\d,]*(?:\.\d+)?)\s?(?:mn|m|bn|million|billion|%)?,?\s+(?:up|down)\s+from\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex UpFrom();

    [GeneratedRegex(@"(?<b>\d[\d,]*(?:\.\d+)?)\s?(?:mn|m|bn|million|billion|%)?,?\s+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex ComparedTo();

    [GeneratedRegex(@"(?<b>\d[\d,]*(?:\.\d+)?)\s?(?:mn|m|bn|million|billion|%)?\s*\(\s*(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex Parenthesised();
}
