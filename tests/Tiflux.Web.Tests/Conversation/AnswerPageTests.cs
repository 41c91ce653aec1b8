using System.Net;
using System.Text;
using Tiflux.TestKit;
using static Tiflux.Web.Tests.Conversation.ConversationWorld;

namespace Tiflux.Web.Tests.Conversation;

/// <summary>The Comunicação tab's answers and the Arquivos tab, through the host as a browser posts them.</summary>
[Collection(AppTestGroup.Name)]
public sealed class AnswerPageTests(AppFixture app)
{
    [Fact]
    public async Task An_answer_with_a_file_is_listed_with_its_author_recipients_and_a_file_link_that_downloads_it()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}?aba=comunicacao";
        var before = await browser.GetPageAsync(url);
        Assert.Contains(ticket.RequesterEmail, before.QuerySelector("#answer-recipients")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ticket.FollowerEmail, before.QuerySelector("#answer-recipients")!.TextContent, StringComparison.Ordinal);

        using var posted = await PostMultipartAsync(browser, url, "#answer-form",
            new Dictionary<string, string> { ["Answer.Html"] = "<p>Trocamos o <strong>toner</strong>.</p>" },
            new FilePart("Answer.Files", "laudo.pdf", "application/pdf", SampleFiles.Pdf));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await FollowAsync(browser, posted);
        var answer = Assert.Single(page.QuerySelectorAll("#canal-cliente li.answer"));
        Assert.Equal("toner", answer.QuerySelector(".message-body strong")?.TextContent);
        Assert.Contains("via Tiflux Web", answer.TextContent, StringComparison.Ordinal);
        var link = answer.QuerySelector(".message-files a")!;
        Assert.Equal("laudo.pdf", link.TextContent);
        Assert.Matches($"^/tickets/{ticket.Number}/arquivos/[0-9a-f-]{{36}}$", link.GetAttribute("href"));

        using var download = await browser.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));

        // The same file is listed on the Arquivos tab as an answer's.
        var files = await browser.GetPageAsync($"/tickets/{ticket.Number}?aba=arquivos");
        var row = Assert.Single(files.QuerySelectorAll("#ticket-files tbody tr"));
        Assert.Contains("laudo.pdf", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Resposta", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_an_answer_is_not_rendered()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}?aba=comunicacao";

        using var posted = await PostMultipartAsync(browser, url, "#answer-form", new Dictionary<string, string>
        {
            ["Answer.Html"] = "<p onclick=\"alert(1)\">Olá<script>alert('x')</script><img src=x onerror=\"alert(2)\"> <a href=\"javascript:alert(3)\">clique</a></p>",
        });

        var page = await FollowAsync(browser, posted);
        var body = Assert.Single(page.QuerySelectorAll("#canal-cliente .message-body"));
        Assert.Contains("Olá", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Empty(body.QuerySelectorAll("[onclick], [onerror]"));
        Assert.DoesNotContain("javascript:", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        // The script element is gone (its text, if the sanitiser keeps it, is inert text).
        Assert.DoesNotContain("<script", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_of_a_forbidden_type_or_disguised_content_shows_the_modules_message_and_stores_nothing()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}?aba=arquivos";

        using var wrongType = await PostMultipartAsync(browser, url, "#upload-form", new Dictionary<string, string>(),
            new FilePart("Uploads", "instalador.exe", "application/octet-stream", SampleFiles.WindowsExecutable));
        Assert.Equal(HttpStatusCode.OK, wrongType.StatusCode);
        var page = await FollowAsync(browser, wrongType);
        Assert.Contains("Tipo de arquivo não permitido", page.QuerySelector("#upload-form .field-error")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);

        using var disguised = await PostMultipartAsync(browser, url, "#upload-form", new Dictionary<string, string>(),
            new FilePart("Uploads", "nota.pdf", "application/pdf", SampleFiles.WindowsExecutable));
        Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);

        var files = await browser.GetPageAsync(url);
        Assert.Contains("Nenhum arquivo.", files.QuerySelector("#ticket-files")!.TextContent, StringComparison.Ordinal);

        // A wrong file on an answer is refused the same way, and the answer is not posted.
        using var answer = await PostMultipartAsync(browser, $"/tickets/{ticket.Number}?aba=comunicacao", "#answer-form",
            new Dictionary<string, string> { ["Answer.Html"] = "<p>Segue o arquivo.</p>" },
            new FilePart("Answer.Files", "script.txt", "text/plain", SampleFiles.LinuxExecutable));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var redisplayed = await FollowAsync(browser, answer);
        Assert.Contains("script.txt", string.Concat(redisplayed.QuerySelectorAll("#answer-form .field-error").Select(e => e.TextContent)), StringComparison.Ordinal);
        var conversation = await browser.GetPageAsync($"/tickets/{ticket.Number}?aba=comunicacao");
        Assert.Empty(conversation.QuerySelectorAll("#canal-cliente li.answer"));
    }

    [Fact]
    public async Task Several_files_upload_at_once_and_one_can_be_deleted()
    {
        var ticket = await CreateTicketAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{ticket.Number}?aba=arquivos";

        using var posted = await PostMultipartAsync(browser, url, "#upload-form", new Dictionary<string, string>(),
            new FilePart("Uploads", "foto.png", "image/png", SampleFiles.Png),
            new FilePart("Uploads", "log.txt", "text/plain", Encoding.UTF8.GetBytes("linha 1\nlinha 2\n")));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await browser.GetPageAsync(url);
        Assert.Equal(2, page.QuerySelectorAll("#ticket-files tbody tr").Length);

        var deleteForm = page.QuerySelectorAll("#ticket-files tbody tr").Single(r => r.TextContent.Contains("log.txt", StringComparison.Ordinal)).QuerySelector("form")!;
        Assert.NotNull(deleteForm.GetAttribute("data-confirm"));
        using var deleted = await browser.SubmitFormAsync(url, new Dictionary<string, string>(), $"#ticket-files form[data-confirm='{deleteForm.GetAttribute("data-confirm")}']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var after = await browser.GetPageAsync(url);
        var row = Assert.Single(after.QuerySelectorAll("#ticket-files tbody tr"));
        Assert.Contains("foto.png", row.TextContent, StringComparison.Ordinal);
    }
}
