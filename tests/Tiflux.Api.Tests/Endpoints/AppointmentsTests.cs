using System.Globalization;
using System.Net;
using System.Text.Json;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class AppointmentsTests(ApiFixture fixture)
{
    private static readonly string[] TicketItemFields =
        ["id", "client", "date", "init_time", "end_time", "description", "external_user_name", "user", "locations", "valorization"];

    private static readonly string[] GlobalItemFields =
        ["id", "client", "contract", "date", "description", "desk", "end_time", "external_user_name", "init_time", "locations", "ticket", "user"];

    private static readonly string[] ValorizationFields =
        ["attendance", "attendance_kind", "contract", "loose_service", "guarantee", "manual_value", "shift", "shift_owner_ticket", "value"];

    private static readonly string[] CreatedFields = ["id", "date", "init_time", "end_time", "description", "external_user_name", "user"];

    private static string Range => $"start_date={World.Yesterday}&end_date={World.Yesterday}";

    [Fact]
    public async Task Ticket_appointments_have_the_documented_shape_for_finance()
    {
        using var api = fixture.Client(Groups.Finance);
        var response = (await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.Equal(3, rows.Count);
        Assert.Equal(3, response.TotalItems);
        var clientId = await World.ClientIdAsync(api);
        foreach (var row in rows)
        {
            Shape.Has(row, TicketItemFields);
            Shape.Int(row, "id");
            Assert.Equal((clientId, World.ClientName), Shape.IdName(row, "client"));
            Assert.Equal(World.Yesterday, Shape.Date(row, "date"));
            Shape.Clock(row, "init_time");
            Shape.Clock(row, "end_time");
            Shape.Str(row, "description");
            Shape.StrOrNull(row, "external_user_name");
            Assert.Equal(ApiFixture.TechnicianName, Shape.IdName(row, "user").Name);
            Shape.Arr(row, "locations");
            var valorization = Shape.Obj(row, "valorization");
            Shape.Has(valorization, ValorizationFields);
            Shape.Bool(valorization, "guarantee");
            Shape.Bool(valorization, "manual_value");
            Shape.Money(valorization, "value");
        }

        var contract = Valorization(rows, "Atualização do servidor");
        Assert.Equal("Remote", Shape.Str(contract, "attendance"));
        Assert.Equal("Contract", Shape.Str(contract, "attendance_kind"));
        Assert.Equal("Suporte 20h/mês", Shape.IdName(contract, "contract").Name);
        Shape.Null(contract, "loose_service");
        Shape.Null(contract, "shift");
        Shape.Null(contract, "shift_owner_ticket");

        var loose = Valorization(rows, "Visita para troca de disco");
        Assert.Equal("External", Shape.Str(loose, "attendance"));
        Assert.Equal("Loose", Shape.Str(loose, "attendance_kind"));
        Shape.Null(loose, "contract");
        Assert.Equal("Suporte avulso", Shape.IdName(loose, "loose_service").Name);
        var shift = Shape.Obj(loose, "shift");
        Shape.Int(shift, "id");
        Assert.Equal("Visita centro", Shape.Str(shift, "name"));
        Assert.Equal(60m, Shape.Money(shift, "value"));
        Assert.True(Shape.Money(loose, "value") > 0m);
        Assert.False(Shape.Bool(loose, "guarantee"));

        var warranty = Valorization(rows, "Retrabalho em garantia");
        Assert.True(Shape.Bool(warranty, "guarantee"));
        Assert.Equal("0.00", Shape.Str(warranty, "value"));
    }

    [Fact]
    public async Task Technician_sees_masked_values()
    {
        using var api = fixture.Client(Groups.Technician);
        var rows = Shape.Items((await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments")).Expect(HttpStatusCode.OK));
        Assert.All(rows, r => Assert.Equal("--", r.GetProperty("valorization").GetProperty("value").GetString()));
        var loose = Valorization(rows, "Visita para troca de disco");
        Assert.Equal("--", Shape.Str(Shape.Obj(loose, "shift"), "value"));
        Assert.Equal("Visita centro", Shape.Str(Shape.Obj(loose, "shift"), "name"));

        var global = Shape.Items((await api.GetAsync($"/appointments?{Range}&include_valorization=true&limit=200")).Expect(HttpStatusCode.OK));
        Assert.NotEmpty(global);
        Assert.All(global, r => Assert.Equal("--", r.GetProperty("valorization").GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Ticket_appointments_filter_and_validate()
    {
        using var api = fixture.Client(Groups.Admin);
        var page = (await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments?limit=1&offset=2")).Expect(HttpStatusCode.OK);
        Assert.Single(Shape.Items(page));
        Assert.Equal(3, page.TotalItems);
        var none = (await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments?start_date=2000-01-01&end_date=2000-01-31")).Expect(HttpStatusCode.OK);
        Assert.Empty(Shape.Items(none));
        Assert.Equal(0, none.TotalItems);
        var userId = Shape.Items((await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments")).Expect(HttpStatusCode.OK))[0].GetProperty("user").GetProperty("id").GetInt32();
        Assert.Equal(3, (await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments?user_id={userId}")).Expect(HttpStatusCode.OK).TotalItems);
        Assert.Equal("is not a number", Assert.Single((await api.GetAsync($"/tickets/{fixture.ReviewedTicket}/appointments?user_id=abc"))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "user_id")));
        var missing = (await api.GetAsync("/tickets/999999/appointments")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find ServiceDesk::Ticket with ticket_number = 999999", Assert.Single(missing));
    }

    [Fact]
    public async Task Valorized_desk_requires_attendance_and_kind()
    {
        var number = await World.NewTicketAsync(fixture, "Apontamento sem atendimento");
        using var api = fixture.Client(Groups.Admin);
        var response = await api.PostAsync($"/tickets/{number}/appointments", new { date = World.Yesterday, init_time = "08:00", end_time = "09:00", description = "Sem tipo" });
        Assert.Contains("can't be blank", response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "attendance"));
        Assert.Contains("can't be blank", response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "attendance_kind"));
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK).TotalItems);
    }

    [Fact]
    public async Task Documented_valorization_texts()
    {
        var number = await World.NewTicketAsync(fixture, "Regras de valorização");
        using var api = fixture.Client(Groups.Admin);
        var (serviceId, riderId) = await World.ServiceTypesAsync(api, number);

        var contractWithValue = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 2, contract_rider_id = riderId, value = 50 })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "value");
        Assert.Contains("can't be informed when attendance_kind is 2 (Contract), the billing considers the appointment hours", contractWithValue);

        var looseWithoutService = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1 })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "loose_service_id");
        Assert.Contains("can't be blank when attendance_kind is 1 (Loose)", looseWithoutService);

        var serviceOnContract = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 2, contract_rider_id = riderId, loose_service_id = serviceId })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "loose_service_id");
        Assert.Contains("can't be informed when attendance_kind is 2 (Contract)", serviceOnContract);

        var riderOnLoose = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId, contract_rider_id = riderId })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "contract_rider_id");
        Assert.Contains("can't be informed when attendance_kind is 1 (Loose)", riderOnLoose);

        var warrantyValue = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId, guarantee = true, value = 10 })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "value");
        Assert.Contains("can't be informed when guarantee is true, the appointment value is zero", warrantyValue);

        var tooMuch = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId, value = 10_000_000 })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "value");
        Assert.Contains("must be greater than or equal to 0 and less than or equal to 9999999.99", tooMuch);

        var clock = (await api.PostAsync($"/tickets/{number}/appointments", new { date = World.Yesterday, init_time = "24:00", end_time = "09:00", description = "x", attendance = 2, attendance_kind = 1, loose_service_id = serviceId }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "init_time");
        Assert.Contains("field is incorrectly formatted. It should follow the 'HH:MM' pattern, with the maximum allowed value being 23:59", clock);

        var blank = (await api.PostAsync($"/tickets/{number}/appointments", new { date = World.Yesterday, init_time = "08:00", end_time = "09:00", description = "", attendance = 2, attendance_kind = 1, loose_service_id = serviceId }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "description");
        Assert.Contains("can't be blank", blank);

        var unknownService = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = 999999 })))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "loose_service_id");
        Assert.Contains("not found, inactive or does not belong to the organization", unknownService);

        var external = (await api.PostAsync($"/tickets/{number}/appointments", new { date = World.Yesterday, init_time = "08:00", end_time = "09:00", description = "x", external_user_name = "<b>", attendance = 2, attendance_kind = 1, loose_service_id = serviceId }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "external_user_name");
        Assert.Contains("can't contain the characters < or >", external);

        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK).TotalItems);
    }

    [Fact]
    public async Task Loose_appointment_answers_201_with_a_value_string()
    {
        var number = await World.NewTicketAsync(fixture, "Apontamento avulso");
        using var api = fixture.Client(Groups.Finance);
        var (serviceId, _) = await World.ServiceTypesAsync(api, number);
        var created = (await api.PostAsync($"/tickets/{number}/appointments", new
        {
            date = World.Yesterday,
            init_time = "09:00",
            end_time = "10:00",
            description = "Configuração remota",
            external_user_name = "Pedro (terceiro)",
            attendance = "2",
            attendance_kind = 1,
            loose_service_id = serviceId,
        })).Expect(HttpStatusCode.Created).Json;
        Shape.Has(created, CreatedFields);
        Shape.Int(created, "id");
        Assert.Equal(World.Yesterday, Shape.Date(created, "date"));
        Assert.Equal("09:00", Shape.Clock(created, "init_time"));
        Assert.Equal("10:00", Shape.Clock(created, "end_time"));
        Assert.Equal("Configuração remota", Shape.Str(created, "description"));
        Assert.Equal("Pedro (terceiro)", Shape.StrOrNull(created, "external_user_name"));
        Assert.Equal(await World.UserIdAsync(api), Shape.IdName(created, "user").Id);
        Assert.Equal(120m, Shape.Money(created, "value"));

        var row = Assert.Single(Shape.Items((await api.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK)));
        Assert.Equal(Shape.Int(created, "id"), Shape.Int(row, "id"));
        var valorization = Shape.Obj(row, "valorization");
        Assert.Equal("Remote", Shape.Str(valorization, "attendance"));
        Assert.Equal("Loose", Shape.Str(valorization, "attendance_kind"));
        Assert.Equal("120.00", Shape.Str(valorization, "value"));
        Assert.False(Shape.Bool(valorization, "manual_value"));
    }

    [Fact]
    public async Task Technician_cannot_set_a_value_without_the_money_permission()
    {
        var number = await World.NewTicketAsync(fixture, "Valor informado por técnico");
        using var technician = fixture.Client(Groups.Technician);
        using var admin = fixture.Client(Groups.Admin);
        var (serviceId, _) = await World.ServiceTypesAsync(admin, number);

        var refused = (await technician.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId, value = 12345.67 }, 20)))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "value");

        Assert.Contains("visualizar valores", Assert.Single(refused), StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK).TotalItems);
        (await technician.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId }, 20)))
            .Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Manual_and_warranty_values()
    {
        var number = await World.NewTicketAsync(fixture, "Valor manual e garantia");
        using var api = fixture.Client(Groups.Admin);
        var (serviceId, _) = await World.ServiceTypesAsync(api, number);
        var manual = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 3, attendance_kind = 1, loose_service_id = serviceId, value = 75.5 }, 11)))
            .Expect(HttpStatusCode.Created);
        Assert.Equal("75.50", manual["value"].GetString());
        var warranty = (await api.PostAsync($"/tickets/{number}/appointments", new { date = World.Yesterday, init_time = "12:00", end_time = "12:59", description = "Garantia", attendance = 3, attendance_kind = 1, loose_service_id = serviceId, guarantee = true }))
            .Expect(HttpStatusCode.Created);
        Assert.Equal("0.00", warranty["value"].GetString());
        var rows = Shape.Items((await api.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK));
        var manualRow = rows.Single(r => r.GetProperty("id").GetInt32() == manual["id"].GetInt32()).GetProperty("valorization");
        Assert.True(Shape.Bool(manualRow, "manual_value"));
        Assert.Equal("Internal", Shape.Str(manualRow, "attendance"));
        Assert.True(Shape.Bool(rows.Single(r => r.GetProperty("id").GetInt32() == warranty["id"].GetInt32()).GetProperty("valorization"), "guarantee"));
    }

    [Fact]
    public async Task Contract_appointment_answers_201_without_value()
    {
        var number = await World.NewTicketAsync(fixture, "Apontamento de contrato");
        using var api = fixture.Client(Groups.Admin);
        var (_, riderId) = await World.ServiceTypesAsync(api, number);
        var response = (await api.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 2, contract_rider_id = riderId }, 13))).Expect(HttpStatusCode.Created);
        Shape.Has(response.Json, CreatedFields);
        Assert.False(response.Json.TryGetProperty("value", out _));
        Shape.Null(response.Json, "external_user_name");
        var row = Assert.Single(Shape.Items((await api.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK)));
        Assert.Equal("Contract", row.GetProperty("valorization").GetProperty("attendance_kind").GetString());
        Assert.Equal("Suporte 20h/mês", row.GetProperty("valorization").GetProperty("contract").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Future_dates_are_refused()
    {
        var number = await World.NewTicketAsync(fixture, "Apontamento no futuro");
        using var api = fixture.Client(Groups.Admin);
        var (serviceId, _) = await World.ServiceTypesAsync(api, number);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3)).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var error = (await api.PostAsync($"/tickets/{number}/appointments", new { date = tomorrow, init_time = "08:00", end_time = "09:00", description = "Futuro", attendance = 2, attendance_kind = 1, loose_service_id = serviceId }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "date");
        Assert.NotEmpty(error);
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/appointments")).Expect(HttpStatusCode.OK).TotalItems);
        (await api.PostAsync("/tickets/999999/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId })))
            .ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Global_list_requires_both_dates()
    {
        using var api = fixture.Client(Groups.Admin);
        var response = await api.GetAsync("/appointments");
        Assert.Contains("can't be blank", response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "start_date"));
        Assert.Contains("can't be blank", response.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "end_date"));
        var onlyStart = await api.GetAsync($"/appointments?start_date={World.Yesterday}");
        Assert.Contains("can't be blank", onlyStart.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "end_date"));
        Assert.False(onlyStart["detail"].TryGetProperty("start_date", out _));
        var strict = (await api.GetAsync($"/appointments?{Range}&include_valorization=teste")).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "include_valorization");
        Assert.Equal("teste is not a valid option. Include valorization must be 'true' or 'false'", Assert.Single(strict));
        Assert.Contains("must be a comma-separated list of integers", (await api.GetAsync($"/appointments?{Range}&desk_ids=a"))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "desk_ids"));
    }

    [Fact]
    public async Task Global_list_omits_valorization_unless_asked()
    {
        using var api = fixture.Client(Groups.Finance);
        var plain = (await api.GetAsync($"/appointments?{Range}&limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(plain);
        Assert.Equal(rows.Count, plain.TotalItems);
        var reviewed = rows.Where(r => r.GetProperty("ticket").GetProperty("number").GetInt32() == fixture.ReviewedTicket).ToList();
        Assert.Equal(3, reviewed.Count);
        foreach (var row in rows)
        {
            Shape.Has(row, GlobalItemFields);
            Assert.False(row.TryGetProperty("valorization", out _));
            Shape.Int(row, "id");
            Shape.IdName(row, "client");
            Shape.IdName(row, "desk");
            Shape.IdName(row, "user");
            Shape.Date(row, "date");
            Shape.Clock(row, "init_time");
            Shape.Clock(row, "end_time");
            Shape.Arr(row, "locations");
            var ticket = Shape.Obj(row, "ticket");
            Shape.Int(ticket, "number");
            Shape.Str(ticket, "title");
            Shape.ObjOrNull(row, "contract");
        }

        var contractRow = reviewed.Single(r => r.GetProperty("description").GetString() == "Atualização do servidor");
        Assert.Equal("Suporte 20h/mês", Shape.IdName(contractRow, "contract").Name);
        Assert.Equal(World.DeskName, Shape.IdName(contractRow, "desk").Name);
        Assert.Equal("Servidor parado", contractRow.GetProperty("ticket").GetProperty("title").GetString());
        Shape.Null(reviewed.Single(r => r.GetProperty("description").GetString() == "Visita para troca de disco"), "contract");

        var valued = Shape.Items((await api.GetAsync($"/appointments?{Range}&limit=200&include_valorization=true")).Expect(HttpStatusCode.OK));
        Assert.All(valued, r => Shape.Field(r, "valorization"));
        var loose = valued.Single(r => r.GetProperty("description").GetString() == "Visita para troca de disco").GetProperty("valorization");
        Assert.Equal("Loose", Shape.Str(loose, "attendance_kind"));
        Assert.Equal("60.00", Shape.Str(Shape.Obj(loose, "shift"), "value"));
        Shape.Money(loose, "value");

        var notValued = Shape.Items((await api.GetAsync($"/appointments?{Range}&limit=200&include_valorization=false")).Expect(HttpStatusCode.OK));
        Assert.All(notValued, r => Assert.False(r.TryGetProperty("valorization", out _)));
    }

    [Fact]
    public async Task Global_list_filters_by_client_and_desk()
    {
        using var api = fixture.Client(Groups.Admin);
        var other = await World.ClientIdAsync(api, World.OtherClientName);
        var desk = await World.DeskIdAsync(api);
        var others = Shape.Items((await api.GetAsync($"/appointments?{Range}&client_ids={other}&limit=200")).Expect(HttpStatusCode.OK));
        Assert.All(others, r => Assert.Equal(other, r.GetProperty("client").GetProperty("id").GetInt32()));
        Assert.DoesNotContain(others, r => r.GetProperty("ticket").GetProperty("number").GetInt32() == fixture.ReviewedTicket);
        var client = await World.ClientIdAsync(api);
        var mine = Shape.Items((await api.GetAsync($"/appointments?{Range}&client_ids={client}&limit=200")).Expect(HttpStatusCode.OK));
        Assert.Equal(3, mine.Count(r => r.GetProperty("ticket").GetProperty("number").GetInt32() == fixture.ReviewedTicket));
        Assert.All(mine, r => Assert.Equal(client, r.GetProperty("client").GetProperty("id").GetInt32()));
        var byDesk = Shape.Items((await api.GetAsync($"/appointments?{Range}&desk_ids={desk}&limit=200")).Expect(HttpStatusCode.OK));
        Assert.Contains(byDesk, r => r.GetProperty("ticket").GetProperty("number").GetInt32() == fixture.ReviewedTicket);
        var page = (await api.GetAsync($"/appointments?{Range}&limit=1")).Expect(HttpStatusCode.OK);
        Assert.Single(Shape.Items(page));
        Assert.True(page.TotalItems >= 3);
    }

    [Fact]
    public async Task Technician_user_ids_of_another_user_silently_gives_own_rows()
    {
        var number = await World.NewTicketAsync(fixture, "Apontamento do admin");
        using var admin = fixture.Client(Groups.Admin);
        var adminId = await World.UserIdAsync(admin);
        var (serviceId, _) = await World.ServiceTypesAsync(admin, number);
        (await admin.PostAsync($"/tickets/{number}/appointments", Body(new { attendance = 2, attendance_kind = 1, loose_service_id = serviceId }, 14))).Expect(HttpStatusCode.Created);
        var adminRows = Shape.Items((await admin.GetAsync($"/appointments?{Range}&user_ids={adminId}&limit=200")).Expect(HttpStatusCode.OK));
        Assert.Contains(adminRows, r => r.GetProperty("ticket").GetProperty("number").GetInt32() == number);
        Assert.All(adminRows, r => Assert.Equal(adminId, r.GetProperty("user").GetProperty("id").GetInt32()));

        using var technician = fixture.Client(Groups.Technician);
        var me = await World.UserIdAsync(technician);
        var response = (await technician.GetAsync($"/appointments?{Range}&user_ids={adminId}&limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(me, r.GetProperty("user").GetProperty("id").GetInt32()));
        Assert.DoesNotContain(rows, r => r.GetProperty("ticket").GetProperty("number").GetInt32() == number);
        Assert.Equal(rows.Count, response.TotalItems);
    }

    private static JsonElement Valorization(IReadOnlyList<JsonElement> rows, string description) =>
        rows.Single(r => r.GetProperty("description").GetString() == description).GetProperty("valorization");

    /// <summary>A valid yesterday 08:00–09:00 appointment body plus the given valorization fields.</summary>
    private static Dictionary<string, object?> Body(object valorization, int hour = 8)
    {
        var body = new Dictionary<string, object?>
        {
            ["date"] = World.Yesterday,
            ["init_time"] = $"{hour:00}:00",
            ["end_time"] = $"{hour:00}:59",
            ["description"] = "Apontamento de teste",
        };
        foreach (var property in valorization.GetType().GetProperties())
        {
            body[property.Name] = property.GetValue(valorization);
        }

        return body;
    }
}
