using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Llm;

namespace Signals.Cli.Commands;

/// <summary>`study --dry-run`: after every check of the real run, what scoring would cost and the warnings it would give.</summary>
internal static class StudyDryRun
{
    /// <summary>Prints the dry run and returns true when <paramref name="settings"/> asks for one; false otherwise (nothing printed).</summary>
    public static bool Print(CliHost host, StudyCommand.Settings settings, ISentimentScorer? scorer, IReadOnlyList<NewsItem> news)
    {
        if (scorer is LlmSentimentScorer llm && news.Count > 0
            && ModelCutoffs.LookAheadWarning(llm.Model, DateOnly.FromDateTime(news.Min(i => i.Published).UtcDateTime),
                DateOnly.FromDateTime(news.Max(i => i.Published).UtcDateTime), settings.Anonymize) is { } lookAhead)
            host.Error.WriteLine("warning: " + lookAhead);
        if (!settings.DryRun) return false;
        host.Out.WriteLine(scorer switch
        {
            LlmSentimentScorer l => l.Estimate(news).ToString(),
            null => $"{news.Count} headlines with scores from {settings.Sentiment}: no requests, no cost",
            _ => $"{news.Count} headlines for the offline scorer {scorer.Name}: no requests, no cost",
        });
        host.Out.WriteLine($"dry run: inputs, benchmark and output folder checked; nothing scored, nothing written to {settings.Out}");
        return true;
    }
}
