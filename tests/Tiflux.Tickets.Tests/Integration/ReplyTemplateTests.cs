using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class ReplyTemplateTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private Task<Result<Guid>> SaveAsync(SaveReplyTemplateRequest request) =>
        db.WithTickets((ITicketReplyTemplates t) => t.SaveAsync(request, CancellationToken.None));

    [Fact]
    public async Task Save_SanitisesTheHtml_AndEditsAndDeletes()
    {
        var saved = await SaveAsync(new SaveReplyTemplateRequest(
            null, Unique("Boas-vindas"), "<p>Olá <strong>{{requester.name}}</strong><script>alert(1)</script></p>", ReplyTemplateVisibility.Client, [], true));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));

        var read = await db.WithTickets((ITicketReplyTemplates t) => t.GetAsync(saved.Value, CancellationToken.None));
        Assert.Equal("<p>Olá <strong>{{requester.name}}</strong></p>", read.Value.BodyHtml);

        var renamed = Unique("Renomeado");
        Assert.True((await SaveAsync(new SaveReplyTemplateRequest(saved.Value, renamed, "<p>Oi</p>", ReplyTemplateVisibility.Internal, [], false))).IsSuccess);
        var edited = await db.WithTickets((ITicketReplyTemplates t) => t.GetAsync(saved.Value, CancellationToken.None));
        Assert.Equal((renamed, ReplyTemplateVisibility.Internal, false), (edited.Value.Name, edited.Value.Visibility, edited.Value.Active));

        Assert.True((await db.WithTickets((ITicketReplyTemplates t) => t.DeleteAsync(saved.Value, CancellationToken.None))).IsSuccess);
        Assert.Equal("not_found", Assert.Single((await db.WithTickets((ITicketReplyTemplates t) => t.GetAsync(saved.Value, CancellationToken.None))).Errors).Code);
    }

    [Fact]
    public async Task Save_RefusesMissingName_EmptyText_UnknownVariable_AndADuplicateName()
    {
        var empty = await SaveAsync(new SaveReplyTemplateRequest(null, " ", "<script>x</script>", ReplyTemplateVisibility.Both, [], true));
        Assert.Contains(empty.Errors, e => e.Field == "Name");
        Assert.Contains(empty.Errors, e => e.Field == "BodyHtml");

        var unknown = await SaveAsync(new SaveReplyTemplateRequest(null, Unique("X"), "<p>{{ ticket.secret }}</p>", ReplyTemplateVisibility.Both, [], true));
        Assert.Contains("ticket.secret", Assert.Single(unknown.Errors).Message, StringComparison.Ordinal);

        var name = Unique("Duplicado");
        Assert.True((await SaveAsync(new SaveReplyTemplateRequest(null, name, "<p>a</p>", ReplyTemplateVisibility.Both, [], true))).IsSuccess);
        var twice = await SaveAsync(new SaveReplyTemplateRequest(null, name, "<p>b</p>", ReplyTemplateVisibility.Both, [], true));
        Assert.Equal("Já existe um modelo com esse nome.", Assert.Single(twice.Errors).Message);
    }

    [Fact]
    public async Task ForTicket_ListsItsDeskAndChannel_AndRendersTheVariablesEscaped()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var otherDesk = await s.DeskAsync(false);
        var created = await db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("<b>x</b> & \"y\"", "Detalhes", s.Client.Id, desk, null, null, null, "Ana <i>", "ana@cliente.example", null),
            Scenario.Tech, CancellationToken.None));
        var number = created.Value;
        var mine = (await SaveAsync(new SaveReplyTemplateRequest(
            null, Unique("Resposta"), "<p>#{{ticket.number}} {{ ticket.title }} para {{requester.name}} por {{user.name}}</p>", ReplyTemplateVisibility.Client, [desk], true))).Value;
        var internalOnly = (await SaveAsync(new SaveReplyTemplateRequest(null, Unique("Interna"), "<p>nota</p>", ReplyTemplateVisibility.Internal, [desk], true))).Value;
        var elsewhere = (await SaveAsync(new SaveReplyTemplateRequest(null, Unique("Outra mesa"), "<p>x</p>", ReplyTemplateVisibility.Both, [otherDesk], true))).Value;
        var inactive = (await SaveAsync(new SaveReplyTemplateRequest(null, Unique("Inativa"), "<p>x</p>", ReplyTemplateVisibility.Both, [], false))).Value;

        var forAnswers = await db.WithTickets((ITicketReplyTemplates t) => t.ListForTicketAsync(number, ReplyChannel.Client, CancellationToken.None));
        var ids = forAnswers.Value.Select(c => c.Id).ToList();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(internalOnly, ids);
        Assert.DoesNotContain(elsewhere, ids);
        Assert.DoesNotContain(inactive, ids);

        var html = await db.WithTickets((ITicketReplyTemplates t) => t.RenderForTicketAsync(number, mine, ReplyChannel.Client, "Bia & Cia", CancellationToken.None));
        Assert.Equal($"<p>#{number} &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; para Ana &lt;i&gt; por Bia &amp; Cia</p>", html.Value);
        var wrongChannel = await db.WithTickets((ITicketReplyTemplates t) => t.RenderForTicketAsync(number, internalOnly, ReplyChannel.Client, "Bia", CancellationToken.None));
        Assert.False(wrongChannel.IsSuccess);
    }
}
