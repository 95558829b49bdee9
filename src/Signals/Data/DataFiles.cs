using System.IO.Compression;

namespace Signals.Data;

/// <summary>
/// What the loaders share about files as they are downloaded: which files of a folder are read (every file at any
/// depth, in ordinal order of the relative path, hidden files left out), how a file's format is told (by extension,
/// else by its first bytes), how a compressed file is opened, and the symbol a file's path names.
/// </summary>
internal static class DataFiles
{
    /// <summary>The file endings cut from a file's name before it is read as a symbol (longest first).</summary>
    private static readonly string[] DataExtensions =
        [".csv.gz", ".txt.gz", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".csv", ".txt", ".jsonl", ".ndjson", ".json", ".parquet", ".gz"];

    /// <summary>The format of a file's content.</summary>
    public enum Format { Csv, JsonLines, JsonArray, Parquet }

    /// <summary>Every non-hidden file under <paramref name="folder"/>, sorted by relative path (ordinal, '/' separated).</summary>
    public static List<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(f => RelativePath(folder, f), StringComparer.Ordinal)
            .ToList();

    /// <summary>The path of <paramref name="file"/> below <paramref name="folder"/>, with '/' separators on every platform.</summary>
    public static string RelativePath(string folder, string file) =>
        Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Whether the file starts with the gzip magic bytes.</summary>
    public static bool IsGzip(string path)
    {
        using var stream = File.OpenRead(path);
        return stream.ReadByte() == 0x1f && stream.ReadByte() == 0x8b;
    }

    /// <summary>The file's format: by extension where it says, else from the first bytes of its (decompressed) content.</summary>
    public static Format Sniff(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
        if (name.EndsWith(".parquet", StringComparison.Ordinal)) return Format.Parquet;
        if (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".tsv", StringComparison.Ordinal)) return Format.Csv;
        if (name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal)) return Format.JsonLines;
        using (var raw = File.OpenRead(path))
        {
            Span<byte> magic = stackalloc byte[4];
            if (raw.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PAR1"u8)) return Format.Parquet;
        }
        using var text = OpenText(path);
        int c;
        while ((c = text.Read()) >= 0 && (char.IsWhiteSpace((char)c) || c == '\uFEFF')) { }
        return c switch
        {
            '[' => Format.JsonArray,
            '{' => Format.JsonLines,
            _ => Format.Csv,
        };
    }

    /// <summary>The file's text, decompressed when it is gzip (told by its bytes, not its name); UTF-8, invalid bytes as U+FFFD.</summary>
    public static TextReader OpenText(string path)
    {
        // 64 KiB reads: with the default 4 KiB file and 1 KiB reader buffers a 500 MB price file took ≈ 120 k reads.
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferBytes);
        if (IsGzip(path)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: ReadBufferBytes);
    }

    private const int ReadBufferBytes = 1 << 16;

    /// <summary>
    /// The symbol the path of <paramref name="file"/> names under <paramref name="rule"/>, or null when it names none:
    /// a file given on its own (<paramref name="root"/> null) names one only under <see cref="SymbolSource.FileName"/>
    /// or <see cref="SymbolSource.FolderName"/>, or when <paramref name="singleFileNames"/> says so (prices).
    /// </summary>
    public static string? SymbolOf(string file, string? root, SymbolSource rule, IReadOnlyList<string> suffixes, bool singleFileNames)
    {
        bool deeper = root is not null && RelativePath(root, file).Contains('/');
        var from = rule switch
        {
            SymbolSource.FileName => SymbolSource.FileName,
            SymbolSource.FolderName => SymbolSource.FolderName,
            _ when root is null => singleFileNames ? SymbolSource.FileName : (SymbolSource?)null,
            _ => deeper ? SymbolSource.FolderName : SymbolSource.FileName,
        };
        if (from is null) return null;
        string name = from == SymbolSource.FolderName
            ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))!)
            : FileNameWithoutDataExtension(file);
        foreach (var suffix in suffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { name = name[..^suffix.Length]; break; }
        name = name.Trim();
        return name.Length == 0 ? null : name.ToUpperInvariant();
    }

    private static string FileNameWithoutDataExtension(string path)
    {
        string name = Path.GetFileName(path);
        foreach (var ext in DataExtensions)
            if (name.Length > ext.Length && name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name[..^ext.Length];
        return name;
    }

    /// <summary>Whether a symbol read from a file is usable text: no U+FFFD (invalid UTF-8 in the file) and no control characters.</summary>
    public static bool IsCleanText(string symbol) =>
        !symbol.Contains('\uFFFD') && !symbol.Any(char.IsControl);

    /// <summary>Column names compare by their lower-case letters and digits only: "Stock Name", "stock_name" and "stockName" are one.</summary>
    public static string Normalise(string name) =>
        new(name.Trim().ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
