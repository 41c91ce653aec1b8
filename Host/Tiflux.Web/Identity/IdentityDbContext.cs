using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Tiflux.Web.Identity;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c TifluxIdentityDbContext -p Host/Tiflux.Web -s Host/Tiflux.Web -o Identity/Migrations
/// </remarks>
internal sealed class TifluxIdentityDbContext(DbContextOptions<TifluxIdentityDbContext> options)
    : IdentityDbContext<TifluxUser, PermissionGroup, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<SignInEvent> SignInEvents => Set<SignInEvent>();

    public DbSet<AttendantGroup> AttendantGroups => Set<AttendantGroup>();

    public DbSet<AttendantGroupMember> AttendantGroupMembers => Set<AttendantGroupMember>();

    public DbSet<UserAuditEntry> UserAudit => Set<UserAuditEntry>();

    public DbSet<SecuritySettings> SecuritySettings => Set<SecuritySettings>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<TifluxUser>().Property(u => u.FullName).HasMaxLength(UserLimits.NameLength);
        builder.Entity<TifluxUser>().Property(u => u.Signature).HasMaxLength(UserLimits.SignatureLength);
        builder.Entity<TifluxUser>().Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Entity<TifluxUser>().Property(u => u.IsActive).HasDefaultValue(true);
        builder.ApplyConfiguration(new PermissionGroupConfiguration());
        builder.ApplyConfiguration<AttendantGroup>(new AttendantGroupConfiguration());
        builder.ApplyConfiguration<AttendantGroupMember>(new AttendantGroupConfiguration());
        builder.ApplyConfiguration(new UserAuditEntryConfiguration());
        builder.ApplyConfiguration(new SecuritySettingsConfiguration());
        builder.ApplyConfiguration(new SignInEventConfiguration());
    }
}
