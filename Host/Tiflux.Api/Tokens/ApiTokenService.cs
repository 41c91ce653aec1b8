using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Api.Persistence;

namespace Tiflux.Api.Tokens;

/// <summary>Creates, lists, revokes and checks personal API tokens.</summary>
public sealed class ApiTokenService
{
    private const string SecretPrefix = "tfx_";
    private readonly ApiDbContext db;
    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider clock;

    internal ApiTokenService(ApiDbContext db, NpgsqlDataSource dataSource, TimeProvider clock)
    {
        this.db = db;
        this.dataSource = dataSource;
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

    /// <summary>
    /// The user of a valid, unrevoked token with their roles, or null — one round trip, since every API request asks.
    /// (The api and identity schemas are both the host's own.)
    /// </summary>
    public async Task<TokenUser?> FindUserAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        await using var command = dataSource.CreateCommand("""
            SELECT t.id, t.last_used_at, u.id, coalesce(u.email, ''), u.full_name, u.lockout_end
            FROM api.api_tokens t JOIN identity."AspNetUsers" u ON u.id = t.user_id
            WHERE t.hash = @hash AND t.revoked_at IS NULL
            """);
        command.Parameters.AddWithValue("hash", Hash(secret));
        TokenUser user;
        Guid tokenId;
        DateTimeOffset? lastUsed;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            tokenId = reader.GetGuid(0);
            lastUsed = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
            user = new TokenUser(
                reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));
        }

        var now = clock.GetUtcNow();
        if (lastUsed is null || now - lastUsed > TimeSpan.FromMinutes(1))
        {
            await db.Tokens.Where(t => t.Id == tokenId).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return user.LockoutEnd > now ? null : user;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The signed-in user behind a token.</summary>
public sealed record TokenUser(Guid Id, string Email, string FullName, DateTimeOffset? LockoutEnd);
