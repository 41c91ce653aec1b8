using System.Net;
using Tiflux.TestKit;
using Tiflux.Web.Tests.Billing;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Web.Tests.Requestors;

/// <summary>Solicitantes of a client: the list on the client page and the Solicitantes pages, driven through their forms.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RequestorPagesTests(AppFixture app)
{
    [Fact]
    public async Task AddEditDeactivateAndUnlink_ThroughTheForms()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();

        using var added = await browser.SubmitFormAsync(world.NewRequestorUrl, new Dictionary<string, string>
        {
            ["Input.Name"] = "Ana Souza",
            ["Input.Email"] = "  " + world.Email("Ana").ToUpperInvariant(),
            ["Input.Telephone"] = "(11) 91234-5678",
            ["Input.Extension"] = "21",
            ["Input.CanOpenTicket"] = "true",
            ["Input.Active"] = "true",
        }, "#requestor-form");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(world.RequestorsUrl, added.Headers.Location!.OriginalString);
        var list = await browser.GetPageAsync(world.RequestorsUrl);
        var id = Guid.Parse(list.QuerySelector("#requestors tbody tr")!.GetAttribute("data-requestor")!);
        var row = RequestorWorld.Row(list, id);
        Assert.Equal("Ana Souza", row["name"]);
        Assert.Equal(world.Email("ana"), row["email"]);
        Assert.Equal("+5511912345678", row["phone"]);
        Assert.Equal("21", row["extension"]);
        Assert.Equal("Sim", row["can-open"]);
        Assert.Equal("Ativo", row["status"]);
        Assert.Contains("Ana Souza", (await browser.GetPageAsync($"/clientes/{world.ClientId}")).QuerySelector("#client-requestors")!.TextContent, StringComparison.Ordinal);

        using var edited = await browser.SubmitFormAsync($"{world.NewRequestorUrl}?id={id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ana Souza Lima",
            ["Input.Email"] = world.Email("ana"),
            ["Input.Telephone"] = "",
            ["Input.Extension"] = "",
            ["Input.CanOpenTicket"] = "false",
            ["Input.Active"] = "true",
        }, "#requestor-form");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        row = RequestorWorld.Row(await browser.GetPageAsync(world.RequestorsUrl), id);
        Assert.Equal("Ana Souza Lima", row["name"]);
        Assert.Equal("—", row["phone"]);
        Assert.Equal("Não", row["can-open"]);

        using var deactivated = await browser.SubmitFormAsync(world.RequestorsUrl, new Dictionary<string, string>(), $"tr[data-requestor='{id}'] form.requestor-active");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var afterDeactivation = await browser.GetPageAsync(world.RequestorsUrl);
        Assert.Equal("Inativo", RequestorWorld.Row(afterDeactivation, id)["status"]);
        Assert.Equal("Ana Souza Lima", RequestorWorld.Row(afterDeactivation, id)["name"]);
        Assert.Null((await browser.GetPageAsync(world.RequestorsUrl + "?situacao=ativos")).QuerySelector($"tr[data-requestor='{id}']"));
        using var reactivated = await browser.SubmitFormAsync(world.RequestorsUrl, new Dictionary<string, string>(), $"tr[data-requestor='{id}'] form.requestor-active");
        Assert.Equal("Ativo", RequestorWorld.Row(await browser.GetPageAsync(world.RequestorsUrl), id)["status"]);

        using var unlinked = await browser.SubmitFormAsync(world.RequestorsUrl, new Dictionary<string, string>(), $"tr[data-requestor='{id}'] form.requestor-unlink");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Null((await browser.GetPageAsync(world.RequestorsUrl)).QuerySelector($"tr[data-requestor='{id}']"));
        var gone = await RequestorWorld.GetRequestorAsync(app.Factory, id);
        Assert.Empty(gone!.Clients);
        Assert.False(gone.Active);
    }

    [Fact]
    public async Task SearchFindsByNameOrEmail_AndTheOtherClientsOfARequestorAreShown()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var other = await RequestorWorld.CreateAsync(app.Factory);
        var shared = await world.AddRequestorAsync(app.Factory, "Bruno Prado", world.Email("bruno"));
        Assert.Equal(shared, await other.AddRequestorAsync(app.Factory, "Bruno Prado", world.Email("bruno")));
        var carla = await world.AddRequestorAsync(app.Factory, "Carla Dias", world.Email("carla"));
        using var browser = await app.Factory.SignInAsAdminAsync();

        var byName = await browser.GetPageAsync(world.RequestorsUrl + "?busca=prado");
        var byEmail = await browser.GetPageAsync(world.RequestorsUrl + "?busca=" + Uri.EscapeDataString("carla." + world.Suffix));

        Assert.Equal([shared.ToString()], byName.QuerySelectorAll("#requestors tbody tr").Select(r => r.GetAttribute("data-requestor")));
        Assert.Equal(other.ClientName, RequestorWorld.Row(byName, shared)["other-clients"]);
        Assert.Equal([carla.ToString()], byEmail.QuerySelectorAll("#requestors tbody tr").Select(r => r.GetAttribute("data-requestor")));
        Assert.Equal("—", RequestorWorld.Row(byEmail, carla)["other-clients"]);
    }

    [Fact]
    public async Task ADuplicateEmailInTheSameClient_IsRefusedNextToTheEmail()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        await world.AddRequestorAsync(app.Factory, "Davi Reis", world.Email("davi"));
        using var browser = await app.Factory.SignInAsAdminAsync();

        using var response = await browser.SubmitFormAsync(world.NewRequestorUrl, new Dictionary<string, string>
        {
            ["Input.Name"] = "Outro Davi",
            ["Input.Email"] = world.Email("DAVI"),
        }, "#requestor-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserForm.ParseAsync(response);
        Assert.Equal("Já existe um solicitante com este e-mail neste cliente.", page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Trim());
        Assert.Equal("Outro Davi", page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Single((await browser.GetPageAsync(world.RequestorsUrl)).QuerySelectorAll("#requestors tbody tr"));
    }

    [Fact]
    public async Task WithoutClientsManage_TheButtonsAreHidden_AndTheWriteHandlersAnswer403()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var id = await world.AddRequestorAsync(app.Factory, "Eva Melo", world.Email("eva"));
        using var viewer = await app.Factory.SignInAsNewUserAsync(await app.Factory.CreatePermissionGroupAsync([PermissionKeys.ClientsView]));

        var list = await viewer.GetPageAsync(world.RequestorsUrl);
        // The viewer's own antiforgery token (the layout's sign-out form): a 403 is the permission's, not a 400 of antiforgery.
        var token = list.QuerySelector("form.logout input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var unlink = await viewer.Http.PostAsync(
            new Uri($"{world.NewRequestorUrl}?id={id}&handler=Unlink", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var save = await viewer.Http.PostAsync(
            new Uri(world.NewRequestorUrl, UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Name", "Intruso"), new("Input.Email", world.Email("intruso"))]));
        using var form = await viewer.GetAsync(world.NewRequestorUrl);

        Assert.Equal("Eva Melo", RequestorWorld.Row(list, id)["name"]);
        Assert.Null(list.QuerySelector("#new-requestor"));
        Assert.Empty(list.QuerySelectorAll("#requestors form"));
        Assert.Equal(HttpStatusCode.Forbidden, unlink.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Single((await RequestorWorld.GetRequestorAsync(app.Factory, id))!.Clients);
    }
}
