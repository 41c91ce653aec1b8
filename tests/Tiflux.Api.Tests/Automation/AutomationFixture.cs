using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Api.Tokens;
using Tiflux.Web.Identity;

namespace Tiflux.Api.Tests.Automation;

/// <summary>The real host on its own database (no jobs) with API tokens for an Admin, a Finance user and a Technician.</summary>
public sealed class AutomationFixture : IAsyncLifetime
{
    private int sequence;

    public AutomationAppFactory Factory { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Finance { get; private set; } = null!;

    public HttpClient Technician { get; private set; } = null!;

    /// <summary>The organisation's today, as the host computes it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).DateTime);

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Factory = new AutomationAppFactory(Database);
        _ = Factory.Server;
        Admin = Client(await TokenAsync(TifluxAppFactory.AdminEmail));
        Finance = Client(await TokenAsync((await Factory.CreateUserAsync(Groups.Finance)).Email));
        Technician = Client(await TokenAsync((await Factory.CreateUserAsync(Groups.Technician)).Email));
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        Finance.Dispose();
        Technician.Dispose();
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Client(string? token)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A unique suffix for names.</summary>
    public string Unique(string prefix) => prefix + " " + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    public async Task<TResult> In<T, TResult>(Func<T, Task<TResult>> action)
        where T : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>Creates a client through the API and returns its API id.</summary>
    public async Task<int> CreateClientAsync(string? name = null)
    {
        name ??= Unique("Cliente");
        var created = await SendAsync(Admin, HttpMethod.Post, "/api/v2/clients", new { name, social = name + " Ltda", social_revenue = Cnpj() }, HttpStatusCode.Created);
        return created["id"]!.GetValue<int>();
    }

    /// <summary>A valid, unique CNPJ (digits only).</summary>
    public string Cnpj()
    {
        var digits = new List<int>();
        var seed = (Interlocked.Increment(ref sequence) + ((long)Random.Shared.Next(1, 99_999) * 1000)).ToString("D8", CultureInfo.InvariantCulture)[^8..] + "0001";
        digits.AddRange(seed.Select(c => c - '0'));
        int[] first = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        int[] second = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        digits.Add(Check(digits, first));
        digits.Add(Check(digits, second));
        return string.Concat(digits);

        static int Check(List<int> digits, int[] weights)
        {
            var rest = weights.Select((w, i) => w * digits[i]).Sum() % 11;
            return rest < 2 ? 0 : 11 - rest;
        }
    }

    public async Task<Guid> ClientGuidAsync(int clientId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var ids = scope.ServiceProvider.GetRequiredService<Tiflux.Api.Persistence.PublicIds>();
        return (await ids.ResolveAsync(Tiflux.Api.Persistence.PublicIdKind.Client, clientId, default)).GetValueOrDefault();
    }

    /// <summary>
    /// A ticket of the client on a desk with review, with one standalone remote entry of <paramref name="minutes"/>
    /// yesterday on a new standalone service (remote rate 100.00), closed and awaiting review.
    /// </summary>
    public async Task<int> TicketAwaitingReviewAsync(int clientId, int minutes = 90)
    {
        var client = await ClientGuidAsync(clientId);
        Assert.NotEqual(Guid.Empty, client);
        var service = await SendAsync(Admin, HttpMethod.Post, "/api/v2/loose-services",
            new { name = Unique("Suporte avulso"), client_id = clientId, external_value = 150, remote_value = "100.00", internal_value = 80 }, HttpStatusCode.Created);
        var serviceId = await In<Tiflux.Api.Persistence.PublicIds, Guid?>(ids =>
            ids.ResolveAsync(Tiflux.Api.Persistence.PublicIdKind.LooseService, service["id"]!.GetValue<int>(), default));
        var actor = new ActorDto(Guid.CreateVersion7(), "Técnica Joana", MayHandleMoney: true);
        var desk = Ok(await In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(
            new SaveDeskRequest(null, Unique("Mesa"), ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false),
            default)));
        var number = Ok(await In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest("Impressora parada", "Descrição", client, desk, null, null, null, "Ana", "ana@cliente.example", null), actor, default)));
        var start = new TimeOnly(9, 0);
        Ok(await In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, Today.AddDays(-1), start, start.AddMinutes(minutes), actor.UserId, actor.Name, "Troca do toner",
                AttendanceMode.Remote, EntryKind.Standalone, null, serviceId),
            actor,
            default)));
        var closed = await In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(number, actor, default));
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        return number;
    }

    /// <summary>A ticket on a desk with review with one remote entry consuming the contract's rider in force on <paramref name="date"/>, closed.</summary>
    public async Task<int> ContractTicketAsync(int clientId, int contractNumber, DateOnly date, int minutes)
    {
        var client = await ClientGuidAsync(clientId);
        var contractId = await In<Tiflux.Api.Persistence.PublicIds, Guid?>(ids =>
            ids.ResolveAsync(Tiflux.Api.Persistence.PublicIdKind.Contract, contractNumber, default));
        var terms = (await In<Tiflux.Contracts.PublicApi.IContractsModule, IReadOnlyList<Tiflux.Contracts.PublicApi.ContractTermsDto>>(c =>
            c.GetContractTermsAsync(new Tiflux.Contracts.PublicApi.ContractTermsRequest(null, [contractId!.Value]), default))).Single();
        var rider = terms.Riders.Single(r => r.IsInForceOn(date));
        var actor = new ActorDto(Guid.CreateVersion7(), "Técnico Rui", MayHandleMoney: true);
        var desk = Ok(await In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(
            new SaveDeskRequest(null, Unique("Mesa contrato"), ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false),
            default)));
        var number = Ok(await In<ITicketLifecycle, Result<int>>(t => t.CreateTicketAsync(
            new CreateTicketRequest("Rotina mensal", "Descrição", client, desk, null, null, null, "Ana", "ana@cliente.example", null), actor, default)));
        var start = new TimeOnly(8, 0);
        Ok(await In<ITicketWork, Result<Guid>>(t => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, date, start, start.AddMinutes(minutes), actor.UserId, actor.Name, "Atualizações",
                AttendanceMode.Remote, EntryKind.Contract, rider.Id),
            actor,
            default)));
        var closed = await In<ITicketLifecycle, Result>(t => t.CloseTicketAsync(number, actor, default));
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
        return number;
    }

    /// <summary>As <see cref="TicketAwaitingReviewAsync"/>, then approved through the API.</summary>
    public async Task<int> ReviewedTicketAsync(int clientId, int minutes = 90)
    {
        var number = await TicketAwaitingReviewAsync(clientId, minutes);
        await SendAsync(Admin, HttpMethod.Put, $"/api/v2/tickets/{number}/review", new { approve = true, rating = 5 }, HttpStatusCode.OK);
        return number;
    }

    public async Task<TicketState> TicketStateAsync(int number) =>
        (await In<ITicketQueries, TicketDto?>(t => t.GetTicketAsync(number, default)))!.State;

    /// <summary>Sends JSON and asserts the status; returns the parsed body (null node for an empty body).</summary>
    public static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a 422 error object with <paramref name="code"/> and every one of <paramref name="fields"/> in its detail.</summary>
    public static async Task<JsonObject> ExpectErrorAsync(HttpClient client, HttpMethod method, string url, object? body, HttpStatusCode status, int code, params string[] fields)
    {
        var error = (await SendAsync(client, method, url, body, status)).AsObject();
        Assert.Equal(code, error["error_code"]!.GetValue<int>());
        var detail = error["detail"]!.AsObject();
        foreach (var field in fields)
        {
            Assert.True(detail.ContainsKey(field), $"detail has no '{field}': {error.ToJsonString()}");
        }

        return error;
    }

    /// <summary>An API client for a new user in <paramref name="role"/>.</summary>
    public async Task<HttpClient> NewUserClientAsync(string role) => Client(await TokenAsync((await Factory.CreateUserAsync(role)).Email));

    private async Task<string> TokenAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("No user " + email);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "tests", default);
        return secret;
    }

    private static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value;
    }
}

/// <summary>The test host with a rate limit the tests never reach.</summary>
public sealed class AutomationAppFactory(TestDatabase database) : TifluxAppFactory(database, runJobs: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RequestsPerMinutePerUser", "100000");
    }
}

[CollectionDefinition(Name)]
public sealed class AutomationGroup : ICollectionFixture<AutomationFixture>
{
    public const string Name = "automation";
}

/// <summary>JSON helpers for the tests.</summary>
public static class Json
{
    public static string Str(this JsonNode? node) => node is null ? "<null>" : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    public static int Number(this JsonNode? node) => node!.GetValue<int>();

    public static decimal Money(this JsonNode? node) => decimal.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);
}
