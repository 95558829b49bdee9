namespace Signals.Sentiment.Llm;

/// <summary>
/// A model's reply split into its thinking and its answer. Reasoning arrives either as a separate field
/// (DeepSeek's reasoning_content) or inline as &lt;think&gt;…&lt;/think&gt; (R1 distills on Ollama, vLLM and
/// llama.cpp, sometimes with the opening tag missing because the chat template already sent it).
/// </summary>
public readonly record struct ModelAnswer(string Answer, string? Reasoning)
{
    private const string Open = "<think>";
    private const string Close = "</think>";

    /// <summary>The answer (a ``` fence stripped) and the reasoning: <paramref name="reasoningField"/>'s text and any &lt;think&gt; block, joined; an unclosed block leaves no answer.</summary>
    public static ModelAnswer Split(string text, string? reasoningField)
    {
        text ??= "";
        string? inline = null;
        int close = text.IndexOf(Close, StringComparison.OrdinalIgnoreCase);
        if (close >= 0)
        {
            var before = text[..close];
            int open = before.IndexOf(Open, StringComparison.OrdinalIgnoreCase);
            inline = (open >= 0 ? before[(open + Open.Length)..] : before).Trim();
            text = text[(close + Close.Length)..];
        }
        else
        {
            int open = text.IndexOf(Open, StringComparison.OrdinalIgnoreCase);
            if (open >= 0)
            {
                // Thinking never closed (cut by the token cap): there is no answer after it.
                inline = text[(open + Open.Length)..].Trim();
                text = text[..open];
            }
        }

        var reasoning = string.Join("\n\n", new[] { reasoningField?.Trim(), inline }.Where(s => !string.IsNullOrEmpty(s)));
        return new ModelAnswer(StripFence(text).Trim(), reasoning.Length == 0 ? null : reasoning);
    }

    /// <summary>The inside of the first ``` fenced block, if there is one; the text unchanged otherwise.</summary>
    internal static string StripFence(string text)
    {
        int start = text.IndexOf("```", StringComparison.Ordinal);
        if (start < 0) return text;
        int lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0) return text.Replace("```", "", StringComparison.Ordinal);
        int end = text.IndexOf("```", lineEnd, StringComparison.Ordinal);
        var inner = end < 0 ? text[(lineEnd + 1)..] : text[(lineEnd + 1)..end];
        // An answer written on the fence line itself ("```YES```") has no language tag to skip.
        var fenceLine = text[(start + 3)..lineEnd].Trim();
        bool isLanguageTag = fenceLine.Length > 0 && fenceLine.All(char.IsLetter)
            && !LopezLiraPrompt.IsAnswerWord(fenceLine);
        return fenceLine.Length > 0 && !isLanguageTag ? fenceLine + "\n" + inner : inner;
    }
}
