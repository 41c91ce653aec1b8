using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.Messages;
using Tiflux.Notifications.TemplateEditing;

namespace Tiflux.Notifications.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c NotificationsDbContext -p Modules/Notifications/Tiflux.Notifications -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<OutgoingMessage> Messages => Set<OutgoingMessage>();

    public DbSet<SmtpSettings> SmtpSettings => Set<SmtpSettings>();

    public DbSet<EmailTemplateOverride> TemplateOverrides => Set<EmailTemplateOverride>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(NotificationsModule.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
    }
}
