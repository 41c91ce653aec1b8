using System.Net;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Web;

[Collection(TicketsAppGroup.Name)]
[Trait("Category", "Integration")]
public sealed class ChecklistPagesTests(TicketsApp app)
{
    private static readonly ActorDto Someone = new(Guid.CreateVersion7(), "Alguém", MayHandleMoney: true);

    /// <summary>A client whose tickets need a checklist (a text and a number, both required) and one ticket of it.</summary>
    private async Task<(ClientSummary Client, int Ticket, string Template)> SeedAsync()
    {
        var client = app.Contracts.AddClient("Mercado " + Guid.NewGuid().ToString("N")[..6]);
        var desk = await app.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + Guid.NewGuid().ToString("N")[..6], ["Triagem", "Fim"],
                [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithoutEntries, false, ReviewerKind.Both, 72, false),
            CancellationToken.None)).Value);
        var name = "Entrega " + Guid.NewGuid().ToString("N")[..6];
        var saved = await app.WithTickets((ITicketChecklists c) => c.SaveTemplateAsync(new SaveChecklistTemplateRequest(
            null, name, "", [new("Recebido por", ChecklistFieldType.Text, true, []), new("Valor da nota", ChecklistFieldType.Value, true, [])],
            [], [client.Id], []), CancellationToken.None));
        Assert.True(saved.IsSuccess);
        var ticket = await app.WithTickets(async (ITicketLifecycle t) => (await t.CreateTicketAsync(
            new CreateTicketRequest("Entrega de equipamento", "", client.Id, desk, null, null, null, "Joana", null, null), Someone,
            CancellationToken.None)).Value);
        return (client, ticket, name);
    }

    [Fact]
    public async Task FillingAnItemOnTheTicketPage_SavesIt_AndANumberIsReadInPtBr()
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        using var one = await client.SubmitFormAsync($"/tickets/{seed.Ticket}?aba=checklists", new Dictionary<string, string>
        {
            ["ChecklistFill.Fields[0].Value"] = "Joana Lima",
            ["ChecklistFill.Fields[1].Value"] = "ignorado: só o item 0 é salvo",
            ["onlyIndex"] = "0",
        }, "article.checklist form");
        var afterOne = await ChecklistAsync(seed.Ticket);
        using var whole = await client.SubmitFormAsync($"/tickets/{seed.Ticket}?aba=checklists", new Dictionary<string, string>
        {
            ["ChecklistFill.Fields[0].Value"] = "Joana Lima",
            ["ChecklistFill.Fields[1].Value"] = "1.234,5",
        }, "article.checklist form");

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal(("Joana Lima", (string?)null), (afterOne.Fields[0].Value, afterOne.Fields[1].Value));
        Assert.Equal(HttpStatusCode.Redirect, whole.StatusCode);
        Assert.Equal("1234.5", (await ChecklistAsync(seed.Ticket)).Fields[1].Value);
        var page = await client.GetPageAsync($"/tickets/{seed.Ticket}?aba=checklists");
        Assert.Contains("2/2", page.QuerySelector("#checklist-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1.234,5", page.QuerySelector("input[name='ChecklistFill.Fields[1].Value']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_ShowsTheProgress_WithATooltip()
    {
        var seed = await SeedAsync();
        await app.WithTickets(async (ITicketChecklists c) =>
        {
            var checklist = Assert.Single((await c.ListAsync(seed.Ticket, CancellationToken.None)).Value.Checklists);
            return await c.FillAsync(seed.Ticket, checklist.Id, [new(0, "Joana", null)], Someone, CancellationToken.None);
        });
        using var client = await app.App.SignInAsAdminAsync();

        var list = await client.GetPageAsync($"/tickets?cliente={seed.Client.Id}");

        var cell = list.QuerySelector("table.tickets tbody tr td.checklist-progress span")!;
        Assert.Equal("1/2", cell.TextContent.Trim());
        Assert.Contains("obrigatórios pendentes", cell.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_WithAPendingRequiredItem_IsRefusedWithTheMessage()
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        using var close = await client.SubmitFormAsync($"/tickets/{seed.Ticket}", new Dictionary<string, string>(), "form[action*='handler=Close']");

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Contains("itens obrigatórios não preenchidos", WebUtility.HtmlDecode(await close.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(TicketState.Open, (await app.WithTickets((ITicketQueries q) => q.GetTicketAsync(seed.Ticket, CancellationToken.None)))!.State);
    }

    [Fact]
    public async Task SettingsPage_CreatesATemplate_AndRefusesARadioWithoutOptions()
    {
        using var client = await app.App.SignInAsAdminAsync();
        var name = "Vistoria " + Guid.NewGuid().ToString("N")[..6];

        using var refused = await client.SubmitFormAsync("/configuracoes/checklists", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Fields[0].Title"] = "Aprovado?",
            ["Input.Fields[0].Type"] = "Radio",
            ["Input.Active"] = "true",
        }, "form#checklist-template-form");
        using var created = await client.SubmitFormAsync("/configuracoes/checklists", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Fields[0].Title"] = "Aprovado?",
            ["Input.Fields[0].Type"] = "Radio",
            ["Input.Fields[0].Required"] = "true",
            ["Input.Fields[0].Options"] = "Sim\nNão",
            ["Input.Active"] = "true",
        }, "form#checklist-template-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ao menos uma opção", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var template = Assert.Single(await app.WithTickets((ITicketChecklists c) => c.ListTemplatesAsync(CancellationToken.None)), t => t.Name == name);
        var field = Assert.Single(template.Fields);
        Assert.Equal((ChecklistFieldType.Radio, true, "Sim|Não"), (field.Type, field.Required, string.Join('|', field.Options.Select(o => o.Description))));
        var page = await client.GetPageAsync("/configuracoes/checklists");
        Assert.Contains(name, page.QuerySelector("#checklist-templates")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<TicketChecklistDto> ChecklistAsync(int ticket) =>
        Assert.Single((await app.WithTickets((ITicketChecklists c) => c.ListAsync(ticket, CancellationToken.None))).Value.Checklists);
}
