using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using static Tiflux.Web.Tests.Conversation.ConversationWorld;

namespace Tiflux.Web.Tests.Templates;

/// <summary>Modelos de respostas and Modelos de E-mail through the host, and "Inserir modelo" on the ticket page.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TemplatePagesTests(AppFixture app)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_reply_template_saved_on_the_page_is_offered_on_the_ticket_and_filled_in_escaped()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var name = "Modelo " + Guid.NewGuid().ToString("N")[..6];

        using var saved = await browser.SubmitFormAsync("/configuracoes/modelos-respostas", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.BodyHtml"] = "<p>Olá {{requester.name}}, ticket {{ticket.title}}</p><script>alert(1)</script>",
            ["Input.Visibility"] = "Client",
            ["Input.Active"] = "true",
        }, "#modelo-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var list = await browser.GetPageAsync("/configuracoes/modelos-respostas");
        var link = list.QuerySelectorAll("#modelos a").Single(a => a.TextContent == name);
        var edit = await browser.GetPageAsync(link.GetAttribute("href")!);
        Assert.DoesNotContain("<script", edit.QuerySelector("#modelo-texto")!.TextContent, StringComparison.Ordinal);

        var page = await browser.GetPageAsync($"/tickets/{ticket.Number}?aba=comunicacao");
        var option = page.QuerySelectorAll("#answer-form select[data-reply-template] option").Single(o => o.TextContent == name);
        var url = page.QuerySelector("#answer-form select[data-reply-template]")!.GetAttribute("data-url") + "&templateId=" + option.GetAttribute("value");
        using var rendered = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        var html = JsonDocument.Parse(await rendered.Content.ReadAsStringAsync()).RootElement.GetProperty("html").GetString();
        Assert.StartsWith("<p>Olá Ana Solicitante, ticket Impressora parada ", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_template_without_a_name_is_redisplayed_with_the_modules_message()
    {
        using var browser = await app.Factory.SignInAsAdminAsync();
        using var posted = await browser.SubmitFormAsync("/configuracoes/modelos-respostas", new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.BodyHtml"] = "<p>x</p>",
            ["Input.Visibility"] = "Both",
        }, "#modelo-form");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await Parser.ParseDocumentAsync(await posted.Content.ReadAsStringAsync());
        Assert.Contains("Informe o nome do modelo.", page.QuerySelector("#modelo-form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_email_template_page_lists_the_variables_previews_refuses_a_broken_template_and_restores()
    {
        using var browser = await app.Factory.SignInAsAdminAsync();
        var list = await browser.GetPageAsync("/configuracoes/modelos-email");
        Assert.Contains(list.QuerySelectorAll("#modelos-email a"), a => a.TextContent == "Ticket aguardando autorização");
        const string url = "/configuracoes/modelos-email/TicketAuthorizationDenied";
        var page = await browser.GetPageAsync(url);
        Assert.Contains(page.QuerySelectorAll("#variaveis code"), c => c.TextContent == "notice.reason");

        using var preview = await browser.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Subject"] = "Recusado: {{ ticket.title }}",
            ["Input.Html"] = "<p>{{ notice.reason }}</p>",
            ["Input.Text"] = "{{ notice.reason }}",
        }, "#modelo-email", url + "?handler=Preview");
        var previewed = await Parser.ParseDocumentAsync(await preview.Content.ReadAsStringAsync());
        Assert.Equal("<p>Fora do escopo do contrato.</p>", previewed.QuerySelector("#pre-visualizacao iframe")!.GetAttribute("srcdoc"));
        Assert.Equal("", previewed.QuerySelector("#pre-visualizacao iframe")!.GetAttribute("sandbox"));

        using var broken = await browser.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Subject"] = "Oi",
            ["Input.Html"] = "<p>{{ notice.nope }}</p>",
            ["Input.Text"] = "x",
        }, "#modelo-email");
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("Variável desconhecida", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var saved = await browser.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Subject"] = "Recusado: {{ ticket.title }}",
            ["Input.Html"] = "<p>{{ notice.reason }}</p>",
            ["Input.Text"] = "{{ notice.reason }}",
        }, "#modelo-email");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Versão personalizada", (await browser.GetPageAsync(url)).QuerySelector("#situacao")!.TextContent, StringComparison.Ordinal);

        using var restored = await browser.SubmitFormAsync(url, new Dictionary<string, string>(), "#restaurar", url + "?handler=Restore");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Usando o modelo padrão.", (await browser.GetPageAsync(url)).QuerySelector("#situacao")!.TextContent);
        using var unknown = await browser.GetAsync("/configuracoes/modelos-email/BillingPdf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
