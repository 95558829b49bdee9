using System.Security.Cryptography;

namespace Signals.Data;

/// <summary>Content hashes for data provenance: a report names the exact bytes it was computed from.</summary>
public static class FileHash
{
    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
