using System.Text.Json.Nodes;

namespace Signals.Notebooks.Tests;

/// <summary>Writes small Polyglot .ipynb files for tests.</summary>
internal static class TestNotebooks
{
    public static string Ipynb(params (string Kernel, string Source)[] cells)
    {
        var array = new JsonArray();
        foreach (var (kernel, source) in cells)
        {
            var cell = new JsonObject
            {
                ["cell_type"] = kernel == "markdown" ? "markdown" : "code",
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel } },
                ["source"] = source,
            };
            if (kernel != "markdown")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
            }
            array.Add(cell);
        }
        var notebook = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 2,
        };
        return notebook.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
