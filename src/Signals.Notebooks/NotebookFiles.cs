namespace Signals.Notebooks;

/// <summary>Expands files and folders into the notebooks to run, in a stable order.</summary>
public static class NotebookFiles
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) found.Add(path);
            else if (Directory.Exists(path))
                found.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsNotebook)
                    .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            else throw new FileNotFoundException($"{path}: no such notebook or folder", path);
        }
        return found;
    }

    public static bool IsNotebook(string path) =>
        path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase);
}
