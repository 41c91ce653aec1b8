using Tiflux.Reporting.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>
/// The "Situação" cell of an extra, travel fee or standalone time in the list reports: "Faturado em #N" linking to the
/// billing, otherwise what the ticket's state means for billing (only reviewed tickets are billed).
/// </summary>
internal static class BilledStateText
{
    public const string Pending = "Pendente";

    public static ReportCell Of(Guid? billingId, TicketState ticketState, IReadOnlyDictionary<Guid, int> billingNumbers) =>
        billingId is { } id
            ? ReportCell.Of(billingNumbers.TryGetValue(id, out var number) ? $"Faturado em #{number}" : "Faturado", $"/faturamento/{id}")
            : ReportCell.Of(ticketState switch
            {
                TicketState.Reviewed => Pending,
                TicketState.AwaitingReview => "Aguardando revisão",
                TicketState.Cancelled => "Ticket cancelado",
                _ => "Ticket em aberto",
            });

    /// <summary>"#123 Título" linking to the ticket.</summary>
    public static ReportCell Ticket(int number, string title) => ReportCell.Of($"#{number} {title}", $"/tickets/{number}");
}
