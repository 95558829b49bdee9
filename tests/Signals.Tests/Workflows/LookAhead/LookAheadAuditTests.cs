using System.Security.Cryptography;
using System.Text;
using Signals.Analytics;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Signals.Tests.Sentiment.Llm;
using Signals.Workflows;
using Signals.Workflows.LookAhead;
using Xunit.Abstractions;

namespace Signals.Tests.Workflows.LookAhead;

/// <summary>
/// The audit against a model that "answers from the future": before its cut-off, a headline naming the company gets the
/// sign of that stock's realised next-day return; an anonymised headline, and any headline after the cut-off, gets a
/// coin flip fixed by its text. The audit must find the planted memorisation before the cut-off and nothing after it.
/// </summary>
public sealed class LookAheadAuditTests(ITestOutputHelper output) : IDisposable
{
    internal static readonly DateOnly Cutoff = new(2020, 10, 30);   // about 210 of the 400 weekdays from 2020-01-02 lie before it
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    /// <summary>12 names over 400 weekdays of random-walk prices; each day 6 of them get a headline at 08:00 New York (decided at that day's open).</summary>
    internal sealed class Market
    {
        public BarPanel Prices { get; }
        public List<NewsItem> News { get; } = [];
        public Dictionary<string, string> Names { get; } = [];
        /// <summary>Headline text → (decision day, realised open-to-open return of that day).</summary>
        public Dictionary<string, (DateOnly Day, double Return)> Truth { get; } = [];

        public Market(int seed = 7)
        {
            var rng = new Random(seed);
            int days = 400, symbols = 12;
            var opens = new double[symbols][];
            for (int s = 0; s < symbols; s++)
            {
                opens[s] = new double[days];
                double p = 50;
                for (int d = 0; d < days; d++) { opens[s][d] = p; p *= Math.Exp(0.015 * (rng.NextDouble() - 0.5) * 3.4); }
            }
            Prices = TinyPanels.FromOpens(opens);
            for (int s = 0; s < symbols; s++) Names[Prices.Symbols[s]] = $"Zentra{(char)('A' + s)} Corp";
            var forward = ForwardReturns.Compute(Prices, 1, ForwardReturnBasis.Open);
            var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
            int n = 0;
            for (int d = 0; d < days - 1; d++)
            {
                var day = Prices.Dates[d];
                var local = new DateTime(day.Year, day.Month, day.Day, 8, 0, 0);
                var published = new DateTimeOffset(local, ny.GetUtcOffset(local));
                foreach (int s in Enumerable.Range(0, symbols).OrderBy(_ => rng.Next()).Take(6))
                {
                    string symbol = Prices.Symbols[s];
                    string headline = $"{Names[symbol]} ({symbol}) files routine update number {n++}";
                    News.Add(new NewsItem($"h{n}", published, [symbol], headline));
                    Truth[headline] = (day, forward[d, s]);
                }
            }
        }

        /// <summary>The model that remembers: the realised sign for a named headline before the cut-off, a fixed coin flip otherwise.</summary>
        public FakeReply Answer(FakeRequest request)
        {
            string headline = request.Headline;
            bool remembers = Truth.TryGetValue(headline, out var truth) && truth.Day <= Cutoff && double.IsFinite(truth.Return);
            bool up = remembers ? truth.Return > 0 : (SHA256.HashData(Encoding.UTF8.GetBytes(headline))[0] & 1) == 1;
            return FakeReply.Chat(up ? "YES\nGood for the stock." : "NO\nBad for the stock.");
        }
    }

    private static SentimentStudyOptions Study => new() { StrategySettings = new() { MinNamesPerSide = 1 }, Research = new() { Enabled = false } };

    private LlmScorerOptions Llm(FakeOpenAiServer server, Market market) => LlmTestKit.Options(server, "future-model") with
    {
        CompanyNames = market.Names,
        CachePath = _files.PathOf("cache.db"),
    };

