using System.Globalization;
using System.Text.Json;
using Signals.Data;

namespace Signals.Sentiment.Llm;

/// <summary>
/// The dated, versioned list of model prices: the one shipped with the library (Sentiment/Llm/prices.json) and, over
/// it, any rows of a user's file of the same shape (<c>--price-table FILE</c>), so a price change needs no new release.
/// </summary>
public sealed class PriceTable
{
    private readonly Dictionary<string, ModelPrice> _byName;

    private PriceTable(int version, DateOnly? @checked, string origin, Dictionary<string, ModelPrice> byName)
    {
        Version = version;
        Checked = @checked;
        Origin = origin;
        _byName = byName;
    }

    /// <summary>Version of the table's format and contents (a user's file over the built-in carries its own).</summary>
    public int Version { get; }
    /// <summary>When the table as a whole was last checked against its sources.</summary>
    public DateOnly? Checked { get; }
    /// <summary>"built-in" or the user file's path (then "over built-in").</summary>
    public string Origin { get; }
    /// <summary>Model names and aliases the table prices.</summary>
    public IReadOnlyCollection<string> Models => _byName.Keys;

    private static readonly Lazy<PriceTable> BuiltInTable = new(() =>
    {
        using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream("Signals.Sentiment.Llm.prices.json")
            ?? throw new InvalidOperationException("the built-in price table is missing from the library");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "built-in");
    });

    /// <summary>The table shipped in the assembly (Sentiment/Llm/prices.json), read once.</summary>
    public static PriceTable BuiltIn => BuiltInTable.Value;

    /// <summary>The built-in table with the rows of <paramref name="path"/> put over it (a row replaces the model's row and aliases).</summary>
    public static PriceTable LoadOverBuiltIn(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "price table not found");
        var user = Parse(File.ReadAllText(path), path);
        var merged = new Dictionary<string, ModelPrice>(BuiltIn._byName, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, price) in user._byName) merged[name] = price;
        return new PriceTable(user.Version, user.Checked, $"{path} over built-in v{BuiltIn.Version}", merged);
    }

    /// <summary>The price of a model by name or alias, or of a dated variant (gpt-4o-mini-2024-07-18); null when unknown.</summary>
    public ModelPrice? Find(string model)
    {
        var name = model.Trim();
        if (_byName.TryGetValue(name, out var price)) return price;
        // Longest known name followed by a date or version suffix: "gpt-4o-mini-2024-07-18" is gpt-4o-mini, not gpt-4o.
        string? best = null;
        foreach (var known in _byName.Keys)
            if (name.Length > known.Length + 1 && name.StartsWith(known + "-", StringComparison.OrdinalIgnoreCase)
                && char.IsDigit(name[known.Length + 1]) && (best is null || known.Length > best.Length))
                best = known;
        return best is null ? null : _byName[best];
    }

    /// <summary>Reads the JSON shape of prices.json; every error names the file, the row and the field.</summary>
    public static PriceTable Parse(string json, string source)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException ex) { throw new DataFormatException(source, (int?)(ex.LineNumber + 1), null, $"invalid JSON: {ex.Message}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
                throw new DataFormatException(source, null, "models", "a price table is a JSON object with a \"models\" array");
            int version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : 0;
            var byName = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase);
            int row = 0;
            foreach (var m in models.EnumerateArray())
            {
                row++;
                string Where(string field) => $"models[{row - 1}].{field}";
                var model = m.TryGetProperty("model", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "";
                if (model.Length == 0) throw new DataFormatException(source, null, Where("model"), "missing model name");
                double Price(string field)
                {
                    if (!m.TryGetProperty(field, out var e) || e.ValueKind != JsonValueKind.Number || e.GetDouble() < 0)
                        throw new DataFormatException(source, null, Where(field), $"{model}: {field} must be a price of zero or more (USD per million tokens)");
                    return e.GetDouble();
                }
                var price = new ModelPrice(Price("cacheHit"), Price("cacheMiss"), Price("output"))
                {
                    PeakMultiplier = m.TryGetProperty("peakMultiplier", out var pm) && pm.ValueKind == JsonValueKind.Number ? pm.GetDouble() : 1,
                    PeakWindowsUtc = ReadWindows(m, source, Where("peakWindowsUtc")),
                    PeakWeekdaysOnly = !m.TryGetProperty("peakWeekdaysOnly", out var wd) || wd.ValueKind != JsonValueKind.False,
                    Source = m.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                    Checked = ReadDate(m, "checked", source, Where("checked")),
                };
                if (price.PeakMultiplier < 1) throw new DataFormatException(source, null, Where("peakMultiplier"), $"{model}: peak multiplier below 1");
                byName[model] = price;
                if (m.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                    foreach (var a in aliases.EnumerateArray())
                        if (a.GetString() is { Length: > 0 } alias) byName[alias] = price;
            }
            return new PriceTable(version, ReadDate(root, "checked", source, "checked"), source, byName);
        }
    }

    private static IReadOnlyList<PeakWindow> ReadWindows(JsonElement m, string source, string field)
    {
        if (!m.TryGetProperty("peakWindowsUtc", out var windows) || windows.ValueKind != JsonValueKind.Array) return [];
        try { return windows.EnumerateArray().Select(w => PeakWindow.Parse(w.GetString() ?? "")).ToArray(); }
        catch (FormatException ex) { throw new DataFormatException(source, null, field, ex.Message); }
    }

    private static DateOnly? ReadDate(JsonElement e, string name, string source, string field)
    {
        if (!e.TryGetProperty(name, out var d) || d.ValueKind == JsonValueKind.Null) return null;
        if (d.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new DataFormatException(source, null, field, "a date is written yyyy-MM-dd");
    }
}
