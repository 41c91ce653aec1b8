using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> builder)
    {
        builder.ToTable("checklist_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(TicketLimits.ChecklistName);
        builder.Property(t => t.Description).HasMaxLength(TicketLimits.ChecklistDescription);
        builder.Property(t => t.Fields).AsJsonb();
        builder.Property(t => t.DeskIds).HasDefaultValueSql("'{}'");
        builder.Property(t => t.RequiredForClientIds).HasDefaultValueSql("'{}'");
        builder.Property(t => t.RequiredForCatalogItemIds).HasDefaultValueSql("'{}'");
    }
}

internal sealed class TicketChecklistConfiguration : IEntityTypeConfiguration<TicketChecklist>
{
    public void Configure(EntityTypeBuilder<TicketChecklist> builder)
    {
        builder.ToTable("ticket_checklists");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(TicketLimits.ChecklistName);
        builder.Property(c => c.Description).HasMaxLength(TicketLimits.ChecklistDescription);
        builder.Property(c => c.Fields).AsJsonb();
        builder.Ignore(c => c.Pending);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChecklistTemplate>().WithMany().HasForeignKey(c => c.TemplateId).OnDelete(DeleteBehavior.SetNull);

        // A template is on a ticket at most once: the API addresses a ticket's checklist by its template's id.
        builder.HasIndex(c => new { c.TicketId, c.TemplateId }).IsUnique();
    }
}

/// <summary>The ticket's stored checklist progress (the columns of <c>Ticket.ChecklistFieldsTotal</c> and siblings).</summary>
internal sealed class TicketChecklistProgressConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.Property(t => t.ChecklistFieldsTotal).HasDefaultValue(0);
        builder.Property(t => t.ChecklistFieldsFilled).HasDefaultValue(0);
        builder.Property(t => t.ChecklistsBlockClose).HasDefaultValue(false);
    }
}

internal static class ChecklistJsonb
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>A list stored as one jsonb value, compared by content so changes to its elements are saved.</summary>
    public static PropertyBuilder<List<T>> AsJsonb<T>(this PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Options), Options)!));
}
