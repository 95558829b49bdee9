using Signals.Sentiment;
using Signals.Workflows;
using Spectre.Console;

namespace Signals.Cli.Commands;

/// <summary>A study with a progress bar per stage (scoring counts headlines), shared by `study` and `demo`.</summary>
internal static class StudyProgressView
{
    public static async Task<SentimentStudyResult> RunAsync(StudyData data, ISentimentScorer? scorer, SentimentStudyOptions options, CancellationToken cancellationToken)
    {
        SentimentStudyResult study = null!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                int count = data.News.Count;
                var scoring = ctx.AddTask(scorer is null ? "scores from file" : Markup.Escape($"scoring {count:N0} headlines ({scorer.Name})"), maxValue: Math.Max(1, count));
                var signal = ctx.AddTask("point-in-time signal, staleness, universe", maxValue: 1);
                var backtest = ctx.AddTask("backtest with costs and benchmark", maxValue: 1);
                var analytics = ctx.AddTask("IC, quantiles, coverage, report", maxValue: 1);
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
            });
        return study;
    }
}
