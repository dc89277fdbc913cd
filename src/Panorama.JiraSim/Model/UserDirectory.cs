using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Panorama.JiraSim.Model;

/// <summary>
/// The site's accounts. Copy-on-write so that authentication (every request) reads without a lock while the control
/// API adds users, revokes tokens or removes admin rights.
/// </summary>
internal sealed class UserDirectory
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, SimUser> _byEmail = ImmutableDictionary.Create<string, SimUser>(StringComparer.OrdinalIgnoreCase);
    private ImmutableDictionary<string, SimUser> _byAccountId = ImmutableDictionary.Create<string, SimUser>(StringComparer.Ordinal);

    public IReadOnlyCollection<SimUser> All => _byAccountId.Values.ToList();

    public SimUser? ByEmail(string email) => _byEmail.GetValueOrDefault(email);

    public SimUser? ByAccountId(string? accountId) => accountId is null ? null : _byAccountId.GetValueOrDefault(accountId);

    public void Put(SimUser user)
    {
        lock (_gate)
        {
            if (_byAccountId.TryGetValue(user.AccountId, out var old))
            {
                _byEmail = _byEmail.Remove(old.Email);
            }

            _byEmail = _byEmail.SetItem(user.Email, user);
            _byAccountId = _byAccountId.SetItem(user.AccountId, user);
        }
    }

    /// <summary>The active user whose e-mail and API token match, compared in constant time; null otherwise.</summary>
    public SimUser? Authenticate(string email, string token)
    {
        var user = ByEmail(email);
        if (user is not { Active: true, Token.Length: > 0 } || token.Length == 0)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.Token), Encoding.UTF8.GetBytes(token))
            ? user
            : null;
    }
}
