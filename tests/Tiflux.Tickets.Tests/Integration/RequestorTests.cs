using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class RequestorTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    [Fact]
    public async Task SameEmailAtTwoClients_IsOnePersonLinkedToBoth_AndADuplicateInOneClientIsRefused()
    {
        var s = await Scenario.CreateAsync(db);
        var second = db.Contracts.AddClient("Filial " + Guid.NewGuid().ToString("N")[..6]);
        var email = $"joao.{Guid.NewGuid():N}@cliente.example";

        var first = await Save(new SaveRequestorRequest(null, s.Client.Id, "João", email.ToUpperInvariant(), "(47) 99999-8888", "12"));
        var linked = await Save(new SaveRequestorRequest(null, second.Id, "João Silva", email, null, null));
        var duplicate = await Save(new SaveRequestorRequest(null, second.Id, "Outro", email, null, null));

        Assert.Equal(first.Value, linked.Value);
        Assert.Equal("Email", Assert.Single(duplicate.Errors).Field);
        var requestor = await db.WithTickets((ITicketRequestors r) => r.GetRequestorAsync(first.Value, CancellationToken.None));
        Assert.Equal(("João Silva", email, (string?)null), (requestor!.Name, requestor.Email, requestor.Telephone));
        Assert.Equal(2, requestor.Clients.Count);
        var byPhone = await db.WithTickets((ITicketRequestors r) => r.ListRequestorsAsync(new RequestorListRequest(ClientId: s.Client.Id, Email: email), CancellationToken.None));
        Assert.Equal(first.Value, Assert.Single(byPhone.Items).Id);
    }

    [Fact]
    public async Task Telephone_IsStoredInE164_AndAnInvalidOneIsRefused()
    {
        var s = await Scenario.CreateAsync(db);

        var ok = await Save(new SaveRequestorRequest(null, s.Client.Id, "Maria", $"maria.{Guid.NewGuid():N}@cliente.example", "(47) 99999-8888", null));
        var bad = await Save(new SaveRequestorRequest(null, s.Client.Id, "Maria", $"m.{Guid.NewGuid():N}@cliente.example", "123", null));

        Assert.Equal("+5547999998888", (await db.WithTickets((ITicketRequestors r) => r.GetRequestorAsync(ok.Value, CancellationToken.None)))!.Telephone);
        Assert.Equal("Telephone", Assert.Single(bad.Errors).Field);
        var byDigits = await db.WithTickets((ITicketRequestors r) => r.ListRequestorsAsync(new RequestorListRequest(ClientId: s.Client.Id, Telephone: "47 99999-8888"), CancellationToken.None));
        Assert.Equal(ok.Value, Assert.Single(byDigits.Items).Id);
    }

    [Fact]
    public async Task Ticket_WithARegisteredRequestor_CopiesIt_AndRefusesOneOfAnotherClient()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var other = db.Contracts.AddClient("Outro " + Guid.NewGuid().ToString("N")[..6]);
        var mine = (await Save(new SaveRequestorRequest(null, s.Client.Id, "Carla", $"carla.{Guid.NewGuid():N}@cliente.example", null, "7"))).Value;
        var theirs = (await Save(new SaveRequestorRequest(null, other.Id, "Bruno", $"bruno.{Guid.NewGuid():N}@outro.example", null, null))).Value;

        var created = await Create(s, desk, mine);
        var refused = await Create(s, desk, theirs);

        var ticket = await s.GetAsync(created.Value);
        Assert.Equal((mine, "Carla", "7"), (ticket.RequestorId!.Value, ticket.RequesterName, ticket.RequesterExtension));
        Assert.Equal("RequestorId", Assert.Single(refused.Errors).Field);
        var list = await db.WithTickets((ITicketQueries q) => q.ListTicketsAsync(new TicketListRequest { RequestorId = mine }, CancellationToken.None));
        Assert.Equal(created.Value, Assert.Single(list.Items).Number);
    }

    private Task<SharedKernel.Result<Guid>> Save(SaveRequestorRequest request) =>
        db.WithTickets((ITicketRequestors r) => r.SaveRequestorAsync(request, Scenario.Tech, CancellationToken.None));

    private Task<SharedKernel.Result<int>> Create(Scenario s, Guid desk, Guid requestorId) =>
        db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("Sem internet", "", s.Client.Id, desk, null, null, null, "", null, null) { RequestorId = requestorId },
            Scenario.Tech, CancellationToken.None));
}
