using System.Text.Json;
using Signals.Cli;
using Signals.Sentiment.Embedded;

namespace Signals.Tests.Sentiment.Evaluation;

/// <summary>The `signals sentiment eval` and `train` commands end to end, with the real model.</summary>
public class SentimentCommandTests
{
    private const string Labelled =
        "text,label\n" +
        "Acme beats estimates and raises full-year guidance,positive\n" +
        "Quarterly operating profit climbed to EUR 11.4 mn against EUR 7.2 mn,positive\n" +
        "Bolt wins a $500 million defense contract,positive\n" +
        "Net loss narrowed to EUR 1.2 mn from EUR 4.0 mn,positive\n" +
        "Acme hits 52-week high after upgrade,positive\n" +
        "Shares jump 12% after record quarterly profit,positive\n" +
        "Acme cuts full-year guidance as orders slump,negative\n" +
        "Revenue slipped 5% to EUR 42 mn on weaker orders,negative\n" +
        "Bolt files for bankruptcy protection,negative\n" +
        "$ACME -3.4% on stock offering,negative\n" +
        "Regulator fines Bolt $90 million over misleading disclosures,negative\n" +
        "Operating margin fell to 4.1% from 6.3%,negative\n" +
        "Acme to report third-quarter results on October 28,neutral\n" +
        "Bolt appoints new chief financial officer,neutral\n" +
        "The company is headquartered in Espoo and employs 900 people,neutral\n" +
        "Annual general meeting to be held on 18 March in Helsinki,neutral\n" +
        "Acme declares regular quarterly dividend of $0.24 per share,neutral\n" +
        "Bolt files quarterly report on Form 10-Q,neutral\n";

    [Fact]
    public async Task Eval_prints_metrics_and_writes_the_json_fields()
    {
        using var temp = new TempFiles();
        var csv = temp.Write("labels.csv", Labelled);
        var json = temp.PathOf("out/metrics.json");
        var errors = temp.PathOf("out/errors.csv");

        int exit = await InProcessCli.ExitCodeAsync(["sentiment", "eval", "--labeled", csv, "--scorer", "lexicon", "--json", json, "--errors", errors]);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal(18, root.GetProperty("n").GetInt32());
        double accuracy = root.GetProperty("accuracy").GetDouble();
        Assert.InRange(accuracy, 0, 1);
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0, 1);
        Assert.Equal(3, root.GetProperty("perClass").GetArrayLength());
        var matrix = root.GetProperty("confusion").GetProperty("matrix");
        int total = 0, diagonal = 0;
        for (int t = 0; t < 3; t++)
            for (int p = 0; p < 3; p++)
            {
                int v = matrix[t][p].GetInt32();
                total += v;
                if (t == p) diagonal += v;
            }
        Assert.Equal(18, total);
        Assert.Equal(accuracy, diagonal / 18.0, 5);
        // every misclassified row, and only those, is in the errors file
        Assert.Equal(18 - diagonal, File.ReadAllLines(errors).Length - 1);
    }

    [Fact]
    public async Task Eval_rejects_an_unknown_scorer_as_a_usage_error_and_a_bad_label_as_a_data_error()
    {
        using var temp = new TempFiles();
        var csv = temp.Write("labels.csv", Labelled);
        Assert.Equal(2, await InProcessCli.ExitCodeAsync(["sentiment", "eval", "--labeled", csv, "--scorer", "finbert"]));
        var bad = temp.Write("bad.csv", "text,label\nAcme up,positive\nBolt down,gloomy\n");
        Assert.Equal(1, await InProcessCli.ExitCodeAsync(["sentiment", "eval", "--labeled", bad, "--scorer", "lexicon"]));
    }

    [Fact]
    public async Task Train_writes_a_loadable_head_and_the_same_seed_gives_the_same_bytes()
    {
        using var temp = new TempFiles();
        var csv = temp.Write("labels.csv", Labelled);
        var first = temp.PathOf("a/head.json");
        var second = temp.PathOf("b/head.json");
        string[] Args(string output) => ["sentiment", "train", "--labeled", csv, "--out", output, "--seed", "7", "--holdout", "0.34", "--folds", "2"];

        Assert.Equal(0, await InProcessCli.ExitCodeAsync(Args(first)));
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(Args(second)));

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var head = SentimentHead.Load(first);
        Assert.Equal("12", head.Training["rows"]); // 18 rows, a third of each class held out
        Assert.Equal("training split only (held-out rows never seen)", head.Training["trainedOn"]);
        Assert.False(File.Exists(first + ".tmp"));
    }
}
