using System.Text.Json;
using Signals.Cli;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Evaluation;

namespace Signals.Tests.Sentiment.Embedded;

/// <summary>The precision choice, from the command line to the scorer's name and cache key, and int8 against fp32 on real headlines.</summary>
public class EmbeddingPrecisionTests
{
    private static readonly string[] Headlines =
    [
        "Helvar Systems beats estimates and raises its full-year profit forecast",
        "Net profit jumped 45% to a record EUR 310 million on strong demand",
        "Drugmaker wins FDA approval for its cancer treatment; shares soar",
        "Retailer files for bankruptcy after defaulting on its debt",
        "Shares plunge after the company slashes guidance and suspends its dividend",
        "Operating profit fell to EUR 2.1 mn from EUR 9.8 mn as sales declined",
        "The company will hold its annual general meeting on 5 May in Oslo",
        "The group is headquartered in Turku and employs about 900 people",
        "Helvar Systems to report second-quarter results on July 24",
        "Loss narrowed to EUR 0.4 mn from EUR 3.2 mn a year earlier",
        "Record revenue was overshadowed by a surprise margin warning",
        "$KSTL -8% premarket after the copper miner cuts output guidance",
        "Tellurian Bank reaffirms its 2025 outlook",
        "Lumera Semiconductor prices $600 million secondary offering",
        "Regulator clears the Norvale Foods takeover without conditions",
        "Analysts expect earnings of $1.20 a share",
    ];

    [Fact]
    public void The_scorer_name_says_which_precision_so_cache_keys_differ()
    {
        var fp32 = new EmbeddedSentimentScorer(EmbeddingPrecision.Fp32);
        var int8 = new EmbeddedSentimentScorer(EmbeddingPrecision.Int8);
        Assert.StartsWith(EmbeddedSentimentScorer.ModelName + "-fp32@", fp32.Name);
        Assert.StartsWith($"{EmbeddedSentimentScorer.ModelName}-int8q{Signals.Sentiment.Embedded.Quantization.MatMulInt8Quantizer.Version}@", int8.Name);
        Assert.Equal(fp32.Name[fp32.Name.IndexOf('@')..], int8.Name[int8.Name.IndexOf('@')..]); // same head
        Assert.Equal(int8.Name, OfflineScorers.Create("embedded", EmbeddingPrecision.Int8).Name);
        Assert.Equal(new EmbeddedSentimentScorer().Name, OfflineScorers.Create("embedded").Name);
        Assert.True(OfflineScorers.IsOfflineModel(int8.Name));
        Assert.Equal(EmbeddingPrecision.Int8, EmbeddingPrecisions.Parse(" INT8 "));
        Assert.Throws<ArgumentException>(() => EmbeddingPrecisions.Parse("int4"));
    }

    [Fact]
    public async Task Int8_agrees_with_fp32_on_real_headlines()
    {
        var fp32 = MiniLmEmbedder.SharedWith(EmbeddingPrecision.Fp32).Embed(Headlines);
        var int8 = MiniLmEmbedder.SharedWith(EmbeddingPrecision.Int8).Embed(Headlines);
        for (int i = 0; i < Headlines.Length; i++)
        {
            double cosine = 0;
            for (int j = 0; j < MiniLmEmbedder.Dimensions; j++) cosine += (double)fp32[i][j] * int8[i][j];
            Assert.True(cosine > 0.98, $"'{Headlines[i]}': cosine {cosine:F4} between the fp32 and int8 embeddings");
            Assert.True(fp32[i].Zip(int8[i]).Any(p => p.First != p.Second), "identical embeddings: the int8 model did not run");
        }

        var items = Headlines.Select((h, i) => new NewsItem($"h{i}", DateTimeOffset.UnixEpoch, ["X"], h)).ToArray();
        var a = await new EmbeddedSentimentScorer(EmbeddingPrecision.Fp32).ScoreAsync(items);
        var b = await new EmbeddedSentimentScorer(EmbeddingPrecision.Int8).ScoreAsync(items);
        for (int i = 0; i < items.Length; i++)
            Assert.True(Math.Abs(a[i].Score - b[i].Score) < 0.1, $"'{Headlines[i]}': fp32 {a[i].Score:F3}, int8 {b[i].Score:F3}");
        Assert.True(a.Zip(b).Count(p => p.First.Label == p.Second.Label) >= Headlines.Length - 1);
    }

    [Fact]
    public async Task Precision_flag_reaches_the_scores_and_a_shared_cache_keeps_them_apart()
    {
        using var temp = new TempFiles();
        var news = temp.Write("news.csv",
            "id,timestamp,symbol,headline\n" +
            "n1,2024-03-01T09:00:00-05:00,ACME,\"Acme Corp beats estimates, raises guidance\"\n" +
            "n2,2024-03-01T10:00:00-05:00,ACME,Acme misses on revenue and cuts its dividend\n");
        string[] Args(string precision, string output) =>
            ["sentiment", "score", "--news", news, "--scorer", "embedded", "--precision", precision, "--cache", temp.PathOf("cache.db"), "--out", temp.PathOf(output)];
        string[][] Rows(string output) => File.ReadAllLines(temp.PathOf(output)).Skip(1).Select(l => l.Split(',')).ToArray();
        const int Model = 6, Cached = 11;

        Assert.Equal(0, await InProcessCli.ExitCodeAsync(Args("fp32", "fp32.csv")));
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(Args("int8", "int8.csv")));
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(Args("int8", "int8-again.csv")));

        Assert.All(Rows("fp32.csv"), r => Assert.Contains("-fp32@", r[Model]));
        Assert.All(Rows("int8.csv"), r => { Assert.Contains("-int8q", r[Model]); Assert.Equal("false", r[Cached]); });
        Assert.All(Rows("int8-again.csv"), r => Assert.Equal("true", r[Cached]));
        Assert.Equal("--precision must be one of: fp32, int8", Signals.Cli.Commands.PrecisionOption.Error("fp16"));
        Assert.Null(Signals.Cli.Commands.PrecisionOption.Error(" INT8"));
    }

    [Fact]
    public void The_held_out_rows_are_redrawn_from_the_heads_seed_and_share()
    {
        SentimentLabel[] labels = [SentimentLabel.Negative, SentimentLabel.Neutral, SentimentLabel.Positive];
        var rows = Enumerable.Range(0, 30).Select(i => new LabeledHeadline($"text {i}", labels[i % 3], i + 2)).ToArray();
        var head = SentimentHead.Shipped();
        var heldOut = HeadHoldout.Rows(rows, head);
        Assert.Equal(6, heldOut.Count); // 20 % of 10 per class
        Assert.All(labels, l => Assert.Equal(2, heldOut.Count(r => r.Label == l)));
        var classes = rows.Select(r => SentimentHead.ClassOf(r.Label)).ToArray();
        var (_, expected) = StratifiedSplit.TrainHoldout(classes, double.Parse(head.Training["holdout"], System.Globalization.CultureInfo.InvariantCulture), int.Parse(head.Training["seed"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Select(i => rows[i]), heldOut);
        Assert.Equal(heldOut, HeadHoldout.Rows(rows, head));
    }
}
