using Signals.Sentiment;
using Signals.Workflows;
using Spectre.Console;

namespace Signals.Cli.Commands;

/// <summary>A study with a progress bar per stage (scoring counts headlines), shared by `study` and `demo`.</summary>
internal static class StudyProgressView
{
    public static async Task<SentimentStudyResult> RunAsync(IAnsiConsole console, StudyData data, ISentimentScorer? scorer, SentimentStudyOptions options, CancellationToken cancellationToken)
    {
        SentimentStudyResult study = null!;
        await ConsoleProgress.RunAsync(console, async addTask =>
            {
                int count = data.News.Count;
                var scoring = addTask(scorer is null ? "scores from file" : Markup.Escape($"scoring {count:N0} headlines ({scorer.Name})"), Math.Max(1, count));
                var signal = addTask("point-in-time signal, staleness, universe", 1);
                var backtest = addTask("backtest with costs and benchmark", 1);
                var analytics = addTask("IC, quantiles, coverage, report", 1);
                var progress = new Progress<StudyProgress>(p =>
                {
                    if (p.Stage == StudyStage.Scoring) scoring.Value = p.Scoring.Completed;
                    if (p.Stage > StudyStage.Scoring) scoring.Value = scoring.MaxValue;
                    if (p.Stage > StudyStage.Signal) signal.Value = 1;
                    if (p.Stage > StudyStage.Backtest) backtest.Value = 1;
                    if (p.Stage > StudyStage.Analytics) analytics.Value = 1;
                });
                study = await SentimentStudy.RunAsync(data, scorer, options, progress, cancellationToken);
                scoring.Value = scoring.MaxValue; signal.Value = 1; backtest.Value = 1; analytics.Value = 1;
            }, autoClear: false,
            new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn());
        return study;
    }
}
