using System.Net;
using System.Text.Json;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class TicketChecklistsTests(ApiFixture fixture)
{
    [Fact]
    public async Task List_has_the_spec_shape_and_put_fills_items_as_the_official_client_sends_them()
    {
        var number = await TicketWithChecklistAsync("Checklist pelo cliente oficial");
        using var api = fixture.Client(Groups.Technician);

        var list = (await api.GetAsync($"/tickets/{number}/checklists?offset=1&limit=20")).Expect(HttpStatusCode.OK);
        Assert.Equal(1, list.TotalItems);
        var checklist = Assert.Single(Shape.Items(list));
        Shape.Has(checklist, "id", "name", "description", "required", "pending", "created_at", "updated_at", "fields");
        Assert.True(Shape.Bool(checklist, "pending"));
        var fields = Shape.Arr(checklist, "fields").EnumerateArray().ToList();
        Shape.Has(fields[0], "index", "title", "type", "required", "filled", "value", "options");
        Assert.Equal(["text", "value", "radio", "checkbox"], fields.Select(f => Shape.Str(f, "type")));
        Assert.Equal(JsonValueKind.Null, fields[0].GetProperty("options").ValueKind);
        Shape.Has(fields[3].GetProperty("options")[0], "id", "description", "value");
        var id = Shape.Int(checklist, "id");

        (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/0", new { value = "SN-42" })).Expect(HttpStatusCode.OK);
        (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/1", new { value = 12.5 })).Expect(HttpStatusCode.OK);
        (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/2", new { value = 1 })).Expect(HttpStatusCode.OK);
        var whole = (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/3", new { options = new[] { new { id = 2, @checked = true } } }))
            .Expect(HttpStatusCode.OK);

        Assert.False(whole["pending"].GetBoolean());
        var filled = whole["fields"].EnumerateArray().ToList();
        Assert.All(filled, f => Assert.True(Shape.Bool(f, "filled")));
        Assert.Equal(12.5m, Shape.Number(filled[1], "value"));
        Assert.Equal(1, Shape.Int(filled[2], "value"));
        Assert.Equal([false, true], filled[3].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetBoolean()));
        var detail = (await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK);
        var summary = detail["checklists_summary"];
        Assert.Equal((1, 0, 0, false), (Shape.Int(summary, "total"), Shape.Int(summary, "pending"), Shape.Int(summary, "required_pending"), Shape.Bool(summary, "blocks_close")));
    }

    [Fact]
    public async Task Wrong_shape_is_422_on_item_and_unknown_index_checklist_or_ticket_is_404()
    {
        var number = await TicketWithChecklistAsync("Checklist com entrada errada");
        using var api = fixture.Client(Groups.Technician);
        var id = Shape.Int(Assert.Single(Shape.Items((await api.GetAsync($"/tickets/{number}/checklists")).Expect(HttpStatusCode.OK))), "id");

        var noValue = (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/0", new { options = Array.Empty<object>() }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "item");
        var valueOnCheckbox = (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/3", new { value = "x" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "item");
        var unknownOption = (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/3", new { options = new[] { new { id = 99, @checked = true } } }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "item");
        var notANumber = (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/1", new { value = "doze" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "item");
        var tooLong = (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/0", new { value = new string('a', TicketLimits.ChecklistFieldValue + 1) }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "item");

        Assert.Equal("field of type \"text\" requires the value attribute", Assert.Single(noValue));
        Assert.Equal("field of type \"checkbox\" requires the options attribute", Assert.Single(valueOnCheckbox));
        Assert.Contains("99", Assert.Single(unknownOption), StringComparison.Ordinal);
        Assert.Single(notANumber);
        Assert.Single(tooLong);
        Assert.Contains("0 to 3", Assert.Single((await api.PutAsync($"/tickets/{number}/checklists/{id}/items/4", new { value = "x" }))
            .ExpectError(HttpStatusCode.NotFound, 40401, "error")), StringComparison.Ordinal);
        (await api.PutAsync($"/tickets/{number}/checklists/999999/items/0", new { value = "x" })).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        (await api.GetAsync("/tickets/999999/checklists")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        var list = (await api.GetAsync($"/tickets/{number}/checklists")).Expect(HttpStatusCode.OK);
        Assert.All(Shape.Arr(Assert.Single(Shape.Items(list)), "fields").EnumerateArray(), f => Assert.False(Shape.Bool(f, "filled")));
    }

    [Fact]
    public async Task A_pending_required_item_blocks_close_with_42206_on_ticket_checklists_and_closed_tickets_refuse_fills()
    {
        var number = await TicketWithChecklistAsync("Checklist bloqueia fechamento");
        using var api = fixture.Client(Groups.Technician);
        var id = Shape.Int(Assert.Single(Shape.Items((await api.GetAsync($"/tickets/{number}/checklists")).Expect(HttpStatusCode.OK))), "id");

        var refused = (await api.PutAsync($"/tickets/{number}/close")).ExpectError(HttpStatusCode.UnprocessableEntity, 42206, "ticket_checklists");
        Assert.Equal("There are required checklists not filled", Assert.Single(refused));
        Assert.True(Shape.Bool((await api.GetAsync($"/tickets/{number}")).Expect(HttpStatusCode.OK)["checklists_summary"], "blocks_close"));

        foreach (var (index, body) in new (int, object)[] { (0, new { value = "SN" }), (1, new { value = 1 }), (2, new { value = 2 }), (3, new { options = new[] { new { id = 1, @checked = true } } }) })
        {
            (await api.PutAsync($"/tickets/{number}/checklists/{id}/items/{index}", body)).Expect(HttpStatusCode.OK);
        }

        (await api.PutAsync($"/tickets/{number}/close")).Expect(HttpStatusCode.OK);
        var closed = await api.PutAsync($"/tickets/{number}/checklists/{id}/items/0", new { value = "outro" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, closed.Status);
    }

    /// <summary>A new ticket with one checklist: text, value, radio and checkbox, all required.</summary>
    private async Task<int> TicketWithChecklistAsync(string title)
    {
        var number = await World.NewTicketAsync(fixture, title);
        var template = await fixture.In<ITicketChecklists, Result<Guid>>(c => c.SaveTemplateAsync(new SaveChecklistTemplateRequest(
            null,
            "Instalação " + Guid.NewGuid().ToString("N")[..6],
            "Conferir antes de fechar",
            [
                new("Número de série", ChecklistFieldType.Text, true, []),
                new("Tensão", ChecklistFieldType.Value, true, []),
                new("Backup feito?", ChecklistFieldType.Radio, true, [new(1, "Sim"), new(2, "Não")]),
                new("Trocado", ChecklistFieldType.Checkbox, true, [new(1, "Fonte"), new(2, "Memória")]),
            ],
            [],
            [],
            []), default));
        Assert.True(template.IsSuccess);
        var added = await fixture.In<ITicketChecklists, Result<Guid>>(c => c.AddAsync(number, template.Value, new ActorDto(fixture.TechnicianId, ApiFixture.TechnicianName), default));
        Assert.True(added.IsSuccess, string.Join("; ", added.Errors.Select(e => e.Message)));
        return number;
    }
}
