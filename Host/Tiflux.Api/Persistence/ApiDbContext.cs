using Microsoft.EntityFrameworkCore;

namespace Tiflux.Api.Persistence;

/// <summary>
/// The API's own tables (schema <c>api</c>): personal API tokens and the integer ids the Tiflux API v2 shapes need.
/// </summary>
/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c ApiDbContext -p Host/Tiflux.Api -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class ApiDbContext(DbContextOptions<ApiDbContext> options) : DbContext(options)
{
    public const string Schema = "api";

    public DbSet<ApiToken> Tokens => Set<ApiToken>();

    public DbSet<PublicId> PublicIds => Set<PublicId>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<ApiToken>(token =>
        {
            token.ToTable("api_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.Property(t => t.Hash).HasMaxLength(32);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.UserId);
        });
        modelBuilder.Entity<PublicId>(map =>
        {
            map.ToTable("public_ids");
            map.HasKey(p => new { p.Kind, p.Id });
            map.HasIndex(p => new { p.Kind, p.InternalId }).IsUnique();
        });
        modelBuilder.HasSequence<int>("public_id_seq", Schema).StartsAt(1000);
    }
}
