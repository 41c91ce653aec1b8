using System.Net;
using System.Text.Json;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

/// <summary>Finds the fixture world's API ids by listing, and creates throwaway tickets through the API.</summary>
internal static class World
{
    public const string ClientName = "Padaria Pão Quente";
    public const string OtherClientName = "Oficina Roda Viva";
    public const string DeskName = "Suporte";

    public static async Task<int> ClientIdAsync(ApiClient api, string name = ClientName)
    {
        var rows = Shape.Items((await api.GetAsync("/clients?limit=200&name=" + Uri.EscapeDataString(name))).Expect(HttpStatusCode.OK));
        return rows.Single(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    public static async Task<int> DeskIdAsync(ApiClient api)
    {
        var rows = Shape.Items((await api.GetAsync("/desks?limit=200&name=" + DeskName)).Expect(HttpStatusCode.OK));
        return rows.Single(d => d.GetProperty("name").GetString() == DeskName).GetProperty("id").GetInt32();
    }

    public static async Task<int> PriorityIdAsync(ApiClient api, int deskId, string name = "Normal")
    {
        var rows = Shape.Items((await api.GetAsync($"/desks/{deskId}/priorities")).Expect(HttpStatusCode.OK));
        return rows.Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    public static async Task<int> UserIdAsync(ApiClient api) => (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK)["id"].GetInt32();

    /// <summary>A new open ticket of the fixture client on the fixture desk, created as JSON by an admin.</summary>
    public static async Task<int> NewTicketAsync(ApiFixture fixture, string title, string clientName = ClientName)
    {
        using var api = fixture.Client(Groups.Admin);
        var created = (await api.PostAsync("/tickets", new
        {
            title,
            description = "<p>Criado pelo teste</p>",
            client_id = await ClientIdAsync(api, clientName),
            desk_id = await DeskIdAsync(api),
        })).Expect(HttpStatusCode.Created);
        return created["ticket"].GetProperty("ticket_number").GetInt32();
    }

    /// <summary>The loose-service and rider ids usable on a ticket.</summary>
    public static async Task<(int ServiceId, int RiderId)> ServiceTypesAsync(ApiClient api, int ticketNumber)
    {
        var types = (await api.GetAsync($"/tickets/{ticketNumber}/service-types?date={ApiFixture.Yesterday:yyyy-MM-dd}")).Expect(HttpStatusCode.OK);
        var service = types["loose_services"].EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Suporte avulso").GetProperty("id").GetInt32();
        var rider = types["contract_riders"].EnumerateArray().Single(r => r.GetProperty("contract").GetProperty("name").GetString() == "Suporte 20h/mês").GetProperty("id").GetInt32();
        return (service, rider);
    }

    public static string Yesterday => ApiFixture.Yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<int> Numbers(ApiResponse response, string field = "ticket_number") =>
        Shape.Items(response).Select(t => t.GetProperty(field).GetInt32());

    public static string Text(JsonElement element) => element.GetRawText();
}

/// <summary>Valid, distinct CPFs for clients the tests create (the Clients module requires a valid, unique document).</summary>
internal static class Documents
{
    private static int next = 100_000_000 + (Environment.ProcessId % 1000 * 10_000);

    /// <summary>A valid CPF, formatted 000.000.000-00.</summary>
    public static string NewCpf()
    {
        var digits = Interlocked.Increment(ref next).ToString("000000000", System.Globalization.CultureInfo.InvariantCulture).Select(c => c - '0').ToList();
        digits.Add(Check(digits, 10));
        digits.Add(Check(digits, 11));
        var text = string.Concat(digits);
        return $"{text[..3]}.{text[3..6]}.{text[6..9]}-{text[9..]}";

        static int Check(List<int> digits, int weight)
        {
            var sum = 0;
            for (var i = 0; i < weight - 1; i++)
            {
                sum += digits[i] * (weight - i);
            }

            var rest = sum * 10 % 11;
            return rest == 10 ? 0 : rest;
        }
    }

    public static string Digits(string formatted) => new([.. formatted.Where(char.IsDigit)]);
}
