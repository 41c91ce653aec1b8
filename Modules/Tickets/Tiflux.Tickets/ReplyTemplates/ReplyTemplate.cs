using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

/// <summary>A canned answer or note text (Modelos de respostas). <see cref="BodyHtml"/> is stored sanitised.</summary>
internal sealed class ReplyTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public ReplyTemplateVisibility Visibility { get; set; } = ReplyTemplateVisibility.Both;

    /// <summary>The desks whose tickets offer it; empty = every desk.</summary>
    public List<Guid> DeskIds { get; set; } = [];

    public bool Active { get; set; } = true;

    public bool Fits(Guid deskId, ReplyChannel channel) =>
        Active && (DeskIds.Count == 0 || DeskIds.Contains(deskId)) && Offers(Visibility, channel);

    public static bool Offers(ReplyTemplateVisibility visibility, ReplyChannel channel) =>
        visibility == ReplyTemplateVisibility.Both || (int)visibility == (int)channel;

    public ReplyTemplateDto ToDto() => new(Id, Name, BodyHtml, Visibility, DeskIds, Active);
}

internal sealed class ReplyTemplateConfiguration : IEntityTypeConfiguration<ReplyTemplate>
{
    public void Configure(EntityTypeBuilder<ReplyTemplate> builder)
    {
        builder.ToTable("reply_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(TicketLimits.ReplyTemplateName);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.BodyHtml).HasMaxLength(TicketLimits.MessageHtml);
    }
}
