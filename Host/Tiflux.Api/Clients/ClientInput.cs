using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Clients;

/// <summary>What creating and updating a client read from the body, and the desks the client is linked to.</summary>
internal static class ClientInput
{
    public static readonly Dictionary<string, string> ClientFields = new()
    {
        ["Name"] = "name",
        ["LegalName"] = "social",
        ["TaxId"] = "social_revenue",
        ["FinanceEmails"] = "email_financial",
        ["Active"] = "status",
        ["AuthorizationFlow"] = "authorization_flow",
    };

    public static OptionalClientInput ReadOptional(BodyReader body)
    {
        var document = body.String("social_revenue", maxLength: 20);
        var emails = body.String("email_financial", maxLength: 1000)?
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var layoutText = body.String("billing_report_type");
        ClosingReportLayout? layout = layoutText switch
        {
            null or "" => null,
            "synthetic" => ClosingReportLayout.Synthetic,
            "detailed" => ClosingReportLayout.Detailed,
            "detailed_with_appointment" => ClosingReportLayout.DetailedWithAppointments,
            _ => Invalid(body),
        };
        return new OptionalClientInput(document, emails, layout, body.String("anotations", maxLength: 4000), body.Bool("status"));

        static ClosingReportLayout? Invalid(BodyReader body)
        {
            body.Fail("billing_report_type", "is not included in the list");
            return null;
        }
    }

    /// <summary>The desks named by <c>desk_ids</c> (or every desk with <c>add_all_desks</c>); unknown ids are body errors.</summary>
    public static async Task<IReadOnlyList<DeskDto>> DesksToLinkAsync(BodyReader body, ITicketSetup tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var numbers = body.IntArray("desk_ids") ?? [];
        var all = body.Bool("add_all_desks") ?? false;
        if (numbers.Count == 0 && !all)
        {
            return [];
        }

        var desks = await tickets.GetDesksAsync(cancellationToken);
        if (all)
        {
            return desks;
        }

        var found = await ids.ResolveManyAsync(PublicIdKind.Desk, numbers, cancellationToken);
        var unknown = numbers.Where(n => !found.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            body.Fail("desk_ids", "contains unknown desks: " + string.Join(", ", unknown));
        }

        return [.. desks.Where(d => found.Values.Contains(d.Id))];
    }

    /// <summary>Adds the client to desks that serve a list of clients (a desk with no list already serves everyone).</summary>
    public static async Task LinkDesksAsync(Guid clientId, IReadOnlyList<DeskDto> desks, ITicketSetup tickets, CancellationToken cancellationToken)
    {
        foreach (var desk in desks.Where(d => d.ClientIds.Count > 0 && !d.ClientIds.Contains(clientId)))
        {
            var request = new SaveDeskRequest(
                desk.Id, desk.Name, [.. desk.Stages.OrderBy(s => s.Position).Select(s => s.Name)],
                [.. desk.Statuses.OrderBy(s => s.Position).Select(s => new DeskStatusRequest(s.Name, s.Kind))],
                [.. desk.Priorities.OrderBy(p => p.Position).Select(p => p.Name)], [.. desk.ClientIds, clientId], desk.ValuationMode,
                desk.ReviewEnabled, desk.ReviewerKind, desk.ReviewDeadlineHours, desk.MayReopenReviewed);
            (await tickets.SaveDeskAsync(request, cancellationToken)).ThrowIfFailed();
        }
    }

    /// <summary>A wrong CPF/CNPJ answers with Tiflux's documented text.</summary>
    public static Result Documented(Result result) =>
        result.Errors.Any(e => e.Field == "TaxId" && e.Message.Contains("inválido", StringComparison.Ordinal))
            ? Result.Failure([.. result.Errors.Select(e => e.Field == "TaxId" && e.Message.Contains("inválido", StringComparison.Ordinal)
                ? e with { Message = "Invalid Document inserted. Please use a CPF or CNPJ." }
                : e)])
            : result;

    internal sealed record OptionalClientInput(string? Document, string[]? Emails, ClosingReportLayout? Layout, string? Notes, bool? Active);
}

/// <summary>The writable fields of POST/PUT /clients (documentation only; the body is read leniently).</summary>
internal sealed record ClientBody(
    string Name,
    string Social,
    int[]? DeskIds,
    bool? AddAllDesks,
    string? SocialRevenue,
    string? EmailFinancial,
    string? BillingReportType,
    string? Anotations,
    bool? Status,
    bool? AuthorizationFlow);
