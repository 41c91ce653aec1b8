using System.Net;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Web;

[Collection(TicketsAppGroup.Name)]
[Trait("Category", "Integration")]
public sealed class CalendarPagesTests(TicketsApp app)
{
    private Task<Guid> DeskAsync() => app.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
        new SaveDeskRequest(null, "Mesa " + Guid.NewGuid().ToString("N")[..6], ["Triagem"],
            [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
        CancellationToken.None)).Value);

    [Fact]
    public async Task DeskHours_SavedSchedule_IsShownAgain()
    {
        var desk = await DeskAsync();
        using var client = await app.App.SignInAsAdminAsync();
        var url = $"/configuracoes/mesas/{desk}/expediente";
        var page = await client.GetPageAsync(url);
        var firstMondayKey = page.QuerySelector("fieldset[data-day='1'] input[name='Hours.Rows.Index']")!.GetAttribute("value");
        Assert.NotNull(page.QuerySelector("input[name='Hours.UseOrganizationDefault'][checked]"));

        using var response = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Hours.UseOrganizationDefault"] = "false",
            [$"Hours.Rows[{firstMondayKey}].Start"] = "07:30",
            [$"Hours.Rows[{firstMondayKey}].End"] = "12:00",
        }, "form#desk-hours-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var again = await client.GetPageAsync(url);
        Assert.Null(again.QuerySelector("input[name='Hours.UseOrganizationDefault'][checked]"));
        var starts = again.QuerySelectorAll("fieldset[data-day='1'] input[name$='.Start']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["07:30", null], starts);
        var hours = await app.WithTickets((ITicketCalendar c) => c.GetDeskHoursAsync(desk, CancellationToken.None));
        Assert.Equal(5, hours!.Windows.Count);
        Assert.Contains(hours.Windows, w => w is { Day: DayOfWeek.Monday, StartMinute: 450, EndMinute: 720 });
    }

    [Fact]
    public async Task DeskHours_BadInterval_ShowsTheMessage()
    {
        var desk = await DeskAsync();
        using var client = await app.App.SignInAsAdminAsync();
        var url = $"/configuracoes/mesas/{desk}/expediente";
        var page = await client.GetPageAsync(url);
        var key = page.QuerySelector("fieldset[data-day='2'] input[name='Hours.Rows.Index']")!.GetAttribute("value");

        using var response = await client.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Hours.UseOrganizationDefault"] = "false",
            [$"Hours.Rows[{key}].Start"] = "18:00",
            [$"Hours.Rows[{key}].End"] = "08:00",
        }, "form#desk-hours-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Terça-feira: o intervalo 18:00–08:00 termina antes de começar.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.True((await app.WithTickets((ITicketCalendar c) => c.GetDeskHoursAsync(desk, CancellationToken.None)))!.UsesOrganizationDefault);
    }

    [Fact]
    public async Task DeskHours_OfAnUnknownDesk_IsNotFound()
    {
        using var client = await app.App.SignInAsAdminAsync();

        using var response = await client.GetAsync($"/configuracoes/mesas/{Guid.NewGuid()}/expediente");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OrganizationHours_PageShowsTheDefaultWeek()
    {
        using var client = await app.App.SignInAsAdminAsync();

        var page = await client.GetPageAsync("/configuracoes/expediente");

        var friday = page.QuerySelectorAll("fieldset[data-day='5'] input[name$='.Start']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal("08:00", friday[0]);
        Assert.Empty(page.QuerySelectorAll("fieldset[data-day='0'] input[name$='.Start'][value]").Where(i => i.GetAttribute("value")!.Length > 0));
    }

    [Fact]
    public async Task Holidays_ListsNationalDays_AndRefusesTheSameDateTwice()
    {
        var desk = await DeskAsync();
        using var client = await app.App.SignInAsAdminAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Padroeira da cidade",
            ["Input.Date"] = "2031-06-13",
            ["Input.DeskIds"] = desk.ToString(),
        };

        using var first = await client.SubmitFormAsync("/configuracoes/feriados?ano=2031", fields, "form#holiday-form");
        using var second = await client.SubmitFormAsync("/configuracoes/feriados?ano=2031", fields, "form#holiday-form");
        var page = await client.GetPageAsync("/configuracoes/feriados?ano=2031");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Já existe um feriado em 13/06/2031 para as mesmas mesas.", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("table.holidays tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("21/04/2031", StringComparison.Ordinal) && r.Contains("Nacional", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains("Padroeira da cidade", StringComparison.Ordinal) && r.Contains("Próprio", StringComparison.Ordinal));
    }
}
