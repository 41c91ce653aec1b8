using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Checklists;
using Tiflux.Tickets.Conversation;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.Extras;
using Tiflux.Tickets.Requestors;
using Tiflux.Tickets.Settings;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.ReplyTemplates;

namespace Tiflux.Tickets.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c TicketsDbContext -p Modules/Tickets/Tiflux.Tickets -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<ServiceDesk> Desks => Set<ServiceDesk>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketHistory> History => Set<TicketHistory>();

    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();

    public DbSet<PreTimeEntry> Timers => Set<PreTimeEntry>();

    public DbSet<ExtraValuation> Extras => Set<ExtraValuation>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<OrganizationSettings> Settings => Set<OrganizationSettings>();

    public DbSet<TicketAnswer> Answers => Set<TicketAnswer>();

    public DbSet<InternalNote> InternalNotes => Set<InternalNote>();

    public DbSet<Requestor> Requestors => Set<Requestor>();

    public DbSet<Sla.TicketStageSla> StageSlas => Set<Sla.TicketStageSla>();

    public DbSet<BusinessHoursWindow> BusinessHours => Set<BusinessHoursWindow>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<ServicesCatalog> ServicesCatalogs => Set<ServicesCatalog>();

    public DbSet<ServicesCatalogArea> ServicesCatalogAreas => Set<ServicesCatalogArea>();

    public DbSet<ServicesCatalogItem> ServicesCatalogItems => Set<ServicesCatalogItem>();

    public DbSet<DeskCatalogLink> DeskCatalogLinks => Set<DeskCatalogLink>();

    public DbSet<ChecklistTemplate> ChecklistTemplates => Set<ChecklistTemplate>();

    public DbSet<TicketChecklist> TicketChecklists => Set<TicketChecklist>();

    public DbSet<ReplyTemplate> ReplyTemplates => Set<ReplyTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(TicketsModule.Schema);
        modelBuilder.HasSequence<int>(TicketConfiguration.NumberSequence).StartsAt(1000);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketsDbContext).Assembly);

        // Ids come from Guid.CreateVersion7() in code, so an entity added to a tracked parent's list is an insert.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}
