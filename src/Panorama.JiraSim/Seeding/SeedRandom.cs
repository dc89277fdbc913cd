namespace Panorama.JiraSim.Seeding;

/// <summary>
/// The seeded randomness of one site: the simulator seed mixed with a stable hash of the site name (FNV-1a, not
/// <see cref="string.GetHashCode()"/>, which differs per process), so that every run with the same seed is the same.
/// </summary>
internal static class SeedRandom
{
    public static int Mix(int seed, string siteName, string purpose)
    {
        var hash = 2166136261u;
        foreach (var c in $"{siteName}/{purpose}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (uint)seed * 2654435761u);
    }

    public static Random For(int seed, string siteName, string purpose) => new(Mix(seed, siteName, purpose));

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static string Hex(this Random random, int length)
    {
        const string Digits = "0123456789abcdef";
        return string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Digits[r.Next(16)];
            }
        });
    }

    public static Guid Guid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
