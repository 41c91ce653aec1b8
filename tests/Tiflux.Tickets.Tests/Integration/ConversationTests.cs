using System.Text;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class ConversationTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static readonly ActorDto Other = new(Guid.CreateVersion7(), "Outro Técnico");

    private static AttachmentUploadDto Pdf(string name = "laudo.pdf") => new(name, "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n%%EOF"));

    [Fact]
    public async Task Answer_IsSanitised_RecordedAndQueuedOnceForTheRequesterAndEachFollower()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        Assert.True((await db.WithTickets((ITicketConversation c) =>
            c.SetFollowersAsync(number, ["Gerente@Cliente.example", "gerente@cliente.example", "dono@cliente.example"], Scenario.Tech, CancellationToken.None))).IsSuccess);

        var posted = await db.WithTickets((ITicketConversation c) => c.PostAnswerAsync(
            new PostAnswerRequest(number, "<p>Olá <strong>Ana</strong><script>alert(1)</script><img src=x onerror=alert(2)></p>", AnswerOrigin.TifluxWeb, [Pdf()]),
            Scenario.Tech, CancellationToken.None));

        Assert.True(posted.IsSuccess, string.Join("; ", posted.Errors.Select(e => e.Message)));
        var answer = posted.Value.Answer;
        Assert.Equal("<p>Olá <strong>Ana</strong></p>", answer.Html);
        Assert.Equal(["ana@cliente.example", "gerente@cliente.example", "dono@cliente.example"], answer.Recipients);
        Assert.Equal("laudo.pdf", Assert.Single(answer.Files).FileName);
        var payload = await db.Database.ScalarAsync<string>(
            $"SELECT payload::text FROM tickets.outbox_messages WHERE type = '{TicketsEventTypes.AnswerPosted}' AND payload::text LIKE '%{answer.Id}%'");
        Assert.DoesNotContain("script", payload, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dono@cliente.example", payload, StringComparison.Ordinal);
        var ticket = await s.GetAsync(number);
        Assert.Equal(answer.At, ticket.LastAnswerAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Contains(ticket.History, h => h.Area == HistoryArea.Communication && h.SubjectId == answer.Id && h.Operation == HistoryOperation.Created);
    }

    [Fact]
    public async Task Answer_OnCancelledTicket_OrWithAFileWhoseBytesDoNotMatch_IsRefusedAndWritesNothing()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var cancelled = await s.TicketAsync(desk);
        var open = await s.TicketAsync(desk);
        await db.WithTickets((ITicketLifecycle t) => t.CancelTicketAsync(cancelled, Scenario.Tech, CancellationToken.None));

        var onCancelled = await db.WithTickets((ITicketConversation c) => c.PostAnswerAsync(
            new PostAnswerRequest(cancelled, "Oi", AnswerOrigin.TifluxWeb, []), Scenario.Tech, CancellationToken.None));
        var fakePdf = await db.WithTickets((ITicketConversation c) => c.PostAnswerAsync(
            new PostAnswerRequest(open, "Segue", AnswerOrigin.TifluxWeb, [new AttachmentUploadDto("nota.pdf", "application/pdf", Encoding.ASCII.GetBytes("MZ not a pdf"))]),
            Scenario.Tech, CancellationToken.None));

        Assert.Equal("conflict", Assert.Single(onCancelled.Errors).Code);
        Assert.Contains(fakePdf.Errors, e => e.Field == "Files" && e.Message.StartsWith("nota.pdf:", StringComparison.Ordinal));
        var answers = await db.WithTickets((ITicketConversation c) => c.ListAnswersAsync(open, 1, 50, CancellationToken.None));
        Assert.Empty(answers.Value.Items);
    }

    [Fact]
    public async Task InternalNote_OnlyItsAuthorEditsOrDeletesIt_AndTheOldTextStaysInTheHistory()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        var note = (await db.WithTickets((ITicketConversation c) => c.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(number, null, "Cliente <em>difícil</em>", [Pdf("print.pdf")]), Scenario.Tech, CancellationToken.None))).Value;

        var byOther = await db.WithTickets((ITicketConversation c) => c.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(number, note.Id, "mudado", []), Other, CancellationToken.None));
        var deleteByOther = await db.WithTickets((ITicketConversation c) => c.DeleteInternalNoteAsync(number, note.Id, Other, CancellationToken.None));
        var edited = await db.WithTickets((ITicketConversation c) => c.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(number, note.Id, "Cliente tranquilo", []), Scenario.Tech, CancellationToken.None));

        Assert.Equal("forbidden", Assert.Single(byOther.Errors).Code);
        Assert.Equal("forbidden", Assert.Single(deleteByOther.Errors).Code);
        Assert.Equal("Cliente tranquilo", edited.Value.Html);
        Assert.Single(edited.Value.Files);
        var history = await db.WithTickets((ITicketConversation c) => c.ListHistoryAsync(
            new TicketHistoryRequest(number, [HistoryArea.Communication], SubjectId: note.Id), CancellationToken.None));
        var change = Assert.Single(history.Value.Items[0].Changes);
        Assert.Equal(("Cliente difícil", "Cliente tranquilo"), (change.Old, change.New));
        var files = await db.WithTickets((ITicketConversation c) => c.ListFilesAsync(number, publicOnly: true, 1, 50, CancellationToken.None));
        Assert.Empty(files.Value.Items);
        Assert.True((await db.WithTickets((ITicketConversation c) => c.DeleteInternalNoteAsync(number, note.Id, Scenario.Tech, CancellationToken.None))).IsSuccess);
        Assert.Equal(0, await db.Database.ScalarAsync<long>($"SELECT count(*) FROM tickets.attachments WHERE owner_id = '{note.Id}'"));
    }

    [Theory]
    [InlineData("ana@cliente.example", "O solicitante não pode ser seguidor")]
    [InlineData("x@y@z", "E-mail de seguidor inválido")]
    public async Task Followers_RefuseTheRequesterAndInvalidAddresses(string follower, string message)
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));

        var result = await db.WithTickets((ITicketConversation c) => c.SetFollowersAsync(number, ["ok@cliente.example", follower], Scenario.Tech, CancellationToken.None));

        Assert.StartsWith(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Empty((await s.GetAsync(number)).Followers);
    }

    [Fact]
    public async Task DeskTransfer_MovesTheTicket_KeepsItsEntries_AndRefusesADeskThatDoesNotServeTheClient()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        var entry = await s.SaveOkAsync(s.Entry(number, 9, 11));
        var target = await s.DeskAsync(false, DeskValuationMode.WithoutValuation);
        var ticket = await s.GetAsync(number);
        var targetDesk = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == target);
        var other = db.Contracts.AddClient("Só esta");
        var exclusive = await db.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
            new SaveDeskRequest(null, "Exclusiva " + Guid.NewGuid().ToString("N")[..6], ["A"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["N"], [other.Id], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false), CancellationToken.None)).Value);

        var refused = await Transfer(ticket, exclusive, targetDesk);
        var moved = await Transfer(ticket, target, targetDesk);

        Assert.Contains(refused.Errors, e => e.Field == "DeskId" && e.Message == "Esta mesa não atende o cliente do ticket.");
        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors.Select(e => e.Message)));
        var after = await s.GetAsync(number);
        Assert.Equal(target, after.Desk.Id);
        var kept = Assert.Single(after.Entries);
        Assert.Equal(entry, kept.Id);
        Assert.Equal(240.00m, kept.Value);
        var row = after.History[^1];
        Assert.Equal("Ticket was transferred", row.Action);
        Assert.Contains(row.Changes, c => c.Field == "desk" && c.New == targetDesk.Name);
    }

    [Fact]
    public async Task PriorityChange_NeedsAReason_WhichIsKept()
    {
        var s = await Scenario.CreateAsync(db);
        var number = await s.TicketAsync(await s.DeskAsync(false));
        var ticket = await s.GetAsync(number);
        var high = ticket.Desk.Priorities.Single(p => p.Name == "Alta").Id;

        var without = await Update(ticket, high, null);
        var with = await Update(ticket, high, "Cliente parado");

        Assert.Contains(without.Errors, e => e.Field == "PriorityChangeReason");
        Assert.True(with.IsSuccess);
        Assert.Equal("Cliente parado", (await s.GetAsync(number)).PriorityChangeReason);
    }

    [Fact]
    public async Task Parent_MustBeOfTheSameClient_AndOnlyOneLevelDeep()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var parent = await s.TicketAsync(desk);
        var child = await s.TicketAsync(desk);
        var grandchild = await s.TicketAsync(desk);
        var otherClient = db.Contracts.AddClient("Outro cliente");
        var foreign = await s.TicketAsync(desk, otherClient.Id);

        Assert.True((await Link(await s.GetAsync(child), parent)).IsSuccess);
        var underChild = await Link(await s.GetAsync(grandchild), child);
        var fromOtherClient = await Link(await s.GetAsync(foreign), parent);

        Assert.Contains("só há um nível", Assert.Single(underChild.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("ParentNumber", Assert.Single(fromOtherClient.Errors).Field);
        var parentDto = await s.GetAsync(parent);
        Assert.Equal(child, Assert.Single(parentDto.Children).Number);
        Assert.Equal(parent, (await s.GetAsync(child)).Parent!.Number);
    }

    private Task<Result> Transfer(TicketDto ticket, Guid deskId, DeskDto target) =>
        db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(ticket.Number, ticket.Title, ticket.Description, target.Stages[0].Id,
                target.Statuses.First(x => x.Kind == StatusKind.Open).Id, target.Priorities[0].Id, null, null, ticket.RequesterName, ticket.RequesterEmail, null)
            { DeskId = deskId },
            Scenario.Tech, CancellationToken.None));

    private Task<Result> Update(TicketDto ticket, Guid priorityId, string? reason) =>
        db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(ticket.Number, ticket.Title, ticket.Description, ticket.StageId, ticket.StatusId, priorityId,
                null, null, ticket.RequesterName, ticket.RequesterEmail, null) { PriorityChangeReason = reason },
            Scenario.Tech, CancellationToken.None));

    private Task<Result> Link(TicketDto ticket, int parent) =>
        db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            new UpdateTicketRequest(ticket.Number, ticket.Title, ticket.Description, ticket.StageId, ticket.StatusId, ticket.PriorityId,
                null, null, ticket.RequesterName, ticket.RequesterEmail, null) { ChangeParent = true, ParentNumber = parent },
            Scenario.Tech, CancellationToken.None));
}
