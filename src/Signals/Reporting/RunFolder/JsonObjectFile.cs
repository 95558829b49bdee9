using System.Text.Json;
using Signals.Data;

namespace Signals.Reporting;

/// <summary>Reads a run folder's JSON file that must hold one object; bad JSON is a <see cref="DataFormatException"/> with its line.</summary>
internal static class JsonObjectFile
{
    /// <param name="name">The file's role in messages, e.g. "params.json".</param>
    public static JsonDocument Read(string path, string name)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new DataFormatException(path, (int?)(ex.LineNumber + 1), null, "invalid JSON: " + ex.Message, ex);
        }
        if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc;
        doc.Dispose();
        throw new DataFormatException(path, 1, null, $"{name} must hold one JSON object");
    }
}
