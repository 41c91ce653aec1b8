using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>
/// An administrator's version of one e-mail template (Configurações › Modelos de E-mail), keyed by its folder name;
/// absent while the built-in template is used. Saved only after all three parts parse and render with sample data.
/// </summary>
internal sealed class EmailTemplateOverride
{
    public string TemplateName { get; init; } = "";

    public string Subject { get; set; } = "";

    public string Html { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

internal sealed class EmailTemplateOverrideConfiguration : IEntityTypeConfiguration<EmailTemplateOverride>
{
    public void Configure(EntityTypeBuilder<EmailTemplateOverride> builder)
    {
        builder.ToTable("email_template_overrides");
        builder.HasKey(o => o.TemplateName);
        builder.Property(o => o.TemplateName).HasMaxLength(100);
        builder.Property(o => o.Subject).HasMaxLength(EmailTemplateLimits.Subject);
        builder.Property(o => o.Html).HasMaxLength(EmailTemplateLimits.Html);
        builder.Property(o => o.Text).HasMaxLength(EmailTemplateLimits.Text);
        builder.Property(o => o.UpdatedBy).HasMaxLength(200);
    }
}
