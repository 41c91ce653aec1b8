using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Clients;

/// <summary>A client found by its API id, and Tiflux's client detail object.</summary>
internal static class ClientShape
{
    /// <summary>The client behind a path id, or 422 (not a number) / 404 (unknown or not visible to the caller).</summary>
    public static async Task<Guid> ResolveAsync(string id, ApiCaller caller, PublicIds ids, CancellationToken cancellationToken)
    {
        var clientId = await ids.ResolveAsync(PublicIdKind.Client, ApiPath.Id(id), cancellationToken);
        if (clientId is null || !caller.MaySee(clientId.Value))
        {
            throw NotFound(id);
        }

        return clientId.Value;
    }

    public static ApiErrorException NotFound(string id) => ApiPath.NotFound("Client", id);

    public static async Task<ClientDetail> DetailAsync(
        ClientDetailsDto details, int publicId, ITicketSetup tickets, IClientUserAdministration clientUsers, PublicIds ids, CancellationToken cancellationToken)
    {
        var c = details.Client;
        var desks = (await tickets.GetDesksAsync(cancellationToken)).Where(d => d.ClientIds.Contains(c.Id)).Select(d => d.Id).ToList();
        // The portal users (user_ids / user_counter): every client user linked to the client, active or not.
        var users = (await clientUsers.ListAsync(c.Id, cancellationToken)).Select(u => u.Id).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Desk, desks).AddRange(PublicIdKind.User, users), cancellationToken);
        return new ClientDetail(
            publicId, [], string.IsNullOrEmpty(details.Notes) ? null : details.Notes, c.AuthorizationFlow, LayoutName(c.ReportLayout), [],
            [.. desks.Select(d => map[PublicIdKind.Desk, d])], string.Join(",", c.FinanceEmails), details.Resources.Count, null,
            "UNDEFINED", details.ResourceGroups.Count, null, 0, null, c.Name, null, false, null, c.LegalName,
            string.IsNullOrEmpty(c.TaxId) ? null : c.TaxId, c.Active, [], users.Count, [.. users.Select(u => map[PublicIdKind.User, u])], null);
    }

    public static string LayoutName(ClosingReportLayout layout) => layout switch
    {
        ClosingReportLayout.Synthetic => "synthetic",
        ClosingReportLayout.DetailedWithAppointments => "detailed_with_appointment",
        _ => "detailed",
    };

    /// <summary>CPF/CNPJ without punctuation (letters of the alphanumeric CNPJ kept).</summary>
    public static string TaxIdDigits(string formatted) => new([.. formatted.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}

/// <summary>Tiflux's client detail object.</summary>
internal sealed record ClientDetail(
    int Id,
    int[] AddressIds,
    string? Anotations,
    bool AuthorizationFlow,
    string BillingReportType,
    int[] ContactIds,
    int[] DeskIds,
    string EmailFinancial,
    int EquipmentCounter,
    string? EstadualRegistration,
    string FormOfPayment,
    int GroupCounter,
    string? Logo,
    int MaxAgents,
    string? MunicipalRegistration,
    string Name,
    int? QuarterlyBillClientId,
    bool QuarterlyBilling,
    string? SmsFinancial,
    string Social,
    string? SocialRevenue,
    bool Status,
    int[] TechnicalGroupIds,
    int UserCounter,
    int[] UserIds,
    string? WorkFolder);
