using System.Security.Cryptography;

namespace Panorama.Web.Auth.Users;

/// <summary>Random passwords for new accounts and resets: 20 letters and digits (about 119 bits).</summary>
public static class GeneratedPassword
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, 20);
}
