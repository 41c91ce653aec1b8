using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Web.Identity;
using Groups = Tiflux.TestKit.Groups;
using PermissionKeys = Tiflux.SharedKernel.Permissions;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>/tickets/{n}/answers, /client-answers and /ticket_answers/{id}/files/{id} (service-desk.md §9.6).</summary>
[Collection(ConversationTestGroup.Name)]
public sealed class AnswersTests(ApiFixture fixture)
{
    private static readonly string[] ListFields = ["id", "answer_origin", "answer_time", "author", "files_count", "name", "user_id"];

    private static readonly string[] FileFields = ["id", "content_type", "file_name", "size", "url"];

    [Fact]
    public async Task A_posted_answer_has_the_documented_shape_and_is_listed_and_shown_with_its_file()
    {
        var number = await World.NewTicketAsync(fixture, "Resposta com anexo");
        using var api = fixture.Client(Groups.Technician);
        var posted = (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "<p>Segue o relatório.</p>")], ("relatorio.pdf", Multipart.Pdf)))
            .Expect(HttpStatusCode.Created);

        Assert.Equal("api", Shape.Str(posted.Json, "answer_origin"));
        Assert.Equal("[API] " + ApiFixture.TechnicianName, Shape.Str(posted.Json, "author"));
        Assert.Equal("Answer sent without signature", Shape.Str(posted.Json, "signature"));
        Assert.Equal(await World.UserIdAsync(api), Shape.Int(posted.Json, "user_id"));
        Assert.Contains("Segue o relatório.", Shape.Str(posted.Json, "name"), StringComparison.Ordinal);
        Shape.DateTime(posted.Json, "answer_time");
        Assert.Equal(1, Shape.Int(posted.Json, "files_count"));
        var file = Assert.Single(Shape.Arr(posted.Json, "files").EnumerateArray());
        Shape.Has(file, FileFields);
        Assert.Equal("relatorio.pdf", Shape.Str(file, "file_name"));
        Assert.Equal("application/pdf", Shape.Str(file, "content_type"));
        Assert.Equal(Multipart.Pdf.Length, Shape.Int(file, "size"));
        Assert.StartsWith("http", Shape.Str(file, "url"), StringComparison.Ordinal);
        using (var anonymous = fixture.Factory.CreateClient())
        {
            // The url needs no token: it is the signed link the e-mails carry.
            Assert.Equal(Multipart.Pdf, await anonymous.GetByteArrayAsync(new Uri(Shape.Str(file, "url")).PathAndQuery));
        }

        var list = (await api.GetAsync($"/tickets/{number}/answers")).Expect(HttpStatusCode.OK);
        var row = Assert.Single(Shape.Items(list));
        Shape.Has(row, ListFields);
        Assert.False(row.TryGetProperty("files", out _));
        Assert.Equal(1, Shape.Int(row, "files_count"));
        Assert.Equal(1, list.TotalItems);

        var shown = (await api.GetAsync($"/tickets/{number}/answers/{Shape.Int(posted.Json, "id")}")).Expect(HttpStatusCode.OK);
        Assert.Equal(Shape.Int(file, "id"), Shape.Int(Assert.Single(Shape.Arr(shown.Json, "files").EnumerateArray()), "id"));
    }

    [Fact]
    public async Task Answers_page_with_offset_and_limit_and_count_every_answer()
    {
        var number = await World.NewTicketAsync(fixture, "Várias respostas");
        using var api = fixture.Client(Groups.Admin);
        foreach (var text in new[] { "Primeira", "Segunda", "Terceira" })
        {
            (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", text)])).Expect(HttpStatusCode.Created);
        }

        var second = (await api.GetAsync($"/tickets/{number}/answers?offset=2&limit=2")).Expect(HttpStatusCode.OK);
        Assert.Equal(3, second.TotalItems);
        Assert.Contains("Terceira", Shape.Str(Assert.Single(Shape.Items(second)), "name"), StringComparison.Ordinal);
        (await api.GetAsync($"/tickets/{number}/answers?limit=201")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "limit");
    }

    [Fact]
    public async Task A_script_in_the_answer_comes_back_sanitised()
    {
        var number = await World.NewTicketAsync(fixture, "Resposta com script");
        using var api = fixture.Client(Groups.Technician);
        var posted = (await api.PostAsync($"/tickets/{number}/answers", new { name = "<p>Olá<script>alert('x')</script></p><img src=x onerror=alert(1)>" }))
            .Expect(HttpStatusCode.Created);

        var html = Shape.Str(posted.Json, "name");
        Assert.Contains("Olá", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_signature_appends_the_token_users_signature_or_says_there_is_none()
    {
        var number = await World.NewTicketAsync(fixture, "Assinatura");
        var (client, email) = await StaffTokens.WithOnlyAsync(fixture, PermissionKeys.TicketsView);
        using var api = client;

        var without = (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "Sem assinatura"), ("with_signature", "true")])).Expect(HttpStatusCode.Created);
        Assert.Equal("Answer sent without signature: User doesn't have a signature registered", Shape.Str(without.Json, "signature"));

        await fixture.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<TifluxUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.Signature = "Equipe Suporte N2";
            return await users.UpdateAsync(user);
        });
        Assert.Equal("Equipe Suporte N2", Shape.Str((await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK).Json, "signature"));
        var signed = (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "<p>Resolvido.</p>"), ("with_signature", "true")])).Expect(HttpStatusCode.Created);
        Assert.Equal("Answer sent with signature", Shape.Str(signed.Json, "signature"));
        Assert.Contains("Equipe Suporte N2", Shape.Str(signed.Json, "name"), StringComparison.Ordinal);

        var error = (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "x"), ("with_signature", "talvez")]))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "with_signature");
        Assert.Equal("talvez is not a valid option. With signature must be 'true' or 'false'", Assert.Single(error));
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_the_documented_errors()
    {
        var number = await World.NewTicketAsync(fixture, "Respostas inválidas");
        using var api = fixture.Client(Groups.Technician);

        Assert.Equal("Couldn't find ServiceDesk::Ticket with ticket_number = 999999",
            Assert.Single((await Multipart.PostAsync(api, "/tickets/999999/answers", [("name", "x")])).ExpectError(HttpStatusCode.NotFound, 40401, "error")));
        (await api.GetAsync("/tickets/999999/answers")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.GetAsync($"/tickets/{number}/answers/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.GetAsync("/tickets/abc/answers")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "ticket_number");
        Assert.Contains("can't be blank", (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("with_signature", "false")]))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "Anexo falso")], ("foto.png", "isto não é um PNG"u8.ToArray())))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "files");
        var tooLarge = new byte[(5 * 1024 * 1024) + 1];
        Multipart.Png.CopyTo(tooLarge, 0);
        (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "Anexo grande")], ("grande.png", tooLarge)))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "files");
        Assert.Equal(0, (await api.GetAsync($"/tickets/{number}/answers")).Expect(HttpStatusCode.OK).TotalItems);
    }

    [Fact]
    public async Task Cancelled_tickets_take_no_answer()
    {
        var number = await World.NewTicketAsync(fixture, "Cancelado sem resposta");
        using var api = fixture.Client(Groups.Admin);
        (await api.PutAsync($"/tickets/{number}/cancel")).Expect(HttpStatusCode.OK);

        (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "Tarde demais")])).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "error");
    }

    [Fact]
    public async Task Deleting_an_answer_file_and_then_the_answer_removes_them()
    {
        var number = await World.NewTicketAsync(fixture, "Apagar resposta");
        using var api = fixture.Client(Groups.Technician);
        var posted = (await Multipart.PostAsync(api, $"/tickets/{number}/answers", [("name", "Com dois anexos")], ("a.png", Multipart.Png), ("b.pdf", Multipart.Pdf)))
            .Expect(HttpStatusCode.Created);
        var answerId = Shape.Int(posted.Json, "id");
        var fileId = Shape.Int(Shape.Arr(posted.Json, "files")[0], "id");

        (await api.SendAsync(HttpMethod.Delete, $"/ticket_answers/{answerId}/files/{fileId}", null)).Expect(HttpStatusCode.NoContent);
        Assert.Equal(1, Shape.Int((await api.GetAsync($"/tickets/{number}/answers/{answerId}")).Expect(HttpStatusCode.OK).Json, "files_count"));
        (await api.SendAsync(HttpMethod.Delete, $"/ticket_answers/{answerId}/files/{fileId}", null)).ExpectError(HttpStatusCode.NotFound, 40401, "error");

        (await api.SendAsync(HttpMethod.Delete, $"/tickets/{number}/answers/{answerId}", null)).Expect(HttpStatusCode.NoContent);
        (await api.GetAsync($"/tickets/{number}/answers/{answerId}")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.SendAsync(HttpMethod.Delete, $"/tickets/{number}/answers/{answerId}", null)).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Client_answers_are_recorded_without_a_user_and_only_administrators_may_post_them()
    {
        var number = await World.NewTicketAsync(fixture, "Resposta do cliente");
        using var admin = fixture.Client(Groups.Admin);
        var posted = (await Multipart.PostAsync(admin, $"/tickets/{number}/client-answers", [("name", "<p>Funcionou, obrigado.</p>"), ("author_name", "Joana")]))
            .Expect(HttpStatusCode.Created);
        Assert.Equal("[API] Joana", Shape.Str(posted.Json, "author"));
        Shape.Null(posted.Json, "user_id");

        Assert.Contains("can't be blank", (await Multipart.PostAsync(admin, $"/tickets/{number}/client-answers", [("name", "Sem autor")]))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "author_name"));
        Assert.Equal("Couldn't find ticket with ticket_number = 999999", Assert.Single(
            (await Multipart.PostAsync(admin, "/tickets/999999/client-answers", [("name", "x"), ("author_name", "y")])).ExpectError(HttpStatusCode.NotFound, 40401, "error")));
        using var technician = fixture.Client(Groups.Technician);
        (await Multipart.PostAsync(technician, $"/tickets/{number}/client-answers", [("name", "x"), ("author_name", "y")])).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }

    [Fact]
    public async Task Portal_users_read_their_own_tickets_answers_only_and_cannot_post()
    {
        using var admin = fixture.Client(Groups.Admin);
        (await Multipart.PostAsync(admin, $"/tickets/{fixture.OpenTicket}/answers", [("name", "Para o portal")])).Expect(HttpStatusCode.Created);
        var other = (await Multipart.PostAsync(admin, $"/tickets/{fixture.OtherClientTicket}/answers", [("name", "Alheia")])).Expect(HttpStatusCode.Created);

        using var portal = fixture.Client(Groups.Client);
        Assert.Contains(Shape.Items((await portal.GetAsync($"/tickets/{fixture.OpenTicket}/answers?limit=200")).Expect(HttpStatusCode.OK)),
            a => Shape.Str(a, "name").Contains("Para o portal", StringComparison.Ordinal));
        (await portal.GetAsync($"/tickets/{fixture.OtherClientTicket}/answers")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await portal.GetAsync($"/tickets/{fixture.OtherClientTicket}/answers/{Shape.Int(other.Json, "id")}")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await Multipart.PostAsync(portal, $"/tickets/{fixture.OpenTicket}/answers", [("name", "Pelo portal")])).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }

    [Fact]
    public async Task Staff_without_the_ticket_permission_are_refused()
    {
        using var api = (await StaffTokens.WithOnlyAsync(fixture, PermissionKeys.ClientsView)).Api;

        (await api.GetAsync($"/tickets/{fixture.OpenTicket}/answers")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        (await Multipart.PostAsync(api, $"/tickets/{fixture.OpenTicket}/answers", [("name", "x")])).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }
}
