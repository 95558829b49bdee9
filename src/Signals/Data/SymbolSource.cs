namespace Signals.Data;

/// <summary>
/// Where a row's symbol comes from when the loaders read files that may carry none (per-ticker folders, feeds about
/// the market). <see cref="Auto"/> is the documented rule: the row's symbol column when the file has one; else, for a
/// file inside a folder, its own name when it sits directly in the folder (aapl.csv is AAPL) or its parent folder's
/// name when it sits deeper (tweets/AAPL/2014-01-02 is AAPL); else none (news about the market as a whole).
/// </summary>
public enum SymbolSource
{
    /// <summary>The symbol column; else the file's name (directly in the folder) or its parent folder's name (deeper); else none.</summary>
    Auto,
    /// <summary>Always the file's name (extensions and exchange suffix cut), even in sub-folders.</summary>
    FileName,
    /// <summary>Always the name of the folder the file sits in.</summary>
    FolderName,
}
