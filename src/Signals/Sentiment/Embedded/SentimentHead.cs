using System.Text.Json;
using System.Text.Json.Serialization;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// The trained part of the embedded scorer: a softmax regression over the MiniLM embedding and one over the
/// lexicon cue counts, combined by a weighted average of log-probabilities, plus a log-prior shift that moves
/// the balanced training prior towards the neutral-heavy mix of a real news stream. Classes are ordered
/// negative, neutral, positive.
/// </summary>
public sealed record SentimentHead
{
    /// <summary>Number of classes: negative, neutral, positive (class index = label + 1).</summary>
    public const int Classes = 3;
    /// <summary>Manifest resource name of the head shipped in the assembly.</summary>
    public const string ResourceName = "Signals.Sentiment.Embedded.head.json";

    /// <summary>Format version of the head's JSON.</summary>
    public int Version { get; init; } = 1;
    /// <summary>The embedding model the head was trained on; a head only fits vectors of that model.</summary>
    public string EmbeddingModel { get; init; } = MiniLmEmbedder.ModelName;
    /// <summary>Softmax regression over the 384-dimensional MiniLM embedding.</summary>
    public required SoftmaxRegression Embedding { get; init; }
    /// <summary>Softmax regression over the <see cref="LexiconFeatures"/> vector.</summary>
    public required SoftmaxRegression Lexicon { get; init; }
    /// <summary>Weight of the embedding model's log-probabilities in the combination.</summary>
    public double EmbeddingWeight { get; init; } = 0.5;
    /// <summary>Weight of the lexicon model's log-probabilities in the combination.</summary>
    public double LexiconWeight { get; init; } = 0.5;
    /// <summary>Added to the combined log-probabilities: log(target prior) − log(training prior), per class.</summary>
    public required double[] PriorShift { get; init; }
    /// <summary>How the head was trained (seed, split, chosen regularisation, counts) — for the record only.</summary>
    public Dictionary<string, string> Training { get; init; } = new();

    /// <summary>Class probabilities (negative, neutral, positive) for one embedding and its lexicon features.</summary>
    public void Probabilities(ReadOnlySpan<double> embedding, ReadOnlySpan<double> lexicon, Span<double> p)
    {
        Span<double> a = stackalloc double[Classes];
        Span<double> b = stackalloc double[Classes];
        Embedding.LogProbabilities(embedding, a);
        Lexicon.LogProbabilities(lexicon, b);
        for (int k = 0; k < Classes; k++) p[k] = EmbeddingWeight * a[k] + LexiconWeight * b[k] + PriorShift[k];
        SoftmaxRegression.LogSoftmaxInPlace(p[..Classes]);
        for (int k = 0; k < Classes; k++) p[k] = Math.Exp(p[k]);
    }

    /// <summary>The label of class index 0, 1 or 2 (negative, neutral, positive).</summary>
    public static SentimentLabel LabelOf(int classIndex) => (SentimentLabel)(classIndex - 1);
    /// <summary>The class index (0, 1, 2) of a label.</summary>
    public static int ClassOf(SentimentLabel label) => (int)label + 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The head as indented camel-case JSON, the form <see cref="FromJson"/> reads and the fingerprint hashes.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private string? _fingerprint;

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of the head's JSON: part of the scorer's name, so that score caches
    /// keyed by that name never serve results of a previous head after a retrain.
    /// </summary>
    [JsonIgnore]
    public string Fingerprint => _fingerprint ??=
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToJson())))[..12];

    /// <summary>Reads a head from JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a head, has other than three classes, or its feature sizes do not match this build.</exception>
    public static SentimentHead FromJson(string json, string source)
    {
        SentimentHead? head;
        try { head = JsonSerializer.Deserialize<SentimentHead>(json, Json); }
        catch (JsonException ex) { throw new InvalidDataException($"{source}: not a sentiment head ({ex.Message})", ex); }
        if (head is null) throw new InvalidDataException($"{source}: empty sentiment head");
        if (head.Embedding.Classes != Classes || head.Lexicon.Classes != Classes || head.PriorShift.Length != Classes)
            throw new InvalidDataException($"{source}: expected {Classes} classes");
        if (head.Embedding.Features != MiniLmEmbedder.Dimensions || head.Lexicon.Features != LexiconFeatures.Count)
            throw new InvalidDataException(
                $"{source}: feature sizes {head.Embedding.Features}/{head.Lexicon.Features} do not match this build " +
                $"({MiniLmEmbedder.Dimensions}/{LexiconFeatures.Count}); retrain with `signals sentiment train`");
        return head;
    }

    /// <summary>Reads a head from a JSON file (as written by <c>signals sentiment train</c>).</summary>
    /// <exception cref="InvalidDataException">The file is not a head that fits this build.</exception>
    public static SentimentHead Load(string path) => FromJson(File.ReadAllText(path), path);

    /// <summary>The head shipped inside the Signals assembly.</summary>
    public static SentimentHead Shipped()
    {
        using var stream = typeof(SentimentHead).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                "the embedded sentiment head is not in this build; train one with `signals sentiment train` and rebuild");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), ResourceName);
    }

    /// <summary>
    /// True when <paramref name="path"/> is a sentiment head file (the kit's own format, as <see cref="Save"/> writes it):
    /// a JSON object with the head's version, embedding model and both weight blocks. Such a file may be replaced by a
    /// newly trained head; anything else at that path is the user's.
    /// </summary>
    public static bool IsHeadFile(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
                && root.TryGetProperty("embeddingModel", out var model) && model.ValueKind == JsonValueKind.String
                && root.TryGetProperty("embedding", out var embedding) && embedding.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("lexicon", out var lexicon) && lexicon.ValueKind == JsonValueKind.Object;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes the head atomically (temp file, then move), so a crash never leaves half a file.</summary>
    public void Save(string path)
    {
        Data.AtomicFile.WriteText(path, ToJson().ReplaceLineEndings("\n") + "\n");
    }
}
