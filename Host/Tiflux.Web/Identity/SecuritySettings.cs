using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tiflux.Web.Identity;

/// <summary>The organisation's sign-in rules (LGPD e Segurança): one row.</summary>
internal sealed class SecuritySettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    /// <summary>Staff without two-factor sign-in must set it up before using the app (client users are not included).</summary>
    public bool RequireTwoFactor { get; set; }
}

internal sealed class SecuritySettingsConfiguration : IEntityTypeConfiguration<SecuritySettings>
{
    public void Configure(EntityTypeBuilder<SecuritySettings> builder)
    {
        builder.ToTable("security_settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new SecuritySettings());
    }
}
