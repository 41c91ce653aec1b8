using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.Email;

/// <summary>
/// The SMTP server saved in Configurações › E-mail: one row (id 1) in <c>notifications.smtp_settings</c>, absent until
/// an admin saves. The password is stored protected by <see cref="SmtpSecrets"/>.
/// </summary>
internal sealed class SmtpSettings
{
    public int Id { get; init; } = 1;

    public string Host { get; set; } = "";

    public int Port { get; set; }

    public SmtpSecurityMode Security { get; set; }

    public string SenderName { get; set; } = "";

    public string SenderAddress { get; set; } = "";

    public string UserName { get; set; } = "";

    public string? PasswordProtected { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class SmtpSettingsConfiguration : IEntityTypeConfiguration<SmtpSettings>
{
    public void Configure(EntityTypeBuilder<SmtpSettings> builder)
    {
        builder.ToTable("smtp_settings", t => t.HasCheckConstraint("ck_smtp_settings_single_row", "id = 1"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Host).HasMaxLength(SmtpSettingsLimits.Host);
        builder.Property(s => s.SenderName).HasMaxLength(SmtpSettingsLimits.SenderName);
        builder.Property(s => s.SenderAddress).HasMaxLength(SmtpSettingsLimits.SenderAddress);
        builder.Property(s => s.UserName).HasMaxLength(SmtpSettingsLimits.UserName);
        // Ciphertext of a password of at most SmtpSettingsLimits.Password characters.
        builder.Property(s => s.PasswordProtected).HasMaxLength(4000);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
    }
}
