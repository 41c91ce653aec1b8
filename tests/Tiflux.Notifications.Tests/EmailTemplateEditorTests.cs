using Microsoft.Extensions.DependencyInjection;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Notifications.Tests;

/// <summary>Configurações › Modelos de E-mail: an edited template is checked, used by the next e-mail, escaped, and restorable.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class EmailTemplateEditorTests(BillingScenario scenario)
{
    private const string Template = "TicketAnswer";

    private async Task<T> WithEditorAsync<T>(Func<IEmailTemplateEditor, Task<T>> call)
    {
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<IEmailTemplateEditor>());
    }

    private async Task<string> QueueAnswerAsync(string title)
    {
        var posted = new TicketAnswerPosted(
            Guid.CreateVersion7(), BillingScenario.Now, Guid.CreateVersion7(), 1043, title, "Padaria", "Ana Técnica",
            "<p>Feito.</p>", "Feito.", ["ana@padaria.example"], []);
        await using var scope = scenario.Services.Provider.CreateAsyncScope();
        foreach (var consumer in scope.ServiceProvider.GetServices<IIntegrationEventConsumer<TicketAnswerPosted>>())
        {
            await consumer.HandleAsync(posted, default);
        }

        return (await scenario.Services.Database.ScalarAsync<string>(
            $"SELECT subject || '|' || html_body || '|' || text_body FROM notifications.outgoing_messages WHERE dedupe_key = '{TicketAnswerEmail.DedupeKey(posted.AnswerId, "ana@padaria.example")}'"))!;
    }

    // One test: the template is shared state of the scenario's database, so the steps run in order.
    [Fact]
    public async Task Override_IsCheckedUsedByTheNextEmailEscapedAndRestorable()
    {
        await WithEditorAsync(e => e.RestoreDefaultAsync(Template, default));
        var broken = await WithEditorAsync(e => e.SaveAsync(new SaveEmailTemplateRequest(Template, "Oi {{ if ticket.title }}sem fim", "<p>x</p>", "x", "admin"), default));
        Assert.Contains(broken.Errors, x => x.Field == "Subject" && x.Message.StartsWith("Erro de sintaxe", StringComparison.Ordinal));
        var unknown = await WithEditorAsync(e => e.SaveAsync(new SaveEmailTemplateRequest(Template, "Oi", "<p>{{ ticket.secret }}</p>", "x", "admin"), default));
        Assert.StartsWith("Variável desconhecida (linha 1): secret", Assert.Single(unknown.Errors, x => x.Field == "Html").Message, StringComparison.Ordinal);
        var looping = await WithEditorAsync(e => e.SaveAsync(new SaveEmailTemplateRequest(Template, "Oi", "{{ for i in 1..100000000 }}x{{ end }}", "x", "admin"), default));
        Assert.Contains(looping.Errors, x => x.Field == "Html");
        Assert.False((await WithEditorAsync(e => e.GetAsync(Template, default))).Value.Summary.Customized);

        var saved = await WithEditorAsync(e => e.SaveAsync(
            new SaveEmailTemplateRequest(Template, "Novo: {{ ticket.title }}", "<h1>{{ ticket.title }}</h1><div>{{ answer.html }}</div><p>{{ ticket.client | html.escape }}</p>", "T {{ ticket.title }}", "admin"),
            default));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(x => x.Message)));

        var custom = await QueueAnswerAsync("<b>x</b> & cia");
        Assert.Equal("Novo: <b>x</b> & cia|<h1>&lt;b&gt;x&lt;/b&gt; &amp; cia</h1><div><p>Feito.</p></div><p>Padaria</p>|T <b>x</b> & cia", custom);

        Assert.True((await WithEditorAsync(e => e.RestoreDefaultAsync(Template, default))).IsSuccess);
        var restored = await QueueAnswerAsync("Impressora");
        Assert.StartsWith("[#1043] Impressora|<!DOCTYPE html>", restored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_HasEveryTicketEmail_WithAVariableTableReadFromTheSample()
    {
        await WithEditorAsync(e => e.RestoreDefaultAsync(Template, default));
        var list = await WithEditorAsync(e => e.ListAsync(default));
        Assert.Equal(["TicketAnswer", "TicketAwaitingReview", "TicketAwaitingAuthorization", "TicketAuthorizationDenied", "TicketSlaBreached"], list.Select(t => t.Name));
        var answer = await WithEditorAsync(e => e.GetAsync(Template, default));
        Assert.Contains(answer.Value.Variables, v => v.Name == "ticket.title" && v.Example == "Impressora não imprime");
        Assert.Contains(answer.Value.Variables, v => v.Name == "answer.files[n].name");
        Assert.Contains("answer.html", answer.Value.Html, StringComparison.Ordinal);
        Assert.Equal("not_found", Assert.Single((await WithEditorAsync(e => e.GetAsync("BillingPdf", default))).Errors).Code);
    }

    [Fact]
    public async Task Preview_RendersTheSampleWithoutSaving()
    {
        var preview = await WithEditorAsync(e => e.PreviewAsync(
            new SaveEmailTemplateRequest("TicketAwaitingReview", "Revise {{ ticket.number }}", "<p>{{ notice.name }}</p>", "{{ notice.deadline }}", "admin"), default));

        Assert.Equal(new EmailPreviewDto("Revise 1042", "<p>Maria Souza</p>", "20/03/2026 18:00"), preview.Value);
        Assert.False((await WithEditorAsync(e => e.GetAsync("TicketAwaitingReview", default))).Value.Summary.Customized);
    }
}
