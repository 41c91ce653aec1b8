using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class EquipmentTests(ApiFixture fixture)
{
    private static readonly string[] EquipmentFields =
    [
        "id", "acquisition_date", "agent", "client", "equipment_group", "equipment_type", "ipv4", "last_connection", "last_seen", "manufacturer",
        "monitoring_active", "name", "network_name", "online", "splashtop", "system", "tipeertopeer", "updated_by_id", "user", "warranty_date",
    ];

    [Fact]
    public async Task Groups_have_the_documented_shape()
    {
        using var api = fixture.Client(Groups.Technician);
        var client = await World.ClientIdAsync(api);
        var response = (await api.GetAsync($"/equipment-groups?client_id={client}")).Expect(HttpStatusCode.OK);
        var group = Assert.Single(Shape.Items(response));
        Assert.Equal(1, response.TotalItems);
        Shape.Int(group, "id");
        Assert.Equal("Servidores", Shape.Str(group, "name"));
        Assert.Equal((client, World.ClientName), Shape.IdName(group, "client"));

        var other = await World.ClientIdAsync(api, World.OtherClientName);
        var none = (await api.GetAsync($"/equipment-groups?client_id={other}")).Expect(HttpStatusCode.OK);
        Assert.Empty(Shape.Items(none));
        Assert.Equal(0, none.TotalItems);
        Assert.Contains("must be greater than 0", (await api.GetAsync("/equipment-groups?limit=0")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "limit"));
    }

    [Fact]
    public async Task Equipments_have_the_documented_shape()
    {
        using var api = fixture.Client(Groups.Technician);
        var client = await World.ClientIdAsync(api);
        var response = (await api.GetAsync($"/equipments?client_id={client}&include_manufacturer=true&include_system=true")).Expect(HttpStatusCode.OK);
        var item = Assert.Single(Shape.Items(response));
        Assert.Equal(1, response.TotalItems);
        Shape.Has(item, EquipmentFields);
        Shape.Int(item, "id");
        Assert.Equal("SRV-01", Shape.Str(item, "name"));
        Assert.Equal((client, World.ClientName), Shape.IdName(item, "client"));
        Assert.Equal("Servidores", Shape.IdName(item, "equipment_group").Name);
        Shape.Bool(item, "monitoring_active");
        Assert.False(Shape.Bool(item, "online"));
        Shape.Bool(item, "splashtop");
        Shape.Bool(item, "tipeertopeer");
        Shape.DateOrNull(item, "acquisition_date");
        Shape.DateOrNull(item, "warranty_date");
        Shape.DateTimeOrNull(item, "last_seen");
        Shape.StrOrNull(item, "ipv4");

        var groupId = Shape.Items((await api.GetAsync($"/equipment-groups?client_id={client}")).Expect(HttpStatusCode.OK))[0].GetProperty("id").GetInt32();
        Assert.Equal(groupId, Shape.IdName(item, "equipment_group").Id);
        (await api.GetAsync("/equipments?include_system=sim")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "include_system");
    }

    [Fact]
    public async Task Portal_user_sees_only_its_client_equipment()
    {
        using var api = fixture.Client(Groups.Client);
        var rows = Shape.Items((await api.GetAsync("/equipments?limit=200")).Expect(HttpStatusCode.OK));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(World.ClientName, r.GetProperty("client").GetProperty("name").GetString()));
        var groups = Shape.Items((await api.GetAsync("/equipment-groups?limit=200")).Expect(HttpStatusCode.OK));
        Assert.All(groups, g => Assert.Equal(World.ClientName, g.GetProperty("client").GetProperty("name").GetString()));
    }
}
