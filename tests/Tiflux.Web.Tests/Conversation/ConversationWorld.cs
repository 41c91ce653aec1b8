using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Tests.Conversation;

/// <summary>A ticket with a requester e-mail and one follower, on a desk of its own (two stages), and a second desk serving the same client.</summary>
internal sealed record ConversationTicket(int Number, Guid ClientId, DeskDto Desk, DeskDto OtherDesk, string RequesterEmail, string FollowerEmail);

/// <summary>One file part of a multipart form post.</summary>
internal sealed record FilePart(string Name, string FileName, string ContentType, byte[] Content);

/// <summary>Sets up tickets through the host's services and posts the ticket page's multipart forms as a browser would.</summary>
internal static class ConversationWorld
{
    private static readonly HtmlParser Parser = new();

    public static async Task<ConversationTicket> CreateTicketAsync(TifluxAppFactory app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var setup = sp.GetRequiredService<ITicketSetup>();
        var client = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest("Conversa " + suffix, "Conversa " + suffix + " Ltda", Billing.BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default));
        var deskId = Ok(await setup.SaveDeskAsync(DeskRequest("Mesa " + suffix, ["Triagem", "Em atendimento"], client), default));
        var otherId = Ok(await setup.SaveDeskAsync(DeskRequest("Mesa 2 " + suffix, ["Recebido", "Resolvendo"], client), default));
        var desks = await setup.GetDesksAsync(default);
        var admin = (await sp.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(TifluxAppFactory.AdminEmail))!;
        var requester = $"solicitante-{suffix}@cliente.example";
        var follower = $"seguidor-{suffix}@cliente.example";
        var number = Ok(await sp.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest("Impressora parada " + suffix, "Não imprime.", client, deskId, null, null, null, "Ana Solicitante", requester, null)
            {
                Followers = [follower],
            },
            new ActorDto(admin.Id, admin.FullName ?? "Admin", true),
            default));
        return new ConversationTicket(number, client, desks.Single(d => d.Id == deskId), desks.Single(d => d.Id == otherId), requester, follower);
    }

    private static SaveDeskRequest DeskRequest(string name, IReadOnlyList<string> stages, Guid client) =>
        new(null, name, stages, [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal", "Alta"], [client], DeskValuationMode.WithoutValuation, false, ReviewerKind.Both, 72, false);

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes the form matched by <paramref name="formSelector"/> (its hidden fields,
    /// the antiforgery token among them) and posts it as multipart/form-data with <paramref name="fields"/> and
    /// <paramref name="files"/> to its action.
    /// </summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(
        AppClient client, string pageUrl, string formSelector, IDictionary<string, string> fields, params FilePart[] files)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name!)))
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Name, file.FileName);
        }

        var action = form.GetAttribute("action");
        return await client.Http.PostAsync(new Uri(string.IsNullOrEmpty(action) ? pageUrl : action, UriKind.Relative), content);
    }

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of <paramref name="pageUrl"/>:
    /// a request the page offers no form for (another user's note, a permission the user lacks), as a forged one would be.
    /// </summary>
    public static async Task<HttpResponseMessage> PostForgedAsync(AppClient client, string pageUrl, string action, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
        using var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>The page a POST came back with (an error redisplay), or the page it redirected to.</summary>
    public static async Task<IHtmlDocument> FollowAsync(AppClient client, HttpResponseMessage response)
    {
        if (response.Headers.Location is { } location)
        {
            return await client.GetPageAsync(location.OriginalString);
        }

        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
