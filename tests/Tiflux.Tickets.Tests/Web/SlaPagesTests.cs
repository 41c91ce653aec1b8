using System.Net;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Web;

/// <summary>The SLA settings page of a desk, the SLA block of the ticket page and the list's SLA filter and order.</summary>
[Collection(TicketsAppGroup.Name)]
[Trait("Category", "Integration")]
public sealed class SlaPagesTests(TicketsApp app)
{
    private static readonly ActorDto Someone = new(Guid.CreateVersion7(), "Alguém");

    private async Task<DeskDto> DeskAsync()
    {
        var id = await app.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + Guid.NewGuid().ToString("N")[..6], ["Triagem", "Atendimento"],
                [new("Aberto", StatusKind.Open), new("Aguardando cliente", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            CancellationToken.None)).Value);
        return (await app.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == id);
    }

    [Fact]
    public async Task DeskSlaPage_SavesTargets_AndRefusesABadTime()
    {
        var desk = await DeskAsync();
        var priority = desk.Priorities[0].Id;
        using var client = await app.App.SignInAsAdminAsync();
        var url = $"/configuracoes/mesas/{desk.Id}/sla";
        await client.GetPageAsync(url);

        using var bad = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Enabled"] = "true",
            [$"Attendance[{priority}]"] = "01:00",
            [$"Solution[{priority}]"] = "dez horas",
        }, "form#desk-sla-form");
        var afterBad = (await app.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == desk.Id);
        using var good = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Enabled"] = "true",
            ["CanPause"] = "true",
            ["Goal"] = "95",
            [$"Attendance[{priority}]"] = "01:00",
            [$"Solution[{priority}]"] = "10:30",
            [$"StageMax[{desk.Stages[0].Id}]"] = "00:45",
        }, "form#desk-sla-form");

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Solução de Normal: use HH:MM", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(afterBad.Sla.Enabled);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var sla = (await app.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == desk.Id).Sla;
        Assert.Equal((true, true, 95), (sla.Enabled, sla.CanPause, sla.GoalPercent));
        Assert.Equal(new PrioritySlaDto(priority, 60, 630), sla.Priorities[0]);
        Assert.Equal(45, sla.Stages[0].MaxMinutes);
    }

    [Fact]
    public async Task TicketPage_ShowsDeadlines_AndPausesWithAReason_AndTheListFiltersByDeadline()
    {
        var desk = await DeskAsync();
        await app.WithTickets((ITicketSla t) => t.SaveDeskSlaAsync(new SaveDeskSlaRequest(
            desk.Id, true, null, true, [new(desk.Priorities[0].Id, 60, 600)], [], []), CancellationToken.None));
        var customer = app.Contracts.AddClient("Oficina " + Guid.NewGuid().ToString("N")[..6]);
        var ticket = await app.WithTickets(async (ITicketLifecycle t) => (await t.CreateTicketAsync(
            new CreateTicketRequest("Impressora parada", "", customer.Id, desk.Id, null, null, null, "Joana", null, null), Someone,
            CancellationToken.None)).Value);
        using var client = await app.App.SignInAsAdminAsync();

        var page = await client.GetPageAsync($"/tickets/{ticket}");
        using var paused = await client.SubmitFormAsync($"/tickets/{ticket}", new Dictionary<string, string> { ["SlaReason"] = "Aguardando peça" },
            "#ticket-sla form[action*='PauseSla']");
        var dto = await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(ticket, CancellationToken.None));
        var farFuture = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var list = await client.GetPageAsync($"/tickets?mesa={desk.Id}&sla_ate={farFuture}&ordem=sla");

        Assert.Equal(["Atendimento", "Solução"], page.QuerySelectorAll("#ticket-sla tr[data-sla-clock]").Select(r => r.GetAttribute("data-sla-clock")));
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Equal("Aguardando peça", dto!.Sla.PauseReason);
        // A paused ticket is not "expiring": the filter leaves it out.
        Assert.DoesNotContain(list.QuerySelectorAll("table.tickets a"), a => a.TextContent == $"#{ticket}");
        var all = await client.GetPageAsync($"/tickets?mesa={desk.Id}&ordem=sla");
        Assert.NotNull(all.QuerySelector("td.ticket-sla .sla"));
    }
}
