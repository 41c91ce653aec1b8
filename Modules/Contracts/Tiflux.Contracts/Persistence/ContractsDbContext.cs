using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Contracts.Adjustments;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Catalog;
using Tiflux.Contracts.Clients;

namespace Tiflux.Contracts.Persistence;

/// <remarks>
/// New migration: dotnet ef migrations add &lt;Change&gt; -c ContractsDbContext -p Modules/Contracts/Tiflux.Contracts -s Host/Tiflux.Web -o Persistence/Migrations
/// </remarks>
internal sealed class ContractsDbContext(DbContextOptions<ContractsDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ResourceGroup> ResourceGroups => Set<ResourceGroup>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<ContractType> ContractTypes => Set<ContractType>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<ContractRider> Riders => Set<ContractRider>();

    public DbSet<PriceAdjustment> PriceAdjustments => Set<PriceAdjustment>();

    public DbSet<StandaloneService> StandaloneServices => Set<StandaloneService>();

    public DbSet<Travel> Travels => Set<Travel>();

    public DbSet<ExtraExpense> ExtraExpenses => Set<ExtraExpense>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(ContractsModule.Schema);
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.HasSequence<int>("contract_number_seq").StartsAt(1);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContractsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(500);
    }
}
