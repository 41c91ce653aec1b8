using System.Globalization;
using System.Net;
using Tiflux.Api.Tests.Endpoints;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Sla;

/// <summary>
/// A desk of its own with SLA (set through <see cref="ITicketSla.SaveDeskSlaAsync"/>): Alta 01:00 / 04:00, Normal
/// 02:00 / 08:00, stage Triagem 00:30, goal 95 %, pausing allowed. Each test gets a new one so their tickets do not mix.
/// </summary>
internal sealed record SlaDesk(Guid Id, string Name, int ApiId, DeskDto Dto)
{
    public static async Task<SlaDesk> CreateAsync(ApiFixture fixture)
    {
        var name = "Plantão SLA " + Guid.NewGuid().ToString("N")[..6];
        var id = Ok(await fixture.In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            null, name, ["Triagem", "Atendimento", "Resolvido"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Alta", "Normal"], [fixture.ClientId], DeskValuationMode.WithoutValuation, false, ReviewerKind.Both, 72, false), default)));
        var desk = await DeskAsync(fixture, id);
        var alta = desk.Priorities.Single(p => p.Name == "Alta").Id;
        var normal = desk.Priorities.Single(p => p.Name == "Normal").Id;
        var triagem = desk.Stages.Single(s => s.Name == "Triagem").Id;
        var saved = await fixture.In<ITicketSla, Result>(s => s.SaveDeskSlaAsync(
            new SaveDeskSlaRequest(id, true, 95, true, [new(alta, 60, 240), new(normal, 120, 480)], [new(triagem, 30)], []), default));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));

        using var api = fixture.Client(Groups.Admin);
        var rows = Shape.Items((await api.GetAsync("/desks?limit=200&name=" + Uri.EscapeDataString(name))).Expect(HttpStatusCode.OK));
        var apiId = rows.Single(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
        return new SlaDesk(id, name, apiId, await DeskAsync(fixture, id));
    }

    /// <summary>A ticket on this desk with priority Alta, opened through the API by an admin.</summary>
    public async Task<int> NewTicketAsync(ApiFixture fixture, ApiClient api, string title)
    {
        var created = (await api.PostAsync("/tickets", new
        {
            title,
            description = "<p>Criado pelo teste de SLA</p>",
            client_id = await World.ClientIdAsync(api),
            desk_id = ApiId,
            priority_id = await World.PriorityIdAsync(api, ApiId, "Alta"),
        })).Expect(HttpStatusCode.Created);
        return created["ticket"].GetProperty("ticket_number").GetInt32();
    }

    public async Task<int> StageApiIdAsync(ApiClient api, string name)
    {
        var rows = Shape.Items((await api.GetAsync($"/desks/{ApiId}/stages")).Expect(HttpStatusCode.OK));
        return rows.Single(s => s.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    public static Task<TicketDto> TicketAsync(ApiFixture fixture, int number) =>
        fixture.In<ITicketQueries, TicketDto>(async q => await q.GetTicketAsync(number, default) ?? throw new InvalidOperationException($"#{number}"));

    /// <summary>The API's instant format (UTC, whole seconds), to compare with the module's values.</summary>
    public static string? Instant(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task<DeskDto> DeskAsync(ApiFixture fixture, Guid id) =>
        (await fixture.In<ITicketSetup, IReadOnlyList<DeskDto>>(t => t.GetDesksAsync(default))).Single(d => d.Id == id);

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
