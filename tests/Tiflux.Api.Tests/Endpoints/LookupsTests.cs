using System.Globalization;
using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class LookupsTests(ApiFixture fixture)
{
    private static readonly string[] RiderFields = ["id", "rider_number", "start_date", "cancel_date", "contract"];

    private static readonly string[] ShiftFields = ["id", "name", "reference", "client", "contract"];

    [Fact]
    public async Task Service_types_have_the_documented_shape()
    {
        using var api = fixture.Client(Groups.Technician);
        var body = (await api.GetAsync($"/tickets/{fixture.OpenTicket}/service-types?date={World.Yesterday}")).Expect(HttpStatusCode.OK).Json;
        Shape.Has(body, "contract_riders", "loose_services");
        var rider = Assert.Single(Shape.Arr(body, "contract_riders").EnumerateArray());
        Shape.Has(rider, RiderFields);
        Shape.Int(rider, "id");
        Assert.True(Shape.Int(rider, "rider_number") >= 1);
        var start = new DateOnly(ApiFixture.Yesterday.Year, ApiFixture.Yesterday.Month, 1).AddMonths(-2);
        Assert.Equal(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Shape.Date(rider, "start_date"));
        Shape.DateOrNull(rider, "cancel_date");
        var (contractId, contractName) = Shape.IdName(rider, "contract");
        Assert.Equal("Suporte 20h/mês", contractName);
        using var finance = fixture.Client(Groups.Finance);
        var listed = Shape.Items((await finance.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK)).Single(c => c.GetProperty("name").GetString() == contractName);
        Assert.Equal(listed.GetProperty("id").GetInt32(), contractId);

        var services = Shape.Arr(body, "loose_services").EnumerateArray().ToList();
        var service = services.Single(s => s.GetProperty("name").GetString() == "Suporte avulso");
        Shape.Int(service, "id");
        Shape.Str(service, "name");
    }

    [Fact]
    public async Task Service_types_default_to_today_and_refuse_the_future()
    {
        using var api = fixture.Client(Groups.Admin);
        var today = (await api.GetAsync($"/tickets/{fixture.OpenTicket}/service-types")).Expect(HttpStatusCode.OK);
        Assert.Single(today["contract_riders"].EnumerateArray());
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3)).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var error = (await api.GetAsync($"/tickets/{fixture.OpenTicket}/service-types?date={future}")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "date");
        Assert.Equal("cannot be in the future", Assert.Single(error));
        Assert.Contains("invalid date", (await api.GetAsync($"/tickets/{fixture.OpenTicket}/service-types?date=ontem")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "date"));
        Assert.Contains("must be greater than 0", (await api.GetAsync("/tickets/0/service-types")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "ticket_number"));
        var missing = (await api.GetAsync("/tickets/999999/service-types")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find ServiceDesk::Ticket with ticket_number = 999999", Assert.Single(missing));
    }

    [Fact]
    public async Task Service_types_before_the_contract_started_have_no_riders()
    {
        using var api = fixture.Client(Groups.Admin);
        var body = (await api.GetAsync($"/tickets/{fixture.OpenTicket}/service-types?date=2000-01-01")).Expect(HttpStatusCode.OK);
        Assert.Empty(body["contract_riders"].EnumerateArray());
        var other = (await api.GetAsync($"/tickets/{fixture.OtherClientTicket}/service-types?date={World.Yesterday}")).Expect(HttpStatusCode.OK);
        Assert.Empty(other["contract_riders"].EnumerateArray());
        Assert.Contains(other["loose_services"].EnumerateArray(), s => s.GetProperty("name").GetString() == "Suporte avulso");
    }

    [Fact]
    public async Task Shifts_have_the_documented_shape()
    {
        using var api = fixture.Client(Groups.Technician);
        var response = (await api.GetAsync($"/tickets/{fixture.OpenTicket}/shifts")).Expect(HttpStatusCode.OK);
        Assert.False(response.Headers.ContainsKey("X-Total-Items"));
        var shift = Shape.Items(response).Single(s => s.GetProperty("name").GetString() == "Visita centro");
        Shape.Has(shift, ShiftFields);
        Shape.Int(shift, "id");
        Assert.Equal("All", Shape.Str(shift, "reference"));
        Shape.Null(shift, "client");
        Shape.Null(shift, "contract");

        using var admin = fixture.Client(Groups.Admin);
        var shiftId = Shape.Items((await admin.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments")).Expect(HttpStatusCode.OK))
            .Single(r => r.GetProperty("description").GetString() == "Visita para troca de disco").GetProperty("valorization").GetProperty("shift").GetProperty("id").GetInt32();
        Assert.Equal(shiftId, Shape.Int(shift, "id"));
    }

    [Fact]
    public async Task Shifts_validate_and_filter_by_contract()
    {
        using var api = fixture.Client(Groups.Admin);
        Assert.Contains("is not a number", (await api.GetAsync($"/tickets/{fixture.OpenTicket}/shifts?contract_id=x")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "contract_id"));
        var contract = Shape.Items((await api.GetAsync("/contracts?limit=200")).Expect(HttpStatusCode.OK)).Single(c => c.GetProperty("name").GetString() == "Suporte 20h/mês").GetProperty("id").GetInt32();
        Assert.Empty(Shape.Items((await api.GetAsync($"/tickets/{fixture.OpenTicket}/shifts?contract_id={contract}")).Expect(HttpStatusCode.OK)));
        (await api.GetAsync("/tickets/999999/shifts")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }
}
