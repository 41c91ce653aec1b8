using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Tests.Requestors;

/// <summary>A client served by a desk of its own, set up through the modules, for the requestor and ticket form tests.</summary>
internal sealed record RequestorWorld(Guid ClientId, string ClientName, Guid DeskId, string Suffix)
{
    public static async Task<RequestorWorld> CreateAsync(TifluxAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = "Solicitantes " + suffix;
        var clientId = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest(name, name + " Ltda", Billing.BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default));
        var deskId = Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false),
            default));
        return new RequestorWorld(clientId, name, deskId, suffix);
    }

    public string RequestorsUrl => $"/clientes/{ClientId}/solicitantes";

    public string NewRequestorUrl => $"/clientes/{ClientId}/solicitantes/editar";

    /// <summary>An e-mail nobody else in the test database has.</summary>
    public string Email(string who) => $"{who}.{Suffix}@cliente.example";

    /// <summary>A requestor of this client saved through the module; returns its id.</summary>
    public async Task<Guid> AddRequestorAsync(TifluxAppFactory app, string name, string email, Guid? clientId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return Ok(await scope.ServiceProvider.GetRequiredService<ITicketRequestors>().SaveRequestorAsync(
            new SaveRequestorRequest(null, clientId ?? ClientId, name, email, null, null), new ActorDto(Guid.Empty, "Teste"), default));
    }

    public static async Task<RequestorDto?> GetRequestorAsync(TifluxAppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITicketRequestors>().GetRequestorAsync(id, default);
    }

    /// <summary>The cells of the requestor row <paramref name="id"/> by class (name, email, phone, extension, can-open, status, other-clients).</summary>
    public static Dictionary<string, string> Row(IParentNode page, Guid id)
    {
        var row = page.QuerySelector($"#requestors tr[data-requestor='{id}']") ?? throw new InvalidOperationException($"No row for requestor {id}.");
        return row.QuerySelectorAll("td").Where(td => td.ClassList.Length > 0)
            .ToDictionary(td => td.ClassList[0], td => td.TextContent.Trim(), StringComparer.Ordinal);
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
