using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Tiflux.Web.Identity;

/// <summary>A sign-in attempt as Minha conta shows it.</summary>
public sealed record SignInEventDto(DateTimeOffset At, string IpAddress, bool Succeeded, bool LockedOut);

/// <summary>Each account's sign-in attempts: recorded by the sign-in form, listed on Minha conta.</summary>
public interface ISignInHistory
{
    /// <summary>Records an attempt on the account of <paramref name="email"/>; attempts on unknown e-mails are not stored.</summary>
    Task RecordAsync(string email, string ipAddress, bool succeeded, bool lockedOut, CancellationToken cancellationToken);

    /// <summary>The account's latest attempts, newest first.</summary>
    Task<IReadOnlyList<SignInEventDto>> RecentAsync(Guid userId, int take, CancellationToken cancellationToken);
}

internal sealed class SignInHistory(TifluxIdentityDbContext db, ILookupNormalizer normalizer, TimeProvider clock) : ISignInHistory
{
    public async Task RecordAsync(string email, string ipAddress, bool succeeded, bool lockedOut, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (userId is { } id)
        {
            db.SignInEvents.Add(new SignInEvent { UserId = id, At = clock.GetUtcNow(), IpAddress = ipAddress, Succeeded = succeeded, LockedOut = lockedOut });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SignInEventDto>> RecentAsync(Guid userId, int take, CancellationToken cancellationToken) =>
        await db.SignInEvents.AsNoTracking().Where(e => e.UserId == userId).OrderByDescending(e => e.At).Take(Math.Clamp(take, 1, 100))
            .Select(e => new SignInEventDto(e.At, e.IpAddress, e.Succeeded, e.LockedOut)).ToListAsync(cancellationToken);
}
