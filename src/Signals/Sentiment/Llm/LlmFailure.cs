using System.ClientModel;

namespace Signals.Sentiment.Llm;

/// <summary>What a failed request means for the batch, and how to say it in one line without secrets.</summary>
internal static class LlmFailure
{
    /// <summary>
    /// Errors no retry can fix and every later request would repeat: a wrong key, no access, an empty balance (402),
    /// a wrong model or URL, or nothing listening. A 400 is not among them: DeepSeek answers
    /// 400 for one headline it will not judge, and the rest of the batch may still succeed. The batch stops instead of sending thousands of doomed requests.
    /// </summary>
    public static bool IsPermanent(Exception ex)
    {
        // The OpenAI pipeline wraps transport failures, so look down the chain.
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is ClientResultException { Status: 401 or 402 or 403 or 404 }
                or HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
                return true;
        return false;
    }

    /// <summary>One line, no secrets: HTTP status and the server's message for API errors, the message otherwise.</summary>
    public static string Describe(Exception ex, SecretRedactor redactor)
    {
        string text = ex switch
        {
            ClientResultException { Status: 402 } cre => $"HTTP 402: the account's balance is exhausted; top it up ({cre.Message})",
            ClientResultException cre => cre.Status > 0 ? $"HTTP {cre.Status}: {cre.Message}" : cre.Message,
            TimeoutException => ex.Message,
            HttpRequestException => $"connection failed: {ex.Message}",
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
        text = redactor.Redact(text).ReplaceLineEndings(" ");
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
