using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Fuzz;

/// <summary>Issue #15 item 4: each input that used to answer 500, now a 4xx (API) or the page with a message.</summary>
[Collection(FuzzTestGroup.Name)]
public sealed class BadInputRegressionTests(ApiFixture fixture)
{
    private static readonly string LongDescription = new('x', 100_000);

    public static TheoryData<string, string, string> ApiBodies => new()
    {
        // method + path, raw JSON body, field expected in the 422/42202 detail
        { "POST /tickets", """{"title":"a\ud800b","description":"x","client_id":1,"desk_id":1}""", "title" },
        { "POST /tickets", """{"title":"x","description":"a\u0000b","client_id":1,"desk_id":1}""", "description" },
        { "POST /tickets", "{\"title\":\"x\",\"description\":\"" + LongDescription + "\",\"client_id\":1,\"desk_id\":1}", "description" },
        { "POST /extra-expenses", """{"name":"Cabo","unit_value":1e20}""", "unit_value" },
        { "POST /extra-expenses", """{"name":"Cabo","unit_value":"100000000000000000000"}""", "unit_value" },
        { "POST /shifts", """{"name":"Plantão","value":1e20}""", "value" },
        { "POST /loose-services", """{"name":"\u0000","value":1}""", "name" },
    };

    [Theory]
    [MemberData(nameof(ApiBodies))]
    public async Task Api_bodies_with_bad_text_or_numbers_are_field_errors(string route, string body, string field)
    {
        using var api = fixture.Client(Groups.Admin);
        var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
        var response = await api.SendRawAsync(new HttpMethod(method), path, body, "application/json");
        response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, field);
    }

    [Fact]
    public async Task Api_ticket_description_is_bounded_by_the_tickets_module()
    {
        using var api = fixture.Client(Groups.Admin);
        var response = await api.SendRawAsync(HttpMethod.Post, "/tickets",
            "{\"title\":\"x\",\"description\":\"" + new string('x', TicketLimits.Description + 1) + "\",\"client_id\":1,\"desk_id\":1}", "application/json");
        Assert.Contains($"is too long (maximum is {TicketLimits.Description} characters)", response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "description"));
    }

    [Fact]
    public async Task Api_lone_surrogate_in_a_field_name_is_a_bad_request()
    {
        using var api = fixture.Client(Groups.Admin);
        (await api.SendRawAsync(HttpMethod.Post, "/tickets", """{"\ud800":1}""", "application/json")).ExpectError(HttpStatusCode.BadRequest, 40003, "error");
    }

    [Fact]
    public async Task Api_extra_quantity_with_more_than_two_decimals_is_refused()
    {
        using var api = fixture.Client(Groups.Admin);
        var expense = (await api.PostAsync("/extra-expenses", new { name = "Cabo " + Guid.NewGuid().ToString("N")[..6], unit_value = 10 })).Expect(HttpStatusCode.Created)["id"].GetInt32();
        var response = await api.PostAsync($"/tickets/{fixture.OpenTicket}/extras", new { extra_expense_id = expense, quantity = 0.001m });
        Assert.Contains("A quantidade aceita no máximo duas casas decimais.", response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "quantity"));
    }

    [Theory]
    [InlineData("/tickets?offset=99999999&limit=200")]
    [InlineData("/clients?offset=99999999&limit=200")]
    [InlineData("/reports/billings/history?offset=99999999&limit=200")]
    public async Task Api_far_pages_are_empty(string path)
    {
        using var api = fixture.Client(Groups.Admin);
        var response = (await api.GetAsync(path)).Expect(HttpStatusCode.OK);
        Assert.Equal(0, response.Json.GetArrayLength());
    }

    [Theory]
    [InlineData("/tickets?start_datetime=9999-12-31T00:00:00Z", "start_datetime")]
    [InlineData("/tickets?name=a%00b", "name")]
    public async Task Api_bad_query_values_are_field_errors(string path, string field)
    {
        using var api = fixture.Client(Groups.Admin);
        var response = await api.GetAsync(path);
        Assert.True((int)response.Status is 200 or 422, $"{(int)response.Status}: {Encoding.UTF8.GetString(response.Body)}");
        if (response.Status == HttpStatusCode.UnprocessableEntity)
        {
            response.ExpectError(HttpStatusCode.UnprocessableEntity, 42201, field);
        }
    }

    public static TheoryData<string> PageQueries => new()
    {
        "/clientes?busca=%00", "/clientes?name=%00", "/contratos?busca=%00", "/tickets?busca=%00", "/faturamento/historico?nfe=%00",
        "/clientes?pagina=99999999", "/contratos?pagina=99999999", "/tickets?pagina=99999999", "/faturamento/historico?pagina=99999999",
        "/configuracoes/mensagens?page=99999999",
        "/faturamento?data=9999-12-31", "/faturamento/cliente/{client}?data=9999-12-31", "/faturamento/automatico?data=9999-12-31",
        "/faturamento?data=0001-01-01", "/faturamento/historico?faturamentoDe=9999-12-31", "/relatorios/extrato?from=9999-12-31&to=9999-12-31",
    };

    [Theory]
    [MemberData(nameof(PageQueries))]
    public async Task Pages_answer_bad_filters_with_the_page(string url)
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        using var response = await browser.GetAsync(url.Replace("{client}", fixture.ClientId.ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/contratos/reajuste?mes=9999-12")]
    [InlineData("/faturamento?data=9999-12-31")]
    [InlineData("/faturamento/automatico?data=9999-12-31")]
    public async Task Dates_out_of_the_window_show_a_message(string url)
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BusinessDates.OutOfRangeMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ticket_form_refuses_a_100k_description_with_a_message()
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        var before = await TicketCountAsync();
        // The page's first form is the client picker (GET, no antiforgery token): post the ticket form itself.
        using var response = await browser.SubmitFormAsync("/tickets/novo", new Dictionary<string, string>
        {
            ["Input.Title"] = "Descrição enorme",
            ["Input.Description"] = LongDescription,
            ["Input.ClientId"] = fixture.ClientId.ToString(),
            ["Input.DeskId"] = fixture.DeskId.ToString(),
            ["Input.RequesterName"] = "Joana",
        }, "#ticket-form");
        await ExpectFieldMessageAsync(response, "Input.Description", $"A descrição deve ter no máximo {TicketLimits.Description} caracteres.");
        Assert.Equal(before, await TicketCountAsync());
    }

    [Fact]
    public async Task Time_entry_form_refuses_a_100k_description_with_a_message()
    {
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        using var response = await browser.SubmitFormAsync($"/tickets/{fixture.OpenTicket}/apontamentos/novo", new Dictionary<string, string>
        {
            ["Input.Date"] = ApiFixture.Yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Start"] = "08:00",
            ["Input.End"] = "09:00",
            ["Input.Description"] = LongDescription,
        });
        await ExpectFieldMessageAsync(response, "Input.Description", $"A descrição deve ter no máximo {TicketLimits.EntryDescription} caracteres.");
    }

    [Fact]
    public async Task Extra_form_refuses_a_quantity_with_three_decimals()
    {
        var expense = Ok(await fixture.In<ICatalogAdministration, Result<Guid>>(c => c.SaveExtraExpenseAsync(
            null, new SaveExtraExpenseRequest("Cabo " + Guid.NewGuid().ToString("N")[..6], 10m, "", true), default)));
        var before = await ExtraCountAsync();
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        // Pages/Tickets/Extra.cshtml answers /tickets/{number}/valorizacao/{id}; a new extra is id "nova".
        using var response = await browser.SubmitFormAsync($"/tickets/{fixture.OpenTicket}/valorizacao/nova", new Dictionary<string, string>
        {
            ["Input.ExtraExpenseId"] = expense.ToString(),
            ["Input.Date"] = ApiFixture.Yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Quantity"] = "0,001",
        }, "#extra-form");
        await ExpectFieldMessageAsync(response, "Input.Quantity", "A quantidade aceita no máximo duas casas decimais.");
        Assert.Equal(before, await ExtraCountAsync());
    }

    [Fact]
    public async Task New_contract_form_refuses_a_1e20_rider_value_with_a_message()
    {
        var type = Ok(await fixture.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync(
            "Horas " + Guid.NewGuid().ToString("N")[..6], ContractModality.Hours, default)));
        var before = await ContractCountAsync();
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        // Every other field is valid, so the value is the only reason not to save (without a type the page stops at "Escolha o tipo").
        using var response = await browser.SubmitFormAsync("/contratos/novo", new Dictionary<string, string>
        {
            ["Input.ClientId"] = fixture.ClientId.ToString(),
            ["Input.ContractTypeId"] = type.ToString(),
            ["Input.Settings.Name"] = "Valor enorme",
            ["Input.Settings.StartDate"] = ApiFixture.Yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Settings.BillingTiming"] = "InArrears",
            ["Input.Settings.BillingDaysBefore"] = "5",
            ["Input.Settings.CycleAnchor"] = "CalendarMonth",
            ["Input.Rider.DueDay"] = "10",
            ["Input.Rider.Value"] = "100000000000000000000,00",
            ["Input.Rider.DiscountType"] = "Currency",
            ["Input.Rider.IncludedHours"] = "20:00",
            ["Input.Rider.SurplusHourRate"] = "150,00",
        }, "#contract-form");
        await ExpectFieldMessageAsync(response, "Input.Rider.Value", Money.OutOfRangeMessage);
        Assert.Equal(before, await ContractCountAsync());
    }

    [Fact]
    public async Task Adjustment_form_refuses_a_1e20_new_value_with_a_message()
    {
        // A contract of its own whose adjustment falls in a known month: the value field is shown only with candidates.
        var type = Ok(await fixture.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync(
            "Horas " + Guid.NewGuid().ToString("N")[..6], ContractModality.Hours, default)));
        var start = new DateOnly(ApiFixture.Yesterday.Year, ApiFixture.Yesterday.Month, 1).AddMonths(-2);
        var adjustment = start.AddMonths(12);
        var settings = new ContractSettingsRequest("Reajuste enorme", BillingTiming.InArrears, 5, false, start, start.AddMonths(12).AddDays(-1), 12, true,
            CycleAnchor.CalendarMonth, 12, adjustment, true, "", null, null, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(start, null, 10, 2400m, 0m, DiscountType.Currency, 1200, 140m, null, null, null, null, null, null, [], "Primeiro adendo");
        var contract = Ok(await fixture.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(
            new CreateContractRequest(fixture.ClientId, type, settings, terms, "teste"), default)));
        var url = "/contratos/reajuste?mes=" + adjustment.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        using var browser = await fixture.Factory.SignInAsAdminAsync();
        Assert.NotNull((await browser.GetPageAsync(url)).QuerySelector($"#candidates tr[data-id='{contract}']"));

        using var response = await browser.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.ContractIds"] = contract.ToString(),
            ["Input.NewValue"] = "100000000000000000000,00",
            ["Input.IndexName"] = "IGP-M",
        }, "#adjustment-form");
        await ExpectFieldMessageAsync(response, "Input.NewValue", Money.OutOfRangeMessage);
        var riders = (await fixture.In<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(
            new ContractTermsRequest(null, [contract]), default))).Single().Riders;
        Assert.Equal(2400m, Assert.Single(riders).Value);
    }

    /// <summary>The form came back (200, not a 400 or 500) with <paramref name="message"/> next to <paramref name="field"/>.</summary>
    private static async Task ExpectFieldMessageAsync(HttpResponseMessage response, string field, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        var page = await new HtmlParser().ParseDocumentAsync(body);
        var shown = page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim();
        Assert.True(shown == message, $"Expected '{message}' next to {field}, found '{shown}'. Messages on the page: "
            + string.Join(" | ", page.QuerySelectorAll(".field-error, .validation-summary-errors").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)));
    }

    private Task<int> TicketCountAsync() =>
        fixture.In<ITicketQueries, int>(async t => (await t.ListTicketsAsync(new TicketListRequest(ClientId: fixture.ClientId), default)).TotalItems);

    private Task<int> ExtraCountAsync() =>
        fixture.In<ITicketQueries, int>(async t => (await t.GetTicketAsync(fixture.OpenTicket, default))!.Extras.Count);

    private Task<int> ContractCountAsync() =>
        fixture.In<IContractsAdministration, int>(async a => (await a.ListContractsAsync(new ContractListRequest(fixture.ClientId, null, null, null), default)).TotalItems);

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
