using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;

namespace Tiflux.Notifications.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c NotificationsDbContext -p Modules/Notifications/Tiflux.Notifications -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<OutgoingMessage> Messages => Set<OutgoingMessage>();

    public DbSet<SmtpSettings> SmtpSettings => Set<SmtpSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(NotificationsModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
    }
}
