using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Tiflux.Web.Identity;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c TifluxIdentityDbContext -p Host/Tiflux.Web -s Host/Tiflux.Web -o Identity/Migrations
/// </remarks>
internal sealed class TifluxIdentityDbContext(DbContextOptions<TifluxIdentityDbContext> options)
    : IdentityDbContext<TifluxUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "identity";

    public DbSet<SignInEvent> SignInEvents => Set<SignInEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<TifluxUser>().Property(u => u.FullName).HasMaxLength(200);
        builder.ApplyConfiguration(new SignInEventConfiguration());
    }
}
