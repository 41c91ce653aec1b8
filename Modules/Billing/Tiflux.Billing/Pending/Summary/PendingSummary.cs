using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// One client's pending totals on a date, as the engine computed them from data whose change stamps hash to
/// <see cref="Fingerprint"/>. Contract cycles and standalone values are kept apart so every scope reads the same row.
/// A row whose fingerprint no longer matches is recomputed before it is read (ADR 0019); it is never patched.
/// </summary>
internal sealed class PendingSummary : IClientSnapshot
{
    public DateOnly AsOf { get; init; }

    /// <summary>True for "data de vencimento" (cycles due exactly on <see cref="AsOf"/>), false for "data base".</summary>
    public bool ExactDueDate { get; init; }

    public Guid ClientId { get; init; }

    public required string ClientName { get; init; }

    public decimal ContractTotal { get; init; }

    public int ContractLines { get; init; }

    public DateOnly? ContractEarliestDue { get; init; }

    public decimal StandaloneTotal { get; init; }

    public int StandaloneLines { get; init; }

    public DateOnly? StandaloneEarliestDue { get; init; }

    public List<string> Problems { get; init; } = [];

    public required string Fingerprint { get; init; }

    public DateTimeOffset RefreshedAt { get; init; }
}

internal sealed class PendingSummaryConfiguration : IEntityTypeConfiguration<PendingSummary>
{
    public void Configure(EntityTypeBuilder<PendingSummary> builder)
    {
        builder.ToTable("pending_summaries");
        builder.HasKey(s => new { s.AsOf, s.ExactDueDate, s.ClientId });
        builder.Property(s => s.ClientName).HasMaxLength(500);
        builder.Property(s => s.Fingerprint).HasMaxLength(64);
        builder.HasIndex(s => s.RefreshedAt);
    }
}
