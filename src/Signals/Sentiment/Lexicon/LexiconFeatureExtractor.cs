using System.Buffers;
using System.Runtime.CompilerServices;

namespace Signals.Sentiment.Lexicon;

/// <summary>Extracts <see cref="LexiconFeatures"/> from text. Stateless and thread-safe.</summary>
public static class LexiconFeatureExtractor
{
    // How far (in tokens) a direction word looks for the quantity it moves, and how far negation reaches.
    private const int MetricWindowBefore = 6;
    private const int MetricWindowAfter = 4;
    private const int NegationReach = 3;

    // Headlines fit on the stack; a long body borrows pooled arrays instead.
    private const int StackChars = 256;

    private static readonly WordClassIndex Words = WordClassIndex.Financial;

    /// <summary>Counts the cues in <paramref name="text"/> (case-insensitive; negation flips a word within three tokens).</summary>
    [SkipLocalsInit] // every buffer is written before it is read: zeroing 3 kB per headline would be wasted
    public static LexiconFeatures Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Extract(text.AsSpan());
    }

    /// <summary>As <see cref="Extract(string)"/>, on text in a caller's buffer (a headline read from a <see cref="Data.NewsTable"/> without making a string).</summary>
    [SkipLocalsInit] // as above
    public static LexiconFeatures Extract(ReadOnlySpan<char> text)
    {
        // A text has at most as many tokens as characters, so one length sizes every buffer.
        int n = text.Length;
        char[]? pooledChars = null;
        TokenSpan[]? pooledTokens = null;
        WordClass[]? pooledClasses = null;
        bool[]? pooledUsed = null;
        try
        {
            Span<char> lower = n <= StackChars ? stackalloc char[StackChars] : pooledChars = ArrayPool<char>.Shared.Rent(n);
            Span<TokenSpan> tokens = n <= StackChars ? stackalloc TokenSpan[StackChars] : pooledTokens = ArrayPool<TokenSpan>.Shared.Rent(n);
            Span<WordClass> classes = n <= StackChars ? stackalloc WordClass[StackChars] : pooledClasses = ArrayPool<WordClass>.Shared.Rent(n);
            Span<bool> used = n <= StackChars ? stackalloc bool[StackChars] : pooledUsed = ArrayPool<bool>.Shared.Rent(n);
            lower = lower[..n];
            HeadlineLowering.Write(text, lower);
            int count = HeadlineTokenizer.Tokenize(lower, tokens);
            for (int i = 0; i < count; i++) classes[i] = Words.Classify(lower.Slice(tokens[i].Start, tokens[i].Length));
            used = used[..count];
            used.Clear();
            return Extract(lower, classes[..count], used);
        }
        finally
        {
            if (pooledChars is not null) ArrayPool<char>.Shared.Return(pooledChars);
            if (pooledTokens is not null) ArrayPool<TokenSpan>.Shared.Return(pooledTokens);
            if (pooledClasses is not null) ArrayPool<WordClass>.Shared.Return(pooledClasses);
            if (pooledUsed is not null) ArrayPool<bool>.Shared.Return(pooledUsed);
        }
    }

    private static LexiconFeatures Extract(ReadOnlySpan<char> lower, ReadOnlySpan<WordClass> tokens, Span<bool> used)
    {
        string? lowerText = null; // made only for the few regexes whose groups are read

        var (phrasePos, phraseNeg) = PhrasePatterns.Count(lower);
        var (pctUp, pctDown) = PercentMoves.CountSigned(lower);

        // Numeric direction: a verb of change paired with the nearest quantity it moves.
        double dirGood = 0, dirBad = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int dir = Direction(tokens[i]);
            if (dir == 0) continue;
            int metric = FindMetric(tokens, i, out int metricIndex);
            if (metric == 0) continue;
            int effect = dir * metric * (IsNegated(tokens, i) ? -1 : 1);
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
                for (int i = 0; i < tokens.Length; i++)
                {
                    int dir = Direction(tokens[i]);
                    if (dir == 0 || used[i]) continue;
                    int effect = dir * sentenceMetric * (IsNegated(tokens, i) ? -1 : 1);
                    if (effect > 0) dirGood++; else dirBad++;
                    used[i] = true;
                    break; // one verb is enough; the rest of the sentence usually repeats it
                }
            }
        }

        // "Acme down 3.4% after ..." names no quantity: the stock itself moved.
        if (dirGood + dirBad == 0 && PercentMoves.LeadingVerb(lower, ref lowerText) is { } verb)
        {
            if ((Words.Classify(verb) & WordClass.Up) != 0) pctUp++; else pctDown++;
        }

        // "from X to Y" / "to Y from X" comparisons with numbers, when no verb already said which way.
        if (dirGood + dirBad == 0)
        {
            int cmp = NumberComparison.Direction(lower, ref lowerText);
            if (cmp != 0)
            {
                int metric = Any(tokens, WordClass.BadMetric) ? -1 : 1;
                if (cmp * metric > 0) dirGood++; else dirBad++;
            }
        }

        double pos = 0, neg = 0, unc = 0, routine = 0, negations = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if ((t & WordClass.Negator) != 0) negations++;
            if ((t & WordClass.Uncertainty) != 0) unc++;
            if ((t & WordClass.Routine) != 0) routine++;
            if (used[i]) continue;
            int polarity = (t & WordClass.Positive) != 0 ? 1 : (t & WordClass.Negative) != 0 ? -1 : 0;
            if (polarity == 0) continue;
            if (IsNegated(tokens, i)) polarity = -polarity;
            if (polarity > 0) pos++; else neg++;
        }

        return new LexiconFeatures(pos, neg, unc, dirGood, dirBad, phrasePos, phraseNeg, pctUp, pctDown, routine, negations);
    }

    private static int Direction(WordClass token) =>
        (token & WordClass.Up) != 0 ? 1 : (token & WordClass.Down) != 0 ? -1 : 0;

    private static int FindMetric(ReadOnlySpan<WordClass> tokens, int at, out int metricIndex)
    {
        // Transitive verbs name their quantity after them
        // ("cost control lifted profit", "cuts guidance"); look on the likelier side first.
        if ((tokens[at] & WordClass.Transitive) != 0)
        {
            int after = MetricAfter(tokens, at, out metricIndex);
            return after != 0 ? after : MetricBefore(tokens, at, out metricIndex);
        }
        int before = MetricBefore(tokens, at, out metricIndex);
        return before != 0 ? before : MetricAfter(tokens, at, out metricIndex);
    }

    private static int MetricBefore(ReadOnlySpan<WordClass> tokens, int at, out int metricIndex)
    {
        for (int d = 1; d <= MetricWindowBefore && at - d >= 0; d++)
        {
            int s = MetricSign(tokens[at - d]);
            if (s != 0) { metricIndex = at - d; return s; }
        }
        metricIndex = -1;
        return 0;
    }

    private static int MetricAfter(ReadOnlySpan<WordClass> tokens, int at, out int metricIndex)
    {
        int found = 0;
        metricIndex = -1;
        for (int d = 1; d <= MetricWindowAfter && at + d < tokens.Length; d++)
        {
            // "slid into a loss", "rose to a profit": what follows to/into is where it landed, not what moved.
            if ((tokens[at + d] & WordClass.Landing) != 0) break;
            int s = MetricSign(tokens[at + d]);
            if (s == 0) continue;
            // In "cut its quarterly net loss" the head noun comes last; a bad quantity anywhere in it wins.
            if (found == 0 || s < 0) { found = s; metricIndex = at + d; }
            if (s < 0) break;
        }
        return found;
    }

    private static int MetricSign(WordClass token) =>
        (token & WordClass.BadMetric) != 0 ? -1 : (token & WordClass.GoodMetric) != 0 ? 1 : 0;

    private static bool IsNegated(ReadOnlySpan<WordClass> tokens, int at)
    {
        for (int d = 1; d <= NegationReach && at - d >= 0; d++)
            if ((tokens[at - d] & WordClass.Negator) != 0) return true;
        return false;
    }

    private static bool Any(ReadOnlySpan<WordClass> tokens, WordClass cls)
    {
        foreach (var t in tokens) if ((t & cls) != 0) return true;
        return false;
    }

    /// <summary>+1 when the text moves a number up ("from 8.7 to 13.1", "to 13.1 from 8.7", "13.1 (8.7)"), -1 down, 0 none.</summary>
    internal static int CompareFromTo(string lower) => NumberComparison.Direction(lower);

    /// <summary>The tokens of lowercased text as strings (for tests and diagnostics; scoring reads slices).</summary>
    internal static List<string> Tokenize(string lower)
    {
        var tokens = new TokenSpan[lower.Length];
        int count = HeadlineTokenizer.Tokenize(lower, tokens);
        return [.. tokens[..count].Select(t => lower.Substring(t.Start, t.Length))];
    }
}
