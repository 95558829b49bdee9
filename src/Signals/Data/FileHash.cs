using System.Security.Cryptography;
using System.Text;

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

    /// <summary>
    /// A file's <see cref="Sha256"/>, or for a folder one SHA-256 over every non-hidden file at any depth, in ordinal
    /// order of the relative path ('/' separated): each file contributes its relative path, a newline, its length and a
    /// newline, then its bytes. Renaming, moving, adding or editing any file changes it.
    /// </summary>
    public static string Of(string path)
    {
        if (!Directory.Exists(path)) return Sha256(path);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var file in DataFiles.FilesUnder(path))
        {
            using var stream = File.OpenRead(file);
            sha.AppendData(Encoding.UTF8.GetBytes($"{DataFiles.RelativePath(path, file)}\n{stream.Length}\n"));
            int n;
            while ((n = stream.Read(buffer)) > 0) sha.AppendData(buffer, 0, n);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
