using Tiflux.Api.Conventions;
using Tiflux.Api.Conversation;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Checklists;

/// <summary>
/// GET /tickets/{n}/checklists and PUT /tickets/{n}/checklists/{id}/items/{index} (service-desk.md §9.10). The path's
/// <c>id</c> is the checklist's template id, unambiguous because a template is on a ticket at most once; <c>index</c>
/// is the field's 0-based position (out of range: 404). Staff.
/// </summary>
internal static class TicketChecklistsEndpoints
{
    private const string Tag = "Ticket checklists";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tickets/{ticket_number}/checklists", ListAsync).Produces<ChecklistView[]>().WithTags(Tag)
            .WithSummary("The ticket's checklists").Paged()
            .Requires(Permissions.TicketsView);
        api.MapPut("/tickets/{ticket_number}/checklists/{id}/items/{index}", FillAsync).Produces<ChecklistView>().WithTags(Tag)
            .WithSummary("Fill one item of a ticket's checklist: {value} or, for checkboxes, {options:[{id, checked}]}")
            .Requires(Permissions.TicketsView);
    }

    private static async Task<IResult> ListAsync(
        string ticket_number, HttpContext http, TicketDetailShape tickets, ITicketChecklists checklists, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var all = (await checklists.ListAsync(ticket.Number, cancellationToken)).Unwrap("ServiceDesk::Ticket", ticket_number);
        var page = paging.Apply(all.Checklists).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddTemplates(page), cancellationToken);
        return ApiResults.Page(http, page.Select(c => ChecklistViews.View(c, map)), all.Checklists.Count);
    }

    private static async Task<IResult> FillAsync(
        string ticket_number, string id, string index, HttpContext http, TicketDetailShape tickets, ITicketChecklists checklists, PublicIds ids,
        CancellationToken cancellationToken)
    {
        var caller = http.Staff();
        var position = ApiPath.Id(index, "index");
        var ticket = await tickets.FindAsync(ticket_number, caller, cancellationToken);
        var templateId = await ConversationRoutes.ResolveAsync(ids, PublicIdKind.ChecklistTemplate, id, "ServiceDesk::TicketChecklist", cancellationToken);
        var all = (await checklists.ListAsync(ticket.Number, cancellationToken)).Unwrap("ServiceDesk::Ticket", ticket_number);
        var checklist = all.Checklists.FirstOrDefault(c => c.TemplateId == templateId) ?? throw ConversationRoutes.NotFound("ServiceDesk::TicketChecklist", id);
        if (position >= checklist.Fields.Count)
        {
            throw new ApiErrorException(ApiError.NotFound($"Couldn't find item {position} in this checklist (items 0 to {checklist.Fields.Count - 1})"));
        }

        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var fill = ChecklistItemReader.Read(body, position, checklist.Fields[position].Type);
        var filled = (await checklists.FillAsync(ticket.Number, checklist.Id, [fill], caller.Actor(), cancellationToken))
            .Unwrap("ServiceDesk::TicketChecklist", id);
        var map = await ids.AssignAsync(new PublicIdBatch().AddTemplates([filled]), cancellationToken);
        return ApiResults.Ok(ChecklistViews.View(filled, map));
    }
}
