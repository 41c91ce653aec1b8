using System.Globalization;
using System.Net;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class ContractsTests(ApiFixture fixture)
{
    private const string FixtureContract = "Suporte 20h/mês";

    private static readonly string[] ListFields =
    [
        "id", "cancelled", "client", "contract_type", "duration", "expiration_date", "modality", "name", "readjust_duration",
        "readjustment_date", "rider_tax", "rider_value", "status", "total_value",
    ];

    private static readonly string[] DetailFields =
    [
        "id", "name", "active", "expiration_date", "duration", "automatic_renewal", "permit_appointments_readjustment", "billing_in_batch",
        "automatic_billing", "billing_days_before", "technical_observations", "consumption_reminder", "client", "contract_type", "last_rider",
    ];

    private static readonly string[] HoursRiderFields =
        ["id", "rider_number", "release", "due_day", "description", "value", "discount_value", "discount_type", "qtd_hours", "surplus_hour_value"];

    private static readonly string[] ReminderFields = ["notification", "percent", "emails"];

    [Fact]
    public async Task Finance_sees_the_documented_row_with_money_strings()
    {
        using var api = fixture.Client(Groups.Finance);
        var response = (await api.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.Equal(rows.Count, response.TotalItems);
        var row = rows.Single(c => c.GetProperty("name").GetString() == FixtureContract);
        Shape.Has(row, ListFields);
        Assert.True(Shape.Int(row, "id") > 0);
        Assert.False(Shape.Bool(row, "cancelled"));
        Assert.Equal(World.ClientName, Shape.IdName(row, "client").Name);
        Assert.Equal(await World.ClientIdAsync(api), Shape.IdName(row, "client").Id);
        Assert.Equal("Banco de horas", Shape.IdName(row, "contract_type").Name);
        Assert.Equal(12, Shape.IntOrNull(row, "duration"));
        var start = new DateOnly(ApiFixture.Yesterday.Year, ApiFixture.Yesterday.Month, 1).AddMonths(-2);
        Assert.Equal(start.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Shape.DateOrNull(row, "expiration_date"));
        Assert.Equal("Hours", Shape.Str(row, "modality"));
        Assert.Equal(12, Shape.IntOrNull(row, "readjust_duration"));
        Shape.DateOrNull(row, "readjustment_date");
        Assert.Equal("0.00", Shape.Str(row, "rider_tax"));
        Assert.Equal("2400.00", Shape.Str(row, "rider_value"));
        Assert.Equal("2400.00", Shape.Str(row, "total_value"));
        Assert.Equal("actives", Shape.Str(row, "status"));
    }

    [Fact]
    public async Task Technician_gets_masked_money()
    {
        using var api = fixture.Client(Groups.Technician);
        var row = Shape.Items((await api.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK))
            .Single(c => c.GetProperty("name").GetString() == FixtureContract);
        Assert.Equal("--", Shape.Str(row, "rider_value"));
        Assert.Equal("--", Shape.Str(row, "rider_tax"));
        Assert.Equal("--", Shape.Str(row, "total_value"));
        Assert.Equal("Hours", Shape.Str(row, "modality"));
    }

    [Fact]
    public async Task Status_defaults_to_actives_and_is_validated()
    {
        using var api = fixture.Client(Groups.Admin);
        var actives = Shape.Items((await api.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK));
        Assert.All(actives, c => Assert.Equal("actives", c.GetProperty("status").GetString()));
        Assert.Contains(actives, c => c.GetProperty("name").GetString() == FixtureContract);

        var expired = (await api.GetAsync("/contracts?status=expired&limit=200")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(Shape.Items(expired), c => c.GetProperty("name").GetString() == FixtureContract);
        Assert.All(Shape.Items(expired), c => Assert.Equal("expired", c.GetProperty("status").GetString()));

        var both = Shape.Items((await api.GetAsync("/contracts?status=actives,expired&limit=200")).Expect(HttpStatusCode.OK));
        Assert.Contains(both, c => c.GetProperty("name").GetString() == FixtureContract);

        var error = (await api.GetAsync("/contracts?status=123")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "status");
        Assert.Contains("contains invalid values: 123", error);
    }

    [Fact]
    public async Task Client_ids_filter_the_list()
    {
        using var api = fixture.Client(Groups.Admin);
        var client = await World.ClientIdAsync(api);
        var other = await World.ClientIdAsync(api, World.OtherClientName);
        var mine = (await api.GetAsync($"/contracts?client_ids={client}")).Expect(HttpStatusCode.OK);
        Assert.Contains(Shape.Items(mine), c => c.GetProperty("name").GetString() == FixtureContract);
        Assert.All(Shape.Items(mine), c => Assert.Equal(client, c.GetProperty("client").GetProperty("id").GetInt32()));
        Assert.Equal(Shape.Items(mine).Count, mine.TotalItems);

        var theirs = (await api.GetAsync($"/contracts?client_ids={other}")).Expect(HttpStatusCode.OK);
        Assert.Empty(Shape.Items(theirs));
        Assert.Equal(0, theirs.TotalItems);
        (await api.GetAsync("/contracts?client_ids=a")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "client_ids");
    }

    [Fact]
    public async Task Put_updates_an_hours_contract_and_answers_the_detail()
    {
        var (number, clientName) = await NewHoursContractAsync("Contrato PUT");
        using var api = fixture.Client(Groups.Finance);
        var detail = (await api.PutAsync($"/contracts/{number}", new
        {
            name = "Contrato PUT renomeado",
            billing_days_before = 3,
            technical_observations = "Atender só em horário comercial",
            rider = new { qtd_hours = 30, value = 3000.0, surplus_hour_value = 150.0, due_day = 12, description = "Reajuste" },
        })).Expect(HttpStatusCode.OK).Json;

        Shape.Has(detail, DetailFields);
        Assert.Equal(number, Shape.Int(detail, "id"));
        Assert.Equal("Contrato PUT renomeado", Shape.Str(detail, "name"));
        Assert.True(Shape.Bool(detail, "active"));
        Shape.DateOrNull(detail, "expiration_date");
        Shape.IntOrNull(detail, "duration");
        Shape.Bool(detail, "automatic_renewal");
        Shape.Bool(detail, "permit_appointments_readjustment");
        Shape.Bool(detail, "billing_in_batch");
        Shape.Bool(detail, "automatic_billing");
        Assert.Equal(3, Shape.Int(detail, "billing_days_before"));
        Assert.Equal("Atender só em horário comercial", Shape.StrOrNull(detail, "technical_observations"));
        var reminder = Shape.Obj(detail, "consumption_reminder");
        Shape.Has(reminder, ReminderFields);
        Shape.Bool(reminder, "notification");
        Assert.Equal(clientName, Shape.IdName(detail, "client").Name);
        var type = Shape.Obj(detail, "contract_type");
        Assert.Equal("Hours", Shape.Str(type, "modality"));
        Shape.Int(type, "id");
        Shape.Str(type, "name");

        var rider = Shape.Obj(detail, "last_rider");
        Shape.Has(rider, HoursRiderFields);
        Shape.Int(rider, "id");
        Assert.True(Shape.Int(rider, "rider_number") >= 2);
        Shape.Int(rider, "release");
        Assert.Equal(12, Shape.Int(rider, "due_day"));
        Assert.Equal("Reajuste", Shape.StrOrNull(rider, "description"));
        Assert.Equal("currency", Shape.StrOrNull(rider, "discount_type"));
        Assert.Equal("30:00", Shape.Str(rider, "qtd_hours"));
        Assert.Equal(3000m, Shape.Number(rider, "value"));
        Assert.Equal(0m, Shape.Number(rider, "discount_value"));
        Assert.Equal(150m, Shape.Number(rider, "surplus_hour_value"));
        Assert.False(rider.TryGetProperty("tax", out _));
        Assert.False(rider.TryGetProperty("external_value", out _));

        var row = Shape.Items((await api.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK)).Single(c => c.GetProperty("id").GetInt32() == number);
        Assert.Equal("Contrato PUT renomeado", Shape.Str(row, "name"));
        Assert.Equal("3000.00", Shape.Str(row, "rider_value"));
    }

    [Fact]
    public async Task Put_qtd_hours_as_clock_text_is_kept()
    {
        var (number, _) = await NewHoursContractAsync("Contrato HH:MM");
        using var api = fixture.Client(Groups.Admin);
        var detail = (await api.PutAsync($"/contracts/{number}", new { rider = new { qtd_hours = "12:30" } })).Expect(HttpStatusCode.OK).Json;
        Assert.Equal("12:30", Shape.Str(Shape.Obj(detail, "last_rider"), "qtd_hours"));
        Assert.Equal("Contrato HH:MM", Shape.Str(detail, "name"));
    }

    [Fact]
    public async Task Put_errors_are_documented()
    {
        var (number, _) = await NewHoursContractAsync("Contrato erros");
        using var api = fixture.Client(Groups.Admin);
        var days = (await api.PutAsync($"/contracts/{number}", new { billing_days_before = 29 }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "billing_days_before");
        Assert.Equal("The maximum number of days for invoicing before the due date must be 28", Assert.Single(days));

        var missing = (await api.PutAsync("/contracts/999999", new { name = "x" })).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find Contract with 'id'=\"999999\"", Assert.Single(missing));

        using var technician = fixture.Client(Groups.Technician);
        (await technician.PutAsync($"/contracts/{number}", new { name = "y" })).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        var unchanged = Shape.Items((await api.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK)).Single(c => c.GetProperty("id").GetInt32() == number);
        Assert.Equal("Contrato erros", Shape.Str(unchanged, "name"));
    }

    /// <summary>An Hours contract of a new client (so the fixture's contract stays as seeded); returns its API id.</summary>
    private async Task<(int Number, string ClientName)> NewHoursContractAsync(string name)
    {
        var clientName = "Cliente " + name;
        var clientId = Ok(await fixture.In<IClientsAdministration, Result<Guid>>(c => c.CreateClientAsync(
            new SaveClientRequest(clientName, clientName + " Ltda", Documents.NewCpf(), [], ClosingReportLayout.Detailed, ""), default)));
        var type = Ok(await fixture.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractTypeAsync("Horas " + name, ContractModality.Hours, default)));
        var start = new DateOnly(ApiFixture.Yesterday.Year, ApiFixture.Yesterday.Month, 1).AddMonths(-1);
        var settings = new ContractSettingsRequest(name, BillingTiming.InArrears, 5, false, start, null, null, false, CycleAnchor.CalendarMonth,
            null, null, true, "", null, null, 0, 0, false, null, [], []);
        var terms = new RiderTermsRequest(start, null, 10, 2000m, 0m, DiscountType.Currency, 1200, 120m, null, null, null, null, null, null, [], "Inicial");
        var contractId = Ok(await fixture.In<IContractsAdministration, Result<Guid>>(a => a.CreateContractAsync(new CreateContractRequest(clientId, type, settings, terms, "teste"), default)));
        var number = (await fixture.In<IContractsModule, IReadOnlyList<ContractTermsDto>>(c => c.GetContractTermsAsync(new ContractTermsRequest(null, [contractId]), default))).Single().Number;
        return (number, clientName);
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}
