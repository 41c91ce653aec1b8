using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Invoicing.Drafts;

/// <summary>What a new billing starts with: dates, observations, and the draft itself.</summary>
internal static class BillingDraftDefaults
{
    /// <summary>
    /// The due date of the cycles being billed (their contracts' due day; the earliest when several), so a charge
    /// falls due when the contract says. Standalone-only billings, and cycles whose due date has already passed, fall
    /// due <paramref name="termDays"/> after <paramref name="billingDate"/> (the organisation's prazo de vencimento):
    /// never "today" by default, which would issue a boleto already due (docs/decisions/0017-finalization-defaults.md).
    /// </summary>
    public static DateOnly DueDate(IEnumerable<PendingLineDto> lines, DateOnly billingDate, int termDays) =>
        lines.Select(l => l.DueDate).Where(d => d is not null).Min() is { } due && due >= billingDate ? due : billingDate.AddDays(termDays);

    /// <summary>The contracts' names and the standalone tickets' numbers.</summary>
    public static string Observations(IEnumerable<PendingLineDto> lines)
    {
        var all = lines.ToList();
        var contracts = all.Where(l => l.ContractName is not null).Select(l => l.ContractName!).Distinct().ToList();
        var tickets = all.Where(l => l.TicketNumber is not null).Select(l => l.TicketNumber!.Value).Distinct().Order().ToList();
        var parts = new List<string>();
        if (contracts.Count > 0)
        {
            parts.Add("Contratos: " + string.Join(", ", contracts) + ".");
        }

        if (tickets.Count > 0)
        {
            parts.Add("Tickets avulsos: " + string.Join(", ", tickets.Select(t => "#" + t)) + ".");
        }

        return string.Join(" ", parts);
    }

    public static BillingDraftDto Draft(Guid clientId, BillingSelection selection, DateOnly billingDate, int dueDateTermDays)
    {
        var shown = selection.Groups.SelectMany(g => g.Lines).ToList();
        return new BillingDraftDto(
            clientId,
            selection.ClientName,
            selection.Groups,
            selection.MissingGroupKeys,
            selection.Total,
            Observations(shown),
            billingDate,
            DueDate(shown, billingDate, dueDateTermDays),
            BillingFingerprint.Of(selection.Lines));
    }
}
