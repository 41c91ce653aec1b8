using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// One client's work awaiting review, as <see cref="GetAwaitingReview"/> computed it from data whose change stamps
/// hash to <see cref="Fingerprint"/> (ADR 0019). Standalone items and contract entries are kept apart so every scope
/// reads the same row; the ticket numbers of each part give the scope's ticket count.
/// </summary>
internal sealed class AwaitingReviewSnapshot : IClientSnapshot
{
    public Guid ClientId { get; init; }

    public required string ClientName { get; init; }

    public List<int> StandaloneTickets { get; init; } = [];

    public int StandaloneItems { get; init; }

    public decimal StandaloneValue { get; init; }

    public List<int> ContractTickets { get; init; } = [];

    public int ContractEntries { get; init; }

    public int ContractMinutes { get; init; }

    public required string Fingerprint { get; init; }

    public DateTimeOffset RefreshedAt { get; init; }
}

internal sealed class AwaitingReviewSnapshotConfiguration : IEntityTypeConfiguration<AwaitingReviewSnapshot>
{
    public void Configure(EntityTypeBuilder<AwaitingReviewSnapshot> builder)
    {
        builder.ToTable("awaiting_review_summaries");
        builder.HasKey(s => s.ClientId);
        builder.Property(s => s.ClientName).HasMaxLength(500);
        builder.Property(s => s.Fingerprint).HasMaxLength(64);
    }
}
