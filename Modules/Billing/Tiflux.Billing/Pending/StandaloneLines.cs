using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>Standalone values of reviewed tickets: one line per time entry, travel fee or extra.</summary>
internal static class StandaloneLines
{
    /// <summary>The item's line; without <paramref name="explain"/> (totals only) no description or explanation text.</summary>
    public static PendingLineDto From(BillableItemDto item, string clientName, bool explain = true)
    {
        var key = Key(item.Kind, item.Id);
        var kind = item.Kind switch
        {
            BillableItemKind.TimeEntry => PendingLineKind.StandaloneEntry,
            BillableItemKind.Travel => PendingLineKind.Travel,
            _ => PendingLineKind.Extra,
        };
        // A manual value is one amount, not hours × the service's rate: its line says so instead of a product that
        // does not add up (0,25 h × R$ 150,00 ≠ R$ 99,90).
        var (quantity, unit, unitValue) = item switch
        {
            { Kind: BillableItemKind.TimeEntry, ManualValue: true } => (1m, "valor manual", item.Amount),
            { Kind: BillableItemKind.TimeEntry, Minutes: { } minutes } => (Math.Round(minutes / 60m, 4), "h", item.UnitValue),
            _ => (item.Quantity, "un", item.UnitValue),
        };
        return new PendingLineDto(
            key, key, kind, item.ClientId, clientName, null, null, null, item.TicketNumber, item.Id, item.ReviewedOn, null,
            item.Date, item.Date, explain ? Description(item) : "", quantity, unit, unitValue, BilledAmount(item.Warranty, item.Amount), !item.Warranty,
            explain ? Explain(item) : Unexplained);
    }

    private static readonly LineExplanationDto Unexplained = new("", "", [], [], null, null);

    /// <summary>What a standalone item is billed for: its valuation, or zero under warranty (listed, never billed).</summary>
    public static decimal BilledAmount(bool warranty, decimal valuation) => warranty ? 0m : valuation;

    public static string Key(BillableItemKind kind, Guid id) => kind switch
    {
        BillableItemKind.TimeEntry => $"entry:{id}",
        BillableItemKind.Travel => $"travel:{id}",
        _ => $"extra:{id}",
    };

    private static string Description(BillableItemDto item) => item.Kind switch
    {
        BillableItemKind.TimeEntry => $"Ticket #{item.TicketNumber} — {item.Name} ({PtBr.Date(item.Date)})",
        BillableItemKind.Travel => $"Ticket #{item.TicketNumber} — deslocamento {item.Name} ({PtBr.Date(item.Date)})",
        _ => $"Ticket #{item.TicketNumber} — {item.Name} ({PtBr.Date(item.Date)})",
    };

    private static LineExplanationDto Explain(BillableItemDto item)
    {
        var facts = new List<ExplanationFactDto>
        {
            new("Ticket", $"#{item.TicketNumber} {item.TicketTitle}"),
            new("Revisado em", PtBr.Date(item.ReviewedOn)),
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
            return new("Garantia: valor zerado, nunca faturado", PtBr.Money(0), facts, [], null, null);
        }

        return item.Kind switch
        {
            BillableItemKind.TimeEntry when item.ManualValue =>
                new("Serviço avulso com valor manual (o tempo não multiplica o valor)",
                    $"valor manual = {PtBr.Money(item.Amount)} (tempo {PtBr.Hhmm(item.Minutes ?? 0)})", facts, [], null, null),
            BillableItemKind.TimeEntry =>
                new($"Serviço avulso: horas × valor da hora ({(item.Mode is { } mode ? mode.Portuguese() : "?")})",
                    $"{PtBr.Hhmm(item.Minutes ?? 0)} × {PtBr.Money(item.UnitValue)}/h = {PtBr.Money(item.Amount)}", facts, [], null, null),
            BillableItemKind.Travel =>
                new("Deslocamento cobrado no apontamento externo (caronas não são cobradas de novo)", PtBr.Money(item.Amount), facts, [], null, null),
            _ => new("Gasto extra: quantidade × valor unitário",
                $"{PtBr.Number(item.Quantity)} × {PtBr.Money(item.UnitValue)} = {PtBr.Money(item.Amount)}", facts, [], null, null),
        };
    }
}
