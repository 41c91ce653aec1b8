using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tiflux.Web.Api.Persistence;

namespace Tiflux.Web.Api.Auth;

/// <summary>Creates, lists, revokes and checks personal API tokens.</summary>
public sealed class ApiTokenService
{
    private const string SecretPrefix = "tfx_";
    private readonly ApiDbContext db;
    private readonly TimeProvider clock;

    internal ApiTokenService(ApiDbContext db, TimeProvider clock)
    {
        this.db = db;
        this.clock = clock;
    }

    /// <summary>A new token; the returned secret is the only copy.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid userId, string name, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "Token" : name.Trim()[..Math.Min(100, name.Trim().Length)],
            Prefix = secret[..12],
            Hash = Hash(secret),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Tokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Tokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Revokes one of the user's tokens; false when it is not theirs or already revoked.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken) =>
        await db.Tokens
            .Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken) == 1;

    /// <summary>The user of a valid, unrevoked token, or null.</summary>
    public async Task<Guid?> FindUserAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.Tokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.UserId, t.LastUsedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.Tokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return token.UserId;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
