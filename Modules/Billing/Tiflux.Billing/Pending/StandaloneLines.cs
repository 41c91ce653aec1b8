using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>Standalone values of reviewed tickets: one line per time entry, travel fee or extra.</summary>
internal static class StandaloneLines
{
    public static PendingLineDto From(BillableItemDto item, string clientName)
    {
        var (kind, key) = item.Kind switch
        {
            BillableItemKind.TimeEntry => (PendingLineKind.StandaloneEntry, $"entry:{item.Id}"),
            BillableItemKind.Travel => (PendingLineKind.Travel, $"travel:{item.Id}"),
            _ => (PendingLineKind.Extra, $"extra:{item.Id}"),
        };
        var (quantity, unit) = item.Kind == BillableItemKind.TimeEntry && item.Minutes is { } minutes
            ? (Math.Round(minutes / 60m, 4), "h")
            : (item.Quantity, "un");
        return new PendingLineDto(
            key, key, kind, item.ClientId, clientName, null, null, null, item.TicketNumber, item.Id, item.ReviewedOn, null,
            item.Date, item.Date, Description(item), quantity, unit, item.UnitValue, item.Warranty ? 0m : item.Amount, !item.Warranty,
            Explain(item));
    }

    public static string Key(BillableItemKind kind, Guid id) => kind switch
    {
        BillableItemKind.TimeEntry => $"entry:{id}",
        BillableItemKind.Travel => $"travel:{id}",
        _ => $"extra:{id}",
    };

    private static string Description(BillableItemDto item) => item.Kind switch
    {
        BillableItemKind.TimeEntry => $"Ticket #{item.TicketNumber} — {item.Name} ({Format.Date(item.Date)})",
        BillableItemKind.Travel => $"Ticket #{item.TicketNumber} — deslocamento {item.Name} ({Format.Date(item.Date)})",
        _ => $"Ticket #{item.TicketNumber} — {item.Name} ({Format.Date(item.Date)})",
    };

    private static LineExplanationDto Explain(BillableItemDto item)
    {
        var facts = new List<ExplanationFactDto>
        {
            new("Ticket", $"#{item.TicketNumber} {item.TicketTitle}"),
            new("Revisado em", Format.Date(item.ReviewedOn)),
        };
        if (!string.IsNullOrWhiteSpace(item.Description))
        {
            facts.Add(new("Descrição", item.Description));
        }

        if (item.TechnicianName is { } technician)
        {
            facts.Add(new("Técnico", technician));
        }

        if (item.ResourceGroupName is { } group)
        {
            facts.Add(new("Grupo de recurso", group));
        }

        if (item.Warranty)
        {
            return new("Garantia: valor zerado, nunca faturado", Format.Money(0), facts, [], null, null);
        }

        return item.Kind switch
        {
            BillableItemKind.TimeEntry when item.ManualValue =>
                new("Serviço avulso com valor manual", Format.Money(item.Amount), facts, [], null, null),
            BillableItemKind.TimeEntry =>
                new($"Serviço avulso: horas × valor da hora ({(item.Mode is { } mode ? mode.Portuguese() : "?")})",
                    $"{Format.Hours(item.Minutes ?? 0)} × {Format.Money(item.UnitValue)}/h = {Format.Money(item.Amount)}", facts, [], null, null),
            BillableItemKind.Travel =>
                new("Deslocamento cobrado no apontamento externo (caronas não são cobradas de novo)", Format.Money(item.Amount), facts, [], null, null),
            _ => new("Gasto extra: quantidade × valor unitário",
                $"{Format.Number(item.Quantity)} × {Format.Money(item.UnitValue)} = {Format.Money(item.Amount)}", facts, [], null, null),
        };
    }
}
