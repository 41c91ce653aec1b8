using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Web.Identity;

/// <summary>Who created, changed or deactivated a user or changed a group, and when (Configurações › Usuários › Auditoria).</summary>
internal sealed class UserAuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; init; }

    public Guid? ActorId { get; init; }

    public string ActorName { get; init; } = "";

    /// <summary>What was done, in pt-BR ("Usuário criado", "Grupo de permissão alterado", ...).</summary>
    public string Action { get; init; } = "";

    /// <summary>The user's e-mail or the group's name the action was about.</summary>
    public string Subject { get; init; } = "";

    /// <summary>What changed, in pt-BR.</summary>
    public string Details { get; init; } = "";
}

internal sealed class UserAuditEntryConfiguration : IEntityTypeConfiguration<UserAuditEntry>
{
    public void Configure(EntityTypeBuilder<UserAuditEntry> builder)
    {
        builder.ToTable("user_audit");
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.Subject).HasMaxLength(256);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.HasIndex(e => e.At);
    }
}
