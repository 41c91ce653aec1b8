using System.Net;
using AngleSharp.Html.Dom;
using Tiflux.SharedKernel;
using Tiflux.Web.Tests.Billing;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests;

/// <summary>
/// Client choices (issue 18, item 6): the server orders them in pt-BR collation (accents and case ignored) and every
/// client filter/select carries <c>data-client-picker</c>, which the vendored Tom Select turns into a searchable picker.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ClientPickerTests(AppFixture app) : IAsyncLifetime
{
    private BillingScenario _nordeste = null!;
    private BillingScenario _otica = null!;
    private BillingScenario _pao = null!;

    /// <summary>Three clients, each with pending values, whose names sort N &lt; Ó &lt; P in pt-BR but P &lt; Ó ordinally.</summary>
    public async Task InitializeAsync()
    {
        _pao = await BillingScenario.CreateAsync(app.Factory.Services, "Pão");
        _otica = await BillingScenario.CreateAsync(app.Factory.Services, "Ótica");
        _nordeste = await BillingScenario.CreateAsync(app.Factory.Services, "Nordeste");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string[] ExpectedOrder => [_nordeste.ClientName, _otica.ClientName, _pao.ClientName];

    [Fact]
    public void Collator_IsPtBr_IgnoringAccentsAndCase()
    {
        string[] names = ["sec-Informática", "Pão de Queijo", "ótica Visão", "Nordeste Redes", "Óculos Sol", "Ágil TI", "abc"];

        var sorted = names.Order(PtBr.Collator).ToArray();

        Assert.Equal(["abc", "Ágil TI", "Nordeste Redes", "Óculos Sol", "ótica Visão", "Pão de Queijo", "sec-Informática"], sorted);
        Assert.Equal(0, PtBr.Collator.Compare("otica", "ÓTICA"));
        Assert.True(PtBr.Collator.Compare("Ótica", "Pão") < 0);
        // Ordinal order, what the lists had before, puts "Ótica" after "sec-…": the reason for the collator.
        Assert.True(StringComparer.Ordinal.Compare("Ótica", "sec-Informática") > 0);
    }

    /// <summary>Every page with a client filter or client select, and the select's name.</summary>
    public static TheoryData<string, string> ClientSelects => new()
    {
        { "/faturamento?modo=base&data={today}&escopo=ambos", "clientes" },
        { "/faturamento/historico", "cliente" },
        { "/relatorios/extrato", "clientes" },
        { "/tickets", "cliente" },
        { "/tickets/novo", "Input.ClientId" },
        { "/contratos", "cliente" },
        { "/contratos/novo", "Input.ClientId" },
        { "/configuracoes/mesas", "Input.ClientIds" },
        { "/configuracoes/servicos-avulsos", "Input.ClientId" },
        { "/configuracoes/deslocamentos", "Input.ClientId" },
    };

    [Theory]
    [MemberData(nameof(ClientSelects))]
    public async Task EveryClientSelect_IsAPicker_InPtBrOrder(string url, string name)
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        var page = await client.GetPageAsync(url.Replace("{today}", BillingScenario.Iso(BillingScenario.Today), StringComparison.Ordinal));

        var select = Assert.IsAssignableFrom<IHtmlSelectElement>(page.QuerySelector($"select[name='{name}']"));
        Assert.True(select.HasAttribute("data-client-picker"), $"{url}: select {name} has no data-client-picker");
        var mine = select.Options.Select(o => o.TextContent.Trim()).Where(ExpectedOrder.Contains).ToArray();
        Assert.Equal(ExpectedOrder, mine);
        // The whole list is in the collator's order, not only these three.
        var all = select.Options.Where(o => !string.IsNullOrEmpty(o.Value)).Select(o => o.TextContent.Trim()).ToArray();
        Assert.Equal(all.Order(PtBr.Collator).ToArray(), all);
    }

    [Fact]
    public async Task PendingFilter_WithoutJavaScript_StillSelectsSeveralClients()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Finance);
        var today = BillingScenario.Iso(BillingScenario.Today);

        var page = await client.GetPageAsync($"/faturamento?modo=base&data={today}&escopo=ambos&clientes={_pao.ClientId}&clientes={_otica.ClientId}&exibir=1");

        var rows = page.QuerySelectorAll("#pendentes tbody tr").Select(r => r.GetAttribute("data-client") ?? "").ToArray();
        Assert.Equal([_otica.ClientId.ToString(), _pao.ClientId.ToString()], rows);
        var select = (IHtmlSelectElement)page.QuerySelector("select[name=clientes]")!;
        Assert.True(select.IsMultiple);
        Assert.Equal(new[] { _otica.ClientId, _pao.ClientId }.Select(g => g.ToString()).Order(), select.SelectedOptions.Select(o => o.Value).Order());
    }

    [Fact]
    public async Task PickerAssets_AreServedByTheApp_AndLoadedByTheLayout()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        var page = await client.GetPageAsync("/faturamento/historico");
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToArray();
        var styles = page.QuerySelectorAll("link[rel=stylesheet]").Select(s => s.GetAttribute("href")!).ToArray();

        Assert.Contains(scripts, s => s.StartsWith("/lib/tom-select/tom-select.complete.min.js", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.StartsWith("/js/client-picker.js", StringComparison.Ordinal));
        Assert.Contains(styles, s => s.StartsWith("/lib/tom-select/tom-select.default.min.css", StringComparison.Ordinal));
        Assert.All(scripts.Concat(styles), s => Assert.StartsWith("/", s, StringComparison.Ordinal));
        foreach (var asset in scripts.Concat(styles))
        {
            using var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var library = await client.Http.GetStringAsync(new Uri("/lib/tom-select/tom-select.complete.min.js", UriKind.Relative));
        var picker = await client.Http.GetStringAsync(new Uri("/js/client-picker.js", UriKind.Relative));
        Assert.Contains("Tom Select v2.6.2", library, StringComparison.Ordinal);
        Assert.Contains("select[data-client-picker]", picker, StringComparison.Ordinal);
        Assert.Contains("Nenhum cliente encontrado", picker, StringComparison.Ordinal);
        Assert.Contains("Buscar cliente…", picker, StringComparison.Ordinal);
        Assert.Contains("remove_button", picker, StringComparison.Ordinal);
        // Server order kept while typing: $order sorts before the search score.
        Assert.Contains("sortField: [{ field: '$order' }, { field: '$score' }]", picker, StringComparison.Ordinal);
    }
}
