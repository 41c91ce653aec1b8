using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using static Tiflux.Web.Tests.Conversation.ConversationWorld;

namespace Tiflux.Web.Tests.Conversation;

/// <summary>The Dados tab of issue 22 (followers, parent, priority reason, desk transfer) and the Histórico tab it feeds.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TicketDataTabTests(AppFixture app)
{
    [Fact]
    public async Task A_stage_change_shows_in_the_history_as_before_and_after_and_the_area_filter_leaves_it_out_of_communication()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var data = await browser.GetPageAsync($"/tickets/{ticket.Number}");

        using var saved = await browser.SubmitFormAsync($"/tickets/{ticket.Number}", DataFields(data, ("Input.StageId", ticket.Desk.Stages[1].Id.ToString())), "#data-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var history = await browser.GetPageAsync($"/tickets/{ticket.Number}?aba=historico");
        var change = Assert.Single(history.QuerySelectorAll("table.history ul.changes li"), li => li.QuerySelector(".change-new")?.TextContent == "Em atendimento");
        Assert.Equal("Triagem", change.QuerySelector(".change-old")?.TextContent);
        Assert.Contains("→", change.TextContent, StringComparison.Ordinal);
        // Newest first: the stage change comes before the creation row.
        var rows = history.QuerySelectorAll("table.history tbody tr").Select(r => r.TextContent).ToList();
        Assert.True(rows.FindIndex(r => r.Contains("Em atendimento", StringComparison.Ordinal)) < rows.Count - 1);

        var communication = await browser.GetPageAsync($"/tickets/{ticket.Number}?aba=historico&area=comunicacao");
        Assert.DoesNotContain("Em atendimento", communication.QuerySelector("table.history")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("comunicacao", communication.QuerySelector("#history-filter select[name=area] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_priority_change_needs_a_reason_and_the_parent_link_shows_the_child_on_the_parent()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        var parent = await CreateSiblingAsync(ticket);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}";
        var data = await browser.GetPageAsync(url);
        var high = ticket.Desk.Priorities.Single(p => p.Name == "Alta").Id.ToString();

        using var refused = await browser.SubmitFormAsync(url, DataFields(data, ("Input.PriorityId", high)), "#data-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var redisplayed = await FollowAsync(browser, refused);
        Assert.False(string.IsNullOrWhiteSpace(
            (redisplayed.QuerySelector("#priority-reason .field-error")?.TextContent ?? "") + (redisplayed.QuerySelector(".validation-summary-errors")?.TextContent ?? "")));

        using var saved = await browser.SubmitFormAsync(url, DataFields(data,
            ("Input.PriorityId", high), ("PriorityChangeReason", "Parou a produção"), ("Input.ParentNumber", parent.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            "#data-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var parentPage = await browser.GetPageAsync($"/tickets/{parent}");
        Assert.Contains(parentPage.QuerySelectorAll(".relations ul.children a"), a => a.GetAttribute("href") == url);
        var childPage = await browser.GetPageAsync(url);
        Assert.Equal($"/tickets/{parent}", childPage.QuerySelector(".relations dl.facts dd a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_requester_as_a_follower_is_refused_next_to_the_followers_field_and_nothing_is_saved()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}";
        var data = await browser.GetPageAsync(url);

        using var refused = await browser.SubmitFormAsync(url, DataFields(data,
            ("Input.Title", "Título que não deve ficar"), ("Input.Followers", $"{ticket.FollowerEmail}, {ticket.RequesterEmail.ToUpperInvariant()}")), "#data-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await FollowAsync(browser, refused);
        Assert.Contains("solicitante não pode ser seguidor", page.QuerySelector("span[data-valmsg-for='Input.Followers']")?.TextContent ?? "", StringComparison.Ordinal);
        var after = await browser.GetPageAsync(url);
        Assert.DoesNotContain("Título que não deve ficar", after.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ticket.FollowerEmail, after.QuerySelector("#followers")!.TextContent.Trim());
    }

    [Fact]
    public async Task Seguir_adds_the_current_user_to_the_followers_and_Deixar_de_seguir_removes_them()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}";

        using var follow = await browser.SubmitFormAsync(url, new Dictionary<string, string>(), "#follow-form");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        var following = await browser.GetPageAsync(url);
        Assert.Contains(TifluxAppFactory.AdminEmail, following.QuerySelector("#followers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ticket.FollowerEmail, following.QuerySelector("#followers")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Deixar de seguir", following.QuerySelector("#follow-form button")?.TextContent);

        using var unfollow = await browser.SubmitFormAsync(url, new Dictionary<string, string>(), "#follow-form");
        Assert.Equal(HttpStatusCode.Redirect, unfollow.StatusCode);
        var after = await browser.GetPageAsync(url);
        Assert.DoesNotContain(TifluxAppFactory.AdminEmail, after.QuerySelector("#followers")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transferir_mesa_moves_the_ticket_in_two_steps_and_keeps_its_time_entries()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        var entryId = await LogTimeAsync(ticket.Number);
        using var browser = await app.Factory.SignInAsAdminAsync();

        // Step 1 lists the other desk serving the client; step 2 offers that desk's own stages.
        var step1 = await browser.GetPageAsync($"/tickets/{ticket.Number}");
        Assert.Contains(step1.QuerySelectorAll("#transfer-desk-form select[name=mesa] option"), o => o.GetAttribute("value") == ticket.OtherDesk.Id.ToString());
        var stepUrl = $"/tickets/{ticket.Number}?aba=dados&mesa={ticket.OtherDesk.Id}";
        var step2 = await browser.GetPageAsync(stepUrl);
        Assert.Equal(["Recebido", "Resolvendo"], step2.QuerySelectorAll("#transfer-form select[name='Transfer.StageId'] option").Select(o => o.TextContent));

        using var moved = await browser.SubmitFormAsync(stepUrl, new Dictionary<string, string>
        {
            ["Transfer.StageId"] = ticket.OtherDesk.Stages[1].Id.ToString(),
            ["Transfer.StatusId"] = ticket.OtherDesk.Statuses[0].Id.ToString(),
            ["Transfer.PriorityId"] = ticket.OtherDesk.Priorities[0].Id.ToString(),
        }, "#transfer-form");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var after = (await scope.ServiceProvider.GetRequiredService<ITicketQueries>().GetTicketAsync(ticket.Number, default))!;
        Assert.Equal(ticket.OtherDesk.Id, after.Desk.Id);
        Assert.Equal(ticket.OtherDesk.Stages[1].Id, after.StageId);
        Assert.Equal(entryId, Assert.Single(after.Entries).Id);
        var page = await browser.GetPageAsync($"/tickets/{ticket.Number}?aba=apontamentos");
        Assert.Contains("Mesa " + ticket.OtherDesk.Name, page.QuerySelector("h1 + p")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("table.entries tbody tr"), r => r.TextContent.Contains("Troca do toner", StringComparison.Ordinal));
    }

    /// <summary>The data form's current values (as a browser would send them) with some replaced.</summary>
    private static Dictionary<string, string> DataFields(IHtmlDocument page, params (string Name, string Value)[] changes)
    {
        var form = (IHtmlFormElement)page.QuerySelector("#data-form")!;
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: not "hidden" } input when !string.IsNullOrEmpty(input.Name):
                    fields[input.Name!] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name!] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name!] = select.Value ?? "";
                    break;
            }
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields;
    }

    private async Task<int> CreateSiblingAsync(ConversationTicket ticket)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return Ok(await scope.ServiceProvider.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Pai " + ticket.Number, "", ticket.ClientId, ticket.Desk.Id, null, null, null, "Ana Solicitante", ticket.RequesterEmail, null),
            new ActorDto(Guid.Empty, "Teste", true),
            default));
    }

    private async Task<Guid> LogTimeAsync(int number)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var admin = (await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(TifluxAppFactory.AdminEmail))!;
        return Ok(await scope.ServiceProvider.GetRequiredService<ITicketWork>().SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, new DateOnly(2026, 11, 30), new TimeOnly(9, 0), new TimeOnly(10, 30), admin.Id, admin.FullName ?? "Admin", "Troca do toner"),
            new ActorDto(admin.Id, admin.FullName ?? "Admin", true),
            default));
    }
}
