using Signals.Data;
using Signals.Sentiment.Llm;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>Company names for the LLM question come from the one universe loader.</summary>
public sealed class CompanyNamesTests
{
    [Fact]
    public void Names_come_from_the_name_or_company_column_whatever_the_symbols_case()
    {
        string path = Write("Ticker,Company,Sector\nAAA,Alpha Corp,Tech\nBBB,,Energy\n");
        var names = CompanyNames.Load(path);
        Assert.Equal("Alpha Corp", names["aaa"]);
        Assert.Equal("", names["BBB"]);
    }

    [Fact]
    public void A_file_without_a_name_column_is_refused_naming_it()
    {
        string path = Write("symbol,sector\nAAA,Tech\n");
        var error = Assert.Throws<DataFormatException>(() => CompanyNames.Load(path));
        Assert.Contains("'name'", error.Message);
        Assert.Contains(path, error.Message);
    }

    private static string Write(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"universe-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
