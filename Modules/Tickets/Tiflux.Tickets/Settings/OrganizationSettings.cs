using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Tickets.Settings;

/// <summary>The one row of organisation-wide ticket settings.</summary>
internal sealed class OrganizationSettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    public bool AllowOverlappingEntries { get; set; }

    /// <summary>"Considerar pontos facultativos": Carnaval and Corpus Christi close the desks (service-desk.md §10).</summary>
    public bool CountOptionalHolidays { get; set; } = true;
}

internal sealed class OrganizationSettingsConfiguration : IEntityTypeConfiguration<OrganizationSettings>
{
    public void Configure(EntityTypeBuilder<OrganizationSettings> builder)
    {
        builder.ToTable("organization_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new OrganizationSettings { Id = OrganizationSettings.SingletonId, AllowOverlappingEntries = false, CountOptionalHolidays = true });
    }
}
