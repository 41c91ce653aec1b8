using System.Globalization;
using System.Net;
using System.Text.Json;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests;

/// <summary>
/// The issue's scripted end-to-end, only through /api/v2: create a client, open a ticket, log appointments, close,
/// review, list pending billing, bill it, see it in the billing history and reverse it.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class MonthEndScriptTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_month_end_scripted_through_the_api()
    {
        using var admin = fixture.Client(Groups.Admin);
        using var technician = fixture.Client(Groups.Technician);
        using var finance = fixture.Client(Groups.Finance);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-3));
        var day = today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var client = (await admin.PostAsync("/clients", new { name = "Ótica Visão Clara", social = "Visão Clara Óptica Ltda", social_revenue = ApiFixture.RandomCnpj(), add_all_desks = true }))
            .Expect(HttpStatusCode.Created);
        var clientId = client["id"].GetInt32();
        var desk = (await admin.GetAsync("/desks?name=Suporte")).Expect(HttpStatusCode.OK).Json.EnumerateArray().Single();
        Assert.Contains(desk.GetProperty("id").GetInt32(), client["desk_ids"].EnumerateArray().Select(d => d.GetInt32()));
        var priority = (await admin.GetAsync($"/desks/{desk.GetProperty("id").GetInt32()}/priorities")).Json.EnumerateArray().First().GetProperty("id").GetInt32();

        var ticket = (await technician.PostAsync("/tickets", new
        {
            title = "Vitrine digital apagada", description = "<p>Tela da vitrine não liga</p>", client_id = clientId, desk_id = desk.GetProperty("id").GetInt32(), priority_id = priority,
        })).Expect(HttpStatusCode.Created)["ticket"];
        var number = ticket.GetProperty("ticket_number").GetInt32();
        Assert.Equal(clientId, ticket.GetProperty("client").GetProperty("id").GetInt32());

        var types = (await technician.GetAsync($"/tickets/{number}/service-types?date={day}")).Expect(HttpStatusCode.OK);
        var service = types["loose_services"].EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Suporte avulso").GetProperty("id").GetInt32();
        var shift = (await technician.GetAsync($"/tickets/{number}/shifts")).Json.EnumerateArray().Single().GetProperty("id").GetInt32();
        var visit = (await technician.PostAsync($"/tickets/{number}/appointments", new
        {
            date = day, init_time = "13:00", end_time = "14:00", description = "Troca da fonte da TV", attendance = 1, attendance_kind = 1, loose_service_id = service, shift_id = shift,
        })).Expect(HttpStatusCode.Created);
        Assert.Equal("--", visit["value"].GetString()); // a Technician does not see values
        (await technician.PostAsync($"/tickets/{number}/appointments", new
        {
            date = day, init_time = "16:00", end_time = "16:30", description = "Configuração remota do player", attendance = "2", attendance_kind = "1", loose_service_id = service,
        })).Expect(HttpStatusCode.Created);

        Assert.Equal($"Ticket {number} closed successfully", (await technician.PutAsync($"/tickets/{number}/close")).Expect(HttpStatusCode.OK)["message"].GetString());
        (await finance.PutAsync($"/tickets/{number}/review", new { approve = true, rating = 5 })).Expect(HttpStatusCode.OK);
        Assert.True((await finance.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK)["is_revised"].GetBoolean());

        // 1h external at R$ 180,00 + travel R$ 60,00 + 30 min remote at R$ 120,00/h = R$ 300,00
        var pending = (await finance.GetAsync($"/billing/pending?client_ids={clientId}")).Expect(HttpStatusCode.OK);
        var row = pending.Json.EnumerateArray().Single();
        Assert.Equal("300.00", row.GetProperty("total").GetString());
        var lines = (await finance.GetAsync($"/billing/pending/{clientId}")).Expect(HttpStatusCode.OK);
        var amounts = LineAmounts(lines.Json);
        Assert.Equal(["180.00", "60.00", "60.00"], amounts.OrderByDescending(a => decimal.Parse(a, CultureInfo.InvariantCulture)));

        var dueDate = today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var billed = (await finance.PostAsync("/billings", new { client_id = clientId, bill_all = true, due_date = dueDate, discount = 10, nfe_number = "4451", observations = "Fechamento de vitrine" }))
            .Expect(HttpStatusCode.Created);
        var billingId = billed["billing_id"].GetInt32();
        Assert.Equal("290.00", billed["real_value"].GetString());
        Assert.Equal(0, (await finance.GetAsync($"/billing/pending?client_ids={clientId}")).Json.GetArrayLength());

        var history = (await finance.GetAsync($"/reports/billings/history?client_id={clientId}")).Expect(HttpStatusCode.OK);
        var entry = history.Json.EnumerateArray().Single();
        Assert.Equal(billingId, entry.GetProperty("billing_id").GetInt32());
        Assert.Equal("290.00", entry.GetProperty("real_value").GetString());
        Assert.Equal("4451", entry.GetProperty("nfe_number").GetString());
        Assert.Equal(dueDate, entry.GetProperty("due_date").GetString());
        Assert.False(entry.GetProperty("reversal").GetBoolean());
        (await technician.GetAsync($"/reports/billings/history?client_id={clientId}")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");

        (await finance.PutAsync($"/billings/{billingId}/reverse", new { reason = "NF emitida com CNPJ errado" })).Expect(HttpStatusCode.OK);
        var reversed = (await finance.GetAsync($"/reports/billings/history?client_id={clientId}&_type=reversed")).Json.EnumerateArray().Single();
        Assert.True(reversed.GetProperty("reversal").GetBoolean());
        Assert.Equal(0, (await finance.GetAsync($"/reports/billings/history?client_id={clientId}&_type=billed")).TotalItems);
        Assert.Equal("300.00", (await finance.GetAsync($"/billing/pending?client_ids={clientId}")).Json.EnumerateArray().Single().GetProperty("total").GetString());
    }

    private static List<string> LineAmounts(JsonElement lines) =>
        [.. (lines.ValueKind == JsonValueKind.Array ? lines : lines.GetProperty("lines")).EnumerateArray()
            .Where(l => l.GetProperty("billable").GetBoolean())
            .Select(l => l.GetProperty("amount").GetString()!)];
}
