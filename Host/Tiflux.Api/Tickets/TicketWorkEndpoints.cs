using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tickets;

/// <summary>
/// Extras (valorizações extras) on a ticket and the review decision. Staff may launch extras (only Admin and Finance
/// choose the unit value, as the page); reviewing is for Admin and Finance, as the review queue.
/// </summary>
internal static class TicketWorkEndpoints
{
    private static readonly Dictionary<string, string> ExtraFields = new(StringComparer.Ordinal)
    {
        ["ExtraExpenseId"] = "extra_expense_id",
        ["Date"] = "date",
        ["Quantity"] = "quantity",
        ["UnitValue"] = "unit_value",
        ["Description"] = "description",
    };

    private static readonly Dictionary<string, string> ReviewFields = new(StringComparer.Ordinal)
    {
        ["Rating"] = "rating",
        ["Comment"] = "comment",
        ["Reason"] = "comment",
    };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/extras", ListExtrasAsync).Produces<ExtraView[]>().WithTags("Billing automation")
            .WithSummary("A ticket's extras")
            .Requires(Permissions.TicketsView);
        api.MapPost("/tickets/{ticket_number}/extras", AddExtraAsync).Produces<ExtraView>(201).WithTags("Billing automation")
            .WithSummary("Add an extra to a ticket").Body<ExtraBody>()
            .Requires(Permissions.ExtraValuationsManage);
        api.MapPut("/tickets/{ticket_number}/review", ReviewAsync).Produces<ApiMessage>().WithTags("Billing automation")
            .WithSummary("Approve or reject a ticket awaiting review").Body<ReviewBody>()
            .Requires(Permissions.TicketsReview);
    }

    private static async Task<IResult> ListExtrasAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "ticket_number")] string ticketNumber, HttpContext http, ITicketQueries tickets, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await TicketAsync(ticketNumber, tickets, cancellationToken);
        var map = await ids.AssignAsync(Batch(ticket.Extras), cancellationToken);
        return ApiResults.Page(http, ticket.Extras.Select(e => View(e, map, caller)), ticket.Extras.Count);
    }

    private static async Task<IResult> AddExtraAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "ticket_number")] string ticketNumber, HttpContext http, ITicketQueries tickets, ITicketWork work, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await TicketAsync(ticketNumber, tickets, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var expenseNumber = body.Int("extra_expense_id", required: true);
        Guid? expenseId = null;
        if (expenseNumber is not null)
        {
            expenseId = await ids.ResolveAsync(PublicIdKind.ExtraExpense, expenseNumber.Value, cancellationToken);
            if (expenseId is null)
            {
                body.Fail("extra_expense_id", "does not exist");
            }
        }

        var date = body.Date("date") ?? BrazilTime.Today(clock);
        var quantity = body.Decimal("quantity") ?? 1m;
        var unitValue = body.Decimal("unit_value");
        var description = body.String("description", maxLength: TicketLimits.ExtraDescription) ?? "";
        body.ThrowIfErrors();

        var saved = await work.SaveExtraAsync(
            new SaveExtraRequest(ticket.Number, null, expenseId!.Value, date, quantity, caller.CanSeeMoney ? unitValue : null, description, null),
            new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney),
            cancellationToken);
        saved.ThrowIfFailed(ExtraFields);
        var extra = (await TicketAsync(ticketNumber, tickets, cancellationToken)).Extras.Single(e => e.Id == saved.Value);
        return ApiResults.Created(View(extra, await ids.AssignAsync(Batch([extra]), cancellationToken), caller));
    }

    private static async Task<IResult> ReviewAsync(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "ticket_number")] string ticketNumber, HttpContext http, ITicketQueries tickets, ITicketLifecycle lifecycle, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var ticket = await TicketAsync(ticketNumber, tickets, cancellationToken);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        if (!body.Has("approve") || body.IsNull("approve"))
        {
            body.Fail("approve", "can't be blank");
        }

        var approve = body.Bool("approve") ?? false;
        var rating = body.Int("rating");
        var comment = body.String("comment", maxLength: TicketLimits.ReviewComment) ?? body.String("reason", maxLength: TicketLimits.ReviewComment);
        if (!approve && string.IsNullOrWhiteSpace(comment) && !body.HasErrors)
        {
            body.Fail("comment", "can't be blank when rejecting");
        }

        body.ThrowIfErrors();
        var result = await lifecycle.ReviewTicketAsync(
            new ReviewTicketRequest(ticket.Number, approve, ReviewerRole.PermissionedUser, rating, comment),
            new ActorDto(caller.UserId, caller.Name, caller.CanSeeMoney),
            cancellationToken);
        result.ThrowIfFailed(ReviewFields);
        return ApiResults.Ok(new ApiMessage(approve
            ? $"Ticket #{ticket.Number} approved"
            : $"Ticket #{ticket.Number} rejected and reopened"));
    }

    private static async Task<TicketDto> TicketAsync(string ticketNumber, ITicketQueries tickets, CancellationToken cancellationToken)
    {
        var number = ApiPath.Id(ticketNumber, "ticket_number");
        return await tickets.GetTicketAsync(number, cancellationToken) ?? throw ApiPath.NotFound("Ticket", ticketNumber);
    }

    private static PublicIdBatch Batch(IEnumerable<ExtraValuationDto> extras)
    {
        var batch = new PublicIdBatch();
        foreach (var e in extras)
        {
            batch.Add(PublicIdKind.Extra, e.Id).Add(PublicIdKind.ExtraExpense, e.ExtraExpenseId);
        }

        return batch;
    }

    private static ExtraView View(ExtraValuationDto e, PublicIdMap map, ApiCaller caller) => new(
        map[PublicIdKind.Extra, e.Id],
        new IdName(map[PublicIdKind.ExtraExpense, e.ExtraExpenseId], e.ExpenseName),
        ApiResults.Date(e.Date),
        e.Quantity,
        ApiResults.Money(e.UnitValue, caller),
        ApiResults.Money(e.Total, caller),
        e.Description,
        e.AttachmentName,
        e.BilledInBillingId is not null);
}

/// <summary>An extra on a ticket; values are <c>"--"</c> for callers who may not see money.</summary>
internal sealed record ExtraView(int Id, IdName ExtraExpense, string Date, decimal Quantity, string UnitValue, string Total, string Description, string? AttachmentName, bool Billed);

/// <summary>POST /tickets/{ticket_number}/extras (documentation only). <c>unit_value</c> absent copies the catalog's.</summary>
internal sealed record ExtraBody(int ExtraExpenseId, string? Date, decimal? Quantity, decimal? UnitValue, string? Description);

/// <summary>PUT /tickets/{ticket_number}/review (documentation only). Rejecting needs a comment.</summary>
internal sealed record ReviewBody(bool Approve, int? Rating, string? Comment);
