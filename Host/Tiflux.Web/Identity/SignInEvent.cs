using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Web.Identity;

/// <summary>One sign-in attempt on an existing account: when, from where, and whether it got in (Minha conta lists them).</summary>
internal sealed class SignInEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public DateTimeOffset At { get; init; }

    public string IpAddress { get; init; } = "";

    public bool Succeeded { get; init; }

    /// <summary>The attempt was refused because the account was locked out (the person was told the same as for a wrong password).</summary>
    public bool LockedOut { get; init; }
}

internal sealed class SignInEventConfiguration : IEntityTypeConfiguration<SignInEvent>
{
    public void Configure(EntityTypeBuilder<SignInEvent> builder)
    {
        builder.ToTable("sign_in_events");
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.HasIndex(e => new { e.UserId, e.At });
    }
}
