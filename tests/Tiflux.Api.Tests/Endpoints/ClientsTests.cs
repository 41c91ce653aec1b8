using System.Net;
using System.Text.Json;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class ClientsTests(ApiFixture fixture)
{
    private static readonly string[] DetailFields =
    [
        "id", "address_ids", "anotations", "authorization_flow", "billing_report_type", "contact_ids", "desk_ids", "email_financial",
        "equipment_counter", "estadual_registration", "form_of_payment", "group_counter", "logo", "max_agents", "municipal_registration",
        "name", "quarterly_bill_client_id", "quarterly_billing", "sms_financial", "social", "social_revenue", "status", "technical_group_ids",
        "user_counter", "user_ids", "work_folder",
    ];

    private static readonly string[] ReportTypes = ["detailed_with_appointment", "detailed", "synthetic", ""];

    private static readonly string[] PaymentForms = ["BOLETO", "CREDIT_CARD", "UNDEFINED", "PIX"];

    [Fact]
    public async Task List_items_have_the_documented_shape_and_total()
    {
        using var api = fixture.Client(Groups.Finance);
        var response = (await api.GetAsync("/clients?limit=200")).Expect(HttpStatusCode.OK);
        var rows = Shape.Items(response);
        Assert.Equal(rows.Count, response.TotalItems);
        var padaria = rows.Single(c => c.GetProperty("name").GetString() == World.ClientName);
        Shape.Int(padaria, "id");
        Assert.Equal("Padaria Pão Quente Ltda", Shape.Str(padaria, "social"));
        Assert.Equal("11444777000161", Shape.Str(padaria, "social_revenue"));
        Assert.True(Shape.Bool(padaria, "status"));
        Assert.Contains(rows, c => c.GetProperty("name").GetString() == World.OtherClientName);
    }

    [Fact]
    public async Task List_filters_by_name_document_and_pages()
    {
        using var api = fixture.Client(Groups.Admin);
        var byName = Shape.Items((await api.GetAsync("/clients?name=Roda%20Viva%20Mec")).Expect(HttpStatusCode.OK));
        Assert.Equal(World.OtherClientName, Assert.Single(byName).GetProperty("name").GetString());
        var byDocument = Shape.Items((await api.GetAsync("/clients?social_revenue=11.444.777/0001-61")).Expect(HttpStatusCode.OK));
        Assert.Equal(World.ClientName, Assert.Single(byDocument).GetProperty("name").GetString());
        var page = (await api.GetAsync("/clients?limit=1&offset=2")).Expect(HttpStatusCode.OK);
        Assert.Single(Shape.Items(page));
        Assert.True(page.TotalItems >= 2);
    }

    [Fact]
    public async Task Portal_user_sees_only_its_own_client()
    {
        using var api = fixture.Client(Groups.Client);
        var response = (await api.GetAsync("/clients")).Expect(HttpStatusCode.OK);
        var row = Assert.Single(Shape.Items(response));
        Assert.Equal(World.ClientName, row.GetProperty("name").GetString());
        Assert.Equal(1, response.TotalItems);

        using var admin = fixture.Client(Groups.Admin);
        var other = await World.ClientIdAsync(admin, World.OtherClientName);
        var error = (await api.GetAsync($"/clients/{other}")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal($"Couldn't find Client with 'id'=\"{other}\"", Assert.Single(error));
    }

    [Fact]
    public async Task Detail_has_every_documented_field_with_its_type()
    {
        using var api = fixture.Client(Groups.Admin);
        var id = await World.ClientIdAsync(api);
        var client = (await api.GetAsync($"/clients/{id}")).Expect(HttpStatusCode.OK).Json;
        AssertDetail(client);
        Assert.Equal(id, Shape.Int(client, "id"));
        Assert.Equal(World.ClientName, Shape.Str(client, "name"));
        Assert.Equal("financeiro@padaria.example", Shape.Str(client, "email_financial"));
        Assert.Equal("detailed", Shape.Str(client, "billing_report_type"));
        Assert.Equal("Cliente de teste", Shape.StrOrNull(client, "anotations"));
        Assert.Equal(1, Shape.Int(client, "equipment_counter"));
        Assert.Equal(1, Shape.Int(client, "group_counter"));
        var desk = await World.DeskIdAsync(api);
        Assert.Contains(desk, Shape.Ints(client, "desk_ids"));
    }

    [Fact]
    public async Task Show_entities_switches_the_shape()
    {
        using var api = fixture.Client(Groups.Admin);
        var id = await World.ClientIdAsync(api);
        var body = (await api.GetAsync($"/clients/{id}?show_entities=true")).Expect(HttpStatusCode.OK).Json;
        var client = Shape.Obj(body, "client");
        Assert.Equal(id, Shape.Int(client, "id"));
        Assert.Equal(World.ClientName, Shape.Str(client, "name"));
        Assert.Equal("Padaria Pão Quente Ltda", Shape.Str(client, "social"));
        Assert.Equal("11444777000161", Shape.StrOrNull(client, "social_revenue"));
        Assert.Equal(JsonValueKind.Array, Shape.Arr(body, "entities").ValueKind);
        Assert.False(body.TryGetProperty("desk_ids", out _));

        var plain = (await api.GetAsync($"/clients/{id}?show_entities=false")).Expect(HttpStatusCode.OK).Json;
        Assert.False(plain.TryGetProperty("client", out _));
        Assert.Equal(id, Shape.Int(plain, "id"));
    }

    [Fact]
    public async Task Detail_errors_are_documented()
    {
        using var api = fixture.Client(Groups.Admin);
        var missing = (await api.GetAsync("/clients/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find Client with 'id'=\"999999\"", Assert.Single(missing));
        var id = await World.ClientIdAsync(api);
        (await api.GetAsync($"/clients/{id}?show_entities=yes")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "show_entities");
    }

    [Fact]
    public async Task Create_answers_201_with_the_detail()
    {
        using var api = fixture.Client(Groups.Finance);
        var document = Documents.NewCpf();
        var created = (await api.PostAsync("/clients", new
        {
            name = "Mercado Bom Preço",
            social = "Bom Preço Comércio Ltda",
            social_revenue = document,
            email_financial = "contas@bompreco.example",
            billing_report_type = "synthetic",
            anotations = "Paga em dia",
        })).Expect(HttpStatusCode.Created).Json;
        AssertDetail(created);
        Assert.Equal("Mercado Bom Preço", Shape.Str(created, "name"));
        Assert.Equal("Bom Preço Comércio Ltda", Shape.Str(created, "social"));
        Assert.Equal(Documents.Digits(document), Shape.StrOrNull(created, "social_revenue"));
        Assert.Equal("synthetic", Shape.Str(created, "billing_report_type"));
        Assert.Equal("contas@bompreco.example", Shape.Str(created, "email_financial"));
        Assert.True(Shape.Bool(created, "status"));

        var id = Shape.Int(created, "id");
        var read = (await api.GetAsync($"/clients/{id}")).Expect(HttpStatusCode.OK).Json;
        Assert.Equal("Paga em dia", Shape.StrOrNull(read, "anotations"));
    }

    [Fact]
    public async Task Create_validates_the_body()
    {
        using var api = fixture.Client(Groups.Admin);
        var invalid = (await api.PostAsync("/clients", new { name = "Doc ruim", social = "Doc ruim Ltda", social_revenue = "123.456.789-00" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "social_revenue");
        Assert.Contains("Invalid Document inserted. Please use a CPF or CNPJ.", invalid);

        var missing = await api.PostAsync("/clients", new { anotations = "sem nome" });
        Assert.Contains("can't be blank", missing.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        Assert.Contains("can't be blank", missing.ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "social"));
    }

    [Fact]
    public async Task Technician_may_not_create_clients()
    {
        using var api = fixture.Client(Groups.Technician);
        var error = (await api.PostAsync("/clients", new { name = "Proibido", social = "Proibido Ltda" })).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        Assert.Equal("You are not authorized to access this page.", Assert.Single(error));
    }

    [Fact]
    public async Task Update_is_partial_and_answers_the_detail()
    {
        using var api = fixture.Client(Groups.Admin);
        var id = (await api.PostAsync("/clients", new { name = "Livraria Saber", social = "Saber Livros Ltda", social_revenue = Documents.NewCpf(), email_financial = "a@saber.example" }))
            .Expect(HttpStatusCode.Created)["id"].GetInt32();

        var updated = (await api.PutAsync($"/clients/{id}", new { name = "Livraria Saber & Cia", billing_report_type = "detailed_with_appointment" }))
            .Expect(HttpStatusCode.OK).Json;
        AssertDetail(updated);
        Assert.Equal(id, Shape.Int(updated, "id"));
        Assert.Equal("Livraria Saber & Cia", Shape.Str(updated, "name"));
        Assert.Equal("Saber Livros Ltda", Shape.Str(updated, "social"));
        Assert.Equal("a@saber.example", Shape.Str(updated, "email_financial"));
        Assert.Equal("detailed_with_appointment", Shape.Str(updated, "billing_report_type"));

        var invalid = (await api.PutAsync($"/clients/{id}", new { social_revenue = "11.111.111/1111-11" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "social_revenue");
        Assert.Contains("Invalid Document inserted. Please use a CPF or CNPJ.", invalid);

        var missing = (await api.PutAsync("/clients/999999", new { name = "x" })).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find Client with 'id'=\"999999\"", Assert.Single(missing));
    }

    private static void AssertDetail(JsonElement client)
    {
        Shape.Has(client, DetailFields);
        Shape.Int(client, "id");
        Shape.Ints(client, "address_ids");
        Shape.StrOrNull(client, "anotations");
        Shape.Bool(client, "authorization_flow");
        Assert.Contains(Shape.Str(client, "billing_report_type"), ReportTypes);
        Shape.Ints(client, "contact_ids");
        Shape.Ints(client, "desk_ids");
        Shape.Str(client, "email_financial");
        Shape.Int(client, "equipment_counter");
        Shape.StrOrNull(client, "estadual_registration");
        Assert.Contains(Shape.Str(client, "form_of_payment"), PaymentForms);
        Shape.Int(client, "group_counter");
        Shape.StrOrNull(client, "logo");
        Shape.Int(client, "max_agents");
        Shape.StrOrNull(client, "municipal_registration");
        Shape.Str(client, "name");
        Shape.IntOrNull(client, "quarterly_bill_client_id");
        Shape.Bool(client, "quarterly_billing");
        Shape.StrOrNull(client, "sms_financial");
        Shape.Str(client, "social");
        Shape.StrOrNull(client, "social_revenue");
        Shape.Bool(client, "status");
        Shape.Ints(client, "technical_group_ids");
        Shape.Int(client, "user_counter");
        Shape.Ints(client, "user_ids");
        Shape.StrOrNull(client, "work_folder");
    }
}
