using System.Text;
using Signals.Data;
using Signals.Sentiment.Lexicon;

namespace Signals.Tests.Sentiment.Lexicon.Oracle;

/// <summary>
/// Texts to hold the fast extractor against the oracle: the shipped sample's headlines, hand-picked edge cases, and
/// seeded word salad drawn from every lexicon entry, the phrase and comparison patterns' words, numbers, signs,
/// punctuation, mixed case and non-ASCII letters and digits.
/// </summary>
internal static class VariedHeadlines
{
    public static IReadOnlyList<string> Sample() =>
        [.. NewsFile.Load(RepoPaths.Of("data", "sample", "news.csv")).Select(ScoredText.Of)];

    public static readonly string[] EdgeCases =
    [
        "", " ", "-", "'", "n't", "didn't", "'didn't'", "--won't--", "isn't.", "can't can't", "n'tn't", "Xn't",
        "Shareholders OF RECORD on the Record Date", "of record date", "of  record", "recorddate record date record date",
        "record high", "Record-High", "52-week highs and 52-week lows", "all-time high, year-to-date low",
        "$XYZ -3.4% on offering", "+8.2%", "\u22122.5 %", "a-3%", "3-5%", ".-4%", "-.5%", "+ 4%", "- 4 %", "up 3.4%",
        "Acme down 3.4% after a probe", "Acme adds 2% after results", "Acme, up 5%", "sheds 10% on warning",
        "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn", "to EUR 42 mn from EUR 44.2 mn", "from 1,200 to 900",
        "sales 40.1 mn (48.0 mn)", "EBIT 7.1 % (5.2 %)", "costs 12 compared with 10", "debt 5 versus 7", "vs. 3 against 4",
        "1,2,3 from 4.5.6 to 7", "revenue 10bn, down from 12bn", "loss 3 mn, up from 2 mn",
        "Net loss narrowed; sales did not grow; profit was not lower", "The company reported no losses",
        "beats estimates", "topped consensus views", "ahead of expectations", "missed forecasts", "short of estimates",
        "lagged the consensus", "raises guidance", "hiked its dividend", "withdrew outlook", "withdrawn targets",
        "scrapped the payout", "swung back into a profit", "turned to the black", "moves into the red", "slups to a deficit",
        "compared with a loss", "vs. a year-earlier loss", "better than feared", "smaller than expected losses",
        "stronger than hoped", "wider than guided", "upgraded to buy", "initiated at strong buy", "reiterates outperform",
        "downgrades to sell", "cut to neutral", "initiate at hold", "profit warning", "going concern doubt", "Chapter 11",
        "files for bankruptcy", "file for bankruptcy", "defaulted on bonds", "credit watch negative", "junk rating",
        "FDA approves drug", "FDA approval", "wins a contract", "win an order", "secures deal", "secure a contract",
        "record quarter", "record orders", "share buyback", "share repurchase", "special dividend", "takeover bid",
        "to be acquired", "agreed to be bought",
        "ÄKTIEN steigen", "İstanbul İNCREASE", "\u212Aelvin profit", "Straße loss", "𝐀𝐁 gain", "café résumé improves",
        "٣٤ percent ١٢%", "profit\u00a0rose", "profit\u2009rose 5\u2009%", "tab\tseparated\tprofit\trose",
        "line\nbreak profit\nrose", "ALL CAPS PROFIT ROSE TO 5 FROM 3", "MiXeD CaSe WaRnS", "'quoted' \"double\" words",
        "hyphen-ated-words and -leading and trailing- hyphens", "dots.between.words 1.2.3 .5 5. a.1",
        "profit-making loss-making going-concern write-down write-offs same-store like-for-like",
        "in line with views; inline", "may might could possibly uncertain reportedly",
    ];

    // Words every branch of the extractor and every pattern looks for, beyond the lexicon's own entries.
    private static readonly string[] PatternWords =
    [
        "than", "from", "to", "into", "by", "as", "on", "after", "a", "an", "the", "compared", "with", "versus", "vs",
        "vs.", "against", "back", "in", "black", "red", "deficit", "expected", "feared", "forecast", "anticipated",
        "estimated", "hoped", "guided", "losses", "buy", "sell", "hold", "neutral", "reduce", "strong", "sl", "slups",
        "withdrew", "withdrawn", "scrapped", "pulled", "approval", "fda", "contract", "deal", "of", "record", "date",
        "chapter", "11", "bankruptcy", "class", "action", "securities", "accounting", "irregularities", "credit", "watch",
        "eur", "usd", "mn", "m", "bn", "million", "billion", "$", "€", "£", "¥", "Acme", "Norvale",
    ];

    private static readonly string[] Suffixes = ["", "", "", "s", "ed", "ing", "ly", "ment", "n't", "-", "'s", "."];

    private static readonly string[] Separators =
        [" ", " ", " ", " ", " ", ", ", "; ", ": ", ". ", " - ", " (", ") ", "'", "-", "", "  ", " \u2212", " +", "%", " % "];

    /// <summary><paramref name="count"/> seeded texts of 1 to 30 pieces.</summary>
    public static IReadOnlyList<string> WordSalad(int count, int seed)
    {
        string[] lexicon =
        [
            .. FinancialLexicon.Positive, .. FinancialLexicon.Negative, .. FinancialLexicon.Uncertainty,
            .. FinancialLexicon.Routine, .. FinancialLexicon.GoodMetric, .. FinancialLexicon.BadMetric,
            .. FinancialLexicon.Up, .. FinancialLexicon.Down, .. FinancialLexicon.Transitive, .. FinancialLexicon.Negators,
        ];
        var random = new Random(seed);
        var texts = new List<string>(count);
        var text = new StringBuilder();
        for (int k = 0; k < count; k++)
        {
            text.Clear();
            int pieces = 1 + random.Next(30);
            for (int p = 0; p < pieces; p++)
            {
                text.Append(Piece(random, lexicon));
                text.Append(Separators[random.Next(Separators.Length)]);
            }
            texts.Add(text.ToString());
        }
        return texts;
    }

    private static string Piece(Random random, string[] lexicon)
    {
        string word = random.Next(10) switch
        {
            < 5 => lexicon[random.Next(lexicon.Length)].TrimEnd('*') + Suffixes[random.Next(Suffixes.Length)],
            < 7 => PatternWords[random.Next(PatternWords.Length)],
            < 9 => Number(random),
            _ => EdgeCases[random.Next(EdgeCases.Length)],
        };
        return random.Next(8) switch
        {
            0 => word.ToUpperInvariant(),
            1 => word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word,
            _ => word,
        };
    }

    private static string Number(Random random)
    {
        string digits = random.Next(4) switch
        {
            0 => random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => (random.Next(10000) / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
            2 => random.Next(1, 99) + "," + random.Next(100, 999),
            _ => "0" + random.Next(10) + "." + random.Next(10) + "." + random.Next(10),
        };
        return random.Next(5) switch
        {
            0 => "-" + digits + "%",
            1 => "+" + digits + " %",
            2 => digits + "%",
            _ => digits,
        };
    }
}