    [Fact]
    public async Task A_model_that_remembers_is_caught_before_its_cutoff_and_cleared_after_it()
    {
        var market = new Market();
        using var server = new FakeOpenAiServer(market.Answer);
        var audit = await LookAheadAudit.RunAsync(market.Prices, market.News, Llm(server, market), Cutoff, Study);

        // Both passes asked: every headline once as written and once anonymised (the anonymised text never names the firm).
        Assert.Equal(2 * market.News.Count, server.RequestCount);
        Assert.All(server.Requests.Where(r => r.Headline.Contains("Company X", StringComparison.Ordinal)),
            r => Assert.DoesNotContain("Zentra", r.User, StringComparison.Ordinal));
        Assert.Equal(market.News.Count, server.Requests.Count(r => r.Headline.Contains("Company X", StringComparison.Ordinal)));

        output.WriteLine(audit.Verdict);
        Assert.Equal(Cutoff, audit.Cutoff);
        var before = audit.Before!;
        var after = audit.After!;
        Assert.True(before.Named.Ic > 0.2, $"named IC before {before.Named.Ic}");
        Assert.True(before.Named.Ic > 5 * Math.Abs(before.Anonymized.Ic), $"named {before.Named.Ic} vs anonymised {before.Anonymized.Ic}");
        Assert.True(before.IcDifferenceLower > 0, $"interval [{before.IcDifferenceLower}, {before.IcDifferenceUpper}]");
        Assert.True(before.ShareLost > 0.8, $"share lost {before.ShareLost}");
        Assert.True(before.Named.LongShortSharpe > before.Anonymized.LongShortSharpe);
        Assert.True(after.IcDifferenceLower <= 0 && after.IcDifferenceUpper >= 0, $"after: [{after.IcDifferenceLower}, {after.IcDifferenceUpper}]");
        Assert.True(Math.Abs(after.Named.Ic) < 0.1, $"named IC after {after.Named.Ic}");
        Assert.True(audit.MemorisationFound);
        Assert.StartsWith("Likely memorisation", audit.Verdict);
        Assert.All(audit.Periods, p => Assert.True(p.Judged));
        Assert.True(before.To <= Cutoff && after.From > Cutoff);

        // Seeded: the same scores give the same interval; a second run is answered from the cache (each pass under its own keys).
        var again = await LookAheadAudit.RunAsync(market.Prices, market.News, Llm(server, market), Cutoff, Study);
        Assert.Equal(2 * market.News.Count, server.RequestCount);
        Assert.Equal(before.IcDifferenceLower, again.Before!.IcDifferenceLower);
        Assert.Equal(after.IcDifferenceUpper, again.After!.IcDifferenceUpper);

        // study.json's shape.
        var json = LookAheadSection.Json(audit);
        Assert.Equal("2020-10-30", (string?)json["cutoff"]);
        var periods = json["periods"]!.AsArray();
        Assert.Equal(["before", "after"], periods.Select(p => (string?)p!["period"]));
        Assert.Equal(before.Named.Ic, (double)periods[0]!["named"]!["ic"]!);
        Assert.Equal(2, periods[0]!["icDifferenceCi"]!.AsArray().Count);
        Assert.NotNull(json["verdict"]);
    }

    [Fact]
    public async Task A_model_that_does_not_remember_is_cleared_on_both_sides()
    {
        var market = new Market(seed: 8);
        // The honest model: a coin flip fixed by the text, named or not, before or after.
        using var server = new FakeOpenAiServer(r => FakeReply.Chat((SHA256.HashData(Encoding.UTF8.GetBytes(r.Headline))[0] & 1) == 1 ? "YES\nx" : "NO\nx"));
        var audit = await LookAheadAudit.RunAsync(market.Prices, market.News, Llm(server, market), Cutoff, Study);
        Assert.False(audit.MemorisationFound);
        Assert.False(audit.Before!.NamesAddIc);
        Assert.StartsWith("No sign of memorisation", audit.Verdict);
    }

    [Fact]
    public async Task The_cutoff_comes_from_the_table_and_an_unknown_model_without_one_is_not_split()
    {
        Assert.Equal(new DateOnly(2023, 10, 31), LookAheadAudit.ResolveCutoff("gpt-4o-mini", null).Date);
        Assert.Equal(new DateOnly(2020, 1, 1), LookAheadAudit.ResolveCutoff("gpt-4o-mini", new DateOnly(2020, 1, 1)).Date);
        var market = new Market();
        using var server = new FakeOpenAiServer(market.Answer);
        var audit = await LookAheadAudit.RunAsync(market.Prices, market.News, Llm(server, market), cutoff: null, Study);
        Assert.Null(audit.Cutoff);
        Assert.Empty(audit.Periods);
        Assert.Contains("--cutoff", audit.Verdict);
        Assert.Equal(0, server.RequestCount); // nothing is asked when nothing can be audited
    }

    [Fact]
    public async Task An_offline_scorer_has_no_cutoff_and_the_study_says_so()
    {
        var market = new Market();
        var study = await SentimentStudy.RunAsync(new StudyData(market.Prices, market.News), OfflineScorers.Create("lexicon"),
            Study with { LookAheadAudit = new LookAheadAuditRequest() });
        var audit = study.LookAhead!;
        Assert.Null(audit.Cutoff);
        Assert.Empty(audit.Periods);
        Assert.False(audit.MemorisationFound);
        Assert.Contains("no training cut-off", audit.Verdict);
        var json = StudyReport.Of(study).ToJson();
        Assert.Null(json["lookAheadAudit"]!["cutoff"]);
        Assert.Empty(json["lookAheadAudit"]!["periods"]!.AsArray());
        Assert.Contains(StudyReport.Of(study).Sections, s => s.Id == LookAheadSection.Id);
    }
}
