using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Clients;

/// <summary>Clients (api-v2.md §3.2). Staff see every client; a portal user only their own.</summary>
internal static class ClientsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/clients", ListAsync).Produces<ClientListItem[]>().WithTags("Clients").WithSummary("List clients")
            .Query("active", "boolean").Query("name", "string").Query("social_revenue", "string").Paged();
        api.MapPost("/clients", CreateAsync).Produces<ClientDetail>(201).WithTags("Clients").WithSummary("Create a client")
            .Body<ClientBody>();
        api.MapGet("/clients/{id}", GetAsync).Produces<ClientDetail>().WithTags("Clients").WithSummary("A client")
            .Query("show_entities", "boolean");
        api.MapPut("/clients/{id}", UpdateAsync).Produces<ClientDetail>().WithTags("Clients").WithSummary("Update a client (partial)")
            .Body<ClientBody>();
    }

    private static async Task<IResult> ListAsync(HttpContext http, IClientsAdministration clients, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        var active = query.Bool("active");
        var name = query.String("name");
        var document = query.String("social_revenue");
        query.ThrowIfErrors();

        IReadOnlyList<ClientListItemDto> rows;
        int total;
        if (caller.IsStaff)
        {
            var page = await clients.ListClientsAsync(new ClientListRequest(document ?? name, active, paging.Page, paging.Limit), cancellationToken);
            rows = [.. page.Items.Where(c => name is null || document is null || Matches(c, name))];
            total = page.TotalItems;
        }
        else
        {
            var own = caller.ClientId is { } clientId ? await contracts.GetClientAsync(clientId, cancellationToken) : null;
            rows = own is not null && (active is null || own.Active == active) && (name is null || Matches(own, name))
                && (document is null || own.TaxId == TaxIdDigits(document))
                ? [new ClientListItemDto(own.Id, own.Name, own.LegalName, own.TaxIdFormatted, own.Active, 0)]
                : [];
            total = rows.Count;
            rows = [.. paging.Apply(rows)];
        }

        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Client, rows.Select(c => c.Id)), cancellationToken);
        return ApiResults.Page(http, rows.Select(c => new ClientListItem(map[PublicIdKind.Client, c.Id], c.Name, c.LegalName, TaxIdDigits(c.TaxIdFormatted), c.Active)), total);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IClientsAdministration clients, ITicketsModule tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var query = new QueryReader(http.Request.Query);
        var showEntities = query.Bool("show_entities") ?? false;
        query.ThrowIfErrors();
        var clientId = await ResolveAsync(id, caller, ids, cancellationToken);
        var details = await clients.GetClientDetailsAsync(clientId, cancellationToken) ?? throw NotFound(id);
        var publicId = await ids.AssignAsync(PublicIdKind.Client, clientId, cancellationToken);
        if (showEntities)
        {
            var c = details.Client;
            return ApiResults.Ok(new ClientWithEntities(new ClientListItem(publicId, c.Name, c.LegalName, c.TaxId, c.Active), []));
        }

        return ApiResults.Ok(await DetailAsync(details, publicId, tickets, ids, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, IClientsAdministration clients, ITicketsModule tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: true, maxLength: 200);
        var social = body.String("social", required: true, maxLength: 200);
        var input = ReadOptional(body);
        var desks = await DesksToLinkAsync(body, tickets, ids, cancellationToken);
        body.ThrowIfErrors();

        var request = new SaveClientRequest(name!, social!, input.Document ?? "", input.Emails ?? [], input.Layout ?? ReportLayout.Detailed, input.Notes ?? "");
        var created = await clients.CreateClientAsync(request, cancellationToken);
        Documented(created).ThrowIfFailed(ClientFields);
        if (input.Active == false)
        {
            (await clients.SetClientActiveAsync(created.Value, false, cancellationToken)).ThrowIfFailed(ClientFields);
        }

        await LinkDesksAsync(created.Value, desks, tickets, cancellationToken);
        var details = await clients.GetClientDetailsAsync(created.Value, cancellationToken) ?? throw NotFound(created.Value.ToString());
        var publicId = await ids.AssignAsync(PublicIdKind.Client, created.Value, cancellationToken);
        return ApiResults.Created(await DetailAsync(details, publicId, tickets, ids, cancellationToken));
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext http, IClientsAdministration clients, ITicketsModule tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Billing();
        var clientId = await ResolveAsync(id, caller, ids, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: body.Has("name"), maxLength: 200);
        var social = body.String("social", required: body.Has("social"), maxLength: 200);
        var input = ReadOptional(body);
        var desks = await DesksToLinkAsync(body, tickets, ids, cancellationToken);
        body.ThrowIfErrors();

        var current = await clients.GetClientDetailsAsync(clientId, cancellationToken) ?? throw NotFound(id);
        var c = current.Client;
        var request = new SaveClientRequest(
            name ?? c.Name,
            social ?? c.LegalName,
            body.Has("social_revenue") ? input.Document ?? "" : c.TaxId,
            input.Emails ?? c.FinanceEmails,
            input.Layout ?? c.ReportLayout,
            body.Has("anotations") ? input.Notes ?? "" : current.Notes);
        Documented(await clients.UpdateClientAsync(clientId, request, cancellationToken)).ThrowIfFailed(ClientFields);
        if (input.Active is { } active && active != c.Active)
        {
            (await clients.SetClientActiveAsync(clientId, active, cancellationToken)).ThrowIfFailed(ClientFields);
        }

        await LinkDesksAsync(clientId, desks, tickets, cancellationToken);
        var details = await clients.GetClientDetailsAsync(clientId, cancellationToken) ?? throw NotFound(id);
        return ApiResults.Ok(await DetailAsync(details, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), tickets, ids, cancellationToken));
    }

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

    /// <summary>The desks named by <c>desk_ids</c> (or every desk with <c>add_all_desks</c>); unknown ids are body errors.</summary>
    private static async Task<IReadOnlyList<DeskDto>> DesksToLinkAsync(BodyReader body, ITicketsModule tickets, PublicIds ids, CancellationToken cancellationToken)
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
    private static async Task LinkDesksAsync(Guid clientId, IReadOnlyList<DeskDto> desks, ITicketsModule tickets, CancellationToken cancellationToken)
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
    private static Result Documented(Result result) =>
        result.Errors.Any(e => e.Field == "TaxId" && e.Message.Contains("inválido", StringComparison.Ordinal))
            ? Result.Failure([.. result.Errors.Select(e => e.Field == "TaxId" && e.Message.Contains("inválido", StringComparison.Ordinal)
                ? e with { Message = "Invalid Document inserted. Please use a CPF or CNPJ." }
                : e)])
            : result;

    private static ApiErrorException NotFound(string id) => ApiPath.NotFound("Client", id);

    private static readonly Dictionary<string, string> ClientFields = new()
    {
        ["Name"] = "name",
        ["LegalName"] = "social",
        ["TaxId"] = "social_revenue",
        ["FinanceEmails"] = "email_financial",
        ["Active"] = "status",
    };

    private static OptionalClientInput ReadOptional(BodyReader body)
    {
        var document = body.String("social_revenue", maxLength: 20);
        var emails = body.String("email_financial", maxLength: 1000)?
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var layoutText = body.String("billing_report_type");
        ReportLayout? layout = layoutText switch
        {
            null or "" => null,
            "synthetic" => ReportLayout.Synthetic,
            "detailed" => ReportLayout.Detailed,
            "detailed_with_appointment" => ReportLayout.DetailedWithAppointments,
            _ => Invalid(body),
        };
        return new OptionalClientInput(document, emails, layout, body.String("anotations", maxLength: 4000), body.Bool("status"));

        static ReportLayout? Invalid(BodyReader body)
        {
            body.Fail("billing_report_type", "is not included in the list");
            return null;
        }
    }

    private static async Task<ClientDetail> DetailAsync(ClientDetailsDto details, int publicId, ITicketsModule tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var c = details.Client;
        var desks = (await tickets.GetDesksAsync(cancellationToken)).Where(d => d.ClientIds.Contains(c.Id)).Select(d => d.Id).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.Desk, desks), cancellationToken);
        return new ClientDetail(
            publicId, [], string.IsNullOrEmpty(details.Notes) ? null : details.Notes, false, LayoutName(c.ReportLayout), [],
            [.. desks.Select(d => map[PublicIdKind.Desk, d])], string.Join(",", c.FinanceEmails), details.Resources.Count, null,
            "UNDEFINED", details.ResourceGroups.Count, null, 0, null, c.Name, null, false, null, c.LegalName,
            string.IsNullOrEmpty(c.TaxId) ? null : c.TaxId, c.Active, [], 0, [], null);
    }

    public static string LayoutName(ReportLayout layout) => layout switch
    {
        ReportLayout.Synthetic => "synthetic",
        ReportLayout.DetailedWithAppointments => "detailed_with_appointment",
        _ => "detailed",
    };

    private static bool Matches(ClientListItemDto c, string name) =>
        c.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || c.LegalName.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static bool Matches(ClientSummary c, string name) =>
        c.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || c.LegalName.Contains(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>CPF/CNPJ without punctuation (letters of the alphanumeric CNPJ kept).</summary>
    public static string TaxIdDigits(string formatted) => new([.. formatted.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private sealed record OptionalClientInput(string? Document, string[]? Emails, ReportLayout? Layout, string? Notes, bool? Active);
}

/// <summary>A row of GET /clients.</summary>
internal sealed record ClientListItem(int Id, string Name, string Social, string SocialRevenue, bool Status);

/// <summary>GET /clients/{id}?show_entities=true.</summary>
internal sealed record ClientWithEntities(ClientListItem Client, object[] Entities);

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
    bool? Status);

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
