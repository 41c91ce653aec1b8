using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

internal sealed class TicketAnswerConfiguration : IEntityTypeConfiguration<TicketAnswer>
{
    public void Configure(EntityTypeBuilder<TicketAnswer> builder)
    {
        builder.ToTable("ticket_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Html).HasMaxLength(TicketLimits.MessageHtml);
        builder.Property(a => a.Author).HasMaxLength(TicketLimits.PersonName + 10);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.TicketId, a.At });
    }
}

internal sealed class InternalNoteConfiguration : IEntityTypeConfiguration<InternalNote>
{
    public void Configure(EntityTypeBuilder<InternalNote> builder)
    {
        builder.ToTable("internal_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Html).HasMaxLength(TicketLimits.MessageHtml);
        builder.Property(n => n.UserName).HasMaxLength(TicketLimits.PersonName);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(n => n.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.TicketId, n.CreatedAt });
    }
}
