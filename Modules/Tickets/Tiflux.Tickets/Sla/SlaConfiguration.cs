using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

internal sealed class TicketSlaConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.OwnsOne(t => t.Sla, sla =>
        {
            sla.Property(s => s.DeactivationReason).HasMaxLength(TicketLimits.SlaReason);
            sla.Property(s => s.PauseReason).HasMaxLength(TicketLimits.SlaReason);

            // sla_expiring_before, the deadline order and the breach job read open tickets by deadline: a partial index
            // stays small next to the closed history.
            sla.HasIndex(s => s.SolutionDeadline).HasDatabaseName("ix_tickets_open_sla_solution_deadline").HasFilter("state = 1");
        });
        builder.Navigation(t => t.Sla).IsRequired();
    }
}

internal sealed class TicketStageSlaConfiguration : IEntityTypeConfiguration<TicketStageSla>
{
    public void Configure(EntityTypeBuilder<TicketStageSla> builder)
    {
        builder.ToTable("ticket_stage_slas");
        builder.Property(s => s.DeskName).HasMaxLength(120);
        builder.Property(s => s.StageName).HasMaxLength(80);
        builder.Property(s => s.EnteredByName).HasMaxLength(TicketLimits.PersonName);
        builder.Property(s => s.AttendedByName).HasMaxLength(TicketLimits.PersonName);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(s => s.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TicketId, s.EnteredAt });
    }
}
