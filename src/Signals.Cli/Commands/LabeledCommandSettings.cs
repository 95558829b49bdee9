using System.ComponentModel;
using Signals.Sentiment.Evaluation;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>The labelled-file options of `sentiment eval` and `compare`, read the same way by both.</summary>
public abstract class LabeledCommandSettings : LlmCommandSettings
{
    /// <summary>The embedded head's training set, checked for overlap when it is found from the current folder.</summary>
    private const string DefaultTrainingSet = "data/sentiment/headlines.csv";

    [CommandOption("--labeled <FILE>")]
    [Description("Labelled CSV: a text column (text, sentence or headline) and a label column (label or sentiment); labels positive/negative/neutral, pos/neg/neu or bullish/bearish. Every row counts, duplicates included.")]
    public string Labeled { get; init; } = "";

    [CommandOption("--label-map <MAP>")]
    [Description("What numeric labels mean, e.g. 0=negative,1=neutral,2=positive (benchmarks differ).")]
    public string? LabelMap { get; init; }

    [CommandOption("--training <FILE>")]
    [Description("Training set to check for overlap (texts seen in training inflate the result). Default: data/sentiment/headlines.csv when it exists (the embedded head's training set).")]
    public string? Training { get; init; }

    /// <summary>Loads the labelled rows, saying how many repeat and whether any were training texts.</summary>
    internal IReadOnlyList<LabeledHeadline> LoadLabeled(TextWriter notes)
    {
        var rows = LabeledHeadlines.Load(Labeled, LabelMap is null ? null : Sentiment.Evaluation.LabelMap.Parse(LabelMap));
        int duplicates = LabeledHeadlines.DuplicateCount(rows);
        if (duplicates > 0)
            notes.WriteLine($"note: {duplicates} of {rows.Count} rows repeat an earlier row's text; all are evaluated (they are rows of the file)");

        var training = Training ?? (File.Exists(DefaultTrainingSet) ? DefaultTrainingSet : null);
        if (training is not null)
        {
            var overlap = TrainingOverlap.Find(rows, LabeledHeadlines.Load(training).Select(r => r.Text));
            if (overlap.Count > 0)
                notes.WriteLine($"warning: {overlap.Count} of {rows.Count} evaluation texts also appear in the training set {training} (first: line {overlap[0].Line}); the embedded scorer was trained on them, so its figures on them are optimistic");
        }
        return rows;
    }
}
