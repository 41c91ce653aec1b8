using System.Net;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class UsersTests(ApiFixture fixture)
{
    [Fact]
    public async Task Admins_list_users_with_their_tiflux_type()
    {
        using var admin = fixture.Client(Groups.Admin);
        var attendants = (await admin.GetAsync("/users?type=attendant&limit=200")).Expect(HttpStatusCode.OK);
        var technician = attendants.Json.EnumerateArray().Single(u => u.GetProperty("name").GetString() == ApiFixture.TechnicianName);
        Assert.Equal("attendant", technician.GetProperty("_type").GetString());
        Assert.True(technician.GetProperty("active").GetBoolean());
        Assert.Contains("@", technician.GetProperty("email").GetString(), StringComparison.Ordinal);
        Assert.All(attendants.Json.EnumerateArray(), u => Assert.Equal("attendant", u.GetProperty("_type").GetString()));
        Assert.Equal(attendants.Json.GetArrayLength(), attendants.TotalItems);

        var admins = (await admin.GetAsync("/users?type=admin")).Expect(HttpStatusCode.OK);
        Assert.Contains(admins.Json.EnumerateArray(), u => u.GetProperty("email").GetString() == Tiflux.TestKit.TifluxAppFactory.AdminEmail);
        (await admin.GetAsync("/users?type=robot")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "type");
    }

    [Fact]
    public async Task Other_users_details_are_for_admins_only()
    {
        using var technician = fixture.Client(Groups.Technician);
        using var finance = fixture.Client(Groups.Finance);
        (await technician.GetAsync("/users")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");

        var me = (await technician.GetAsync("/users/me")).Expect(HttpStatusCode.OK);
        var myId = me["id"].GetInt32();
        var self = (await technician.GetAsync($"/users/{myId}")).Expect(HttpStatusCode.OK);
        Assert.Equal(ApiFixture.TechnicianName, self["name"].GetString());

        (await finance.GetAsync($"/users/{myId}")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
        using var admin = fixture.Client(Groups.Admin);
        Assert.Equal("attendant", (await admin.GetAsync($"/users/{myId}")).Expect(HttpStatusCode.OK)["_type"].GetString());
        (await admin.GetAsync("/users/999999")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Technical_users_are_staff_only_and_filter_by_name()
    {
        using var technician = fixture.Client(Groups.Technician);
        var found = (await technician.GetAsync("/technical-users?name=cnica%20Ana")).Expect(HttpStatusCode.OK);
        var row = found.Json.EnumerateArray().Single();
        Assert.Equal(ApiFixture.TechnicianName, row.GetProperty("name").GetString());
        Assert.Equal(3, row.EnumerateObject().Count());

        var all = (await technician.GetAsync("/technical-users?limit=200")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(all.Json.EnumerateArray(), u => u.GetProperty("email").GetString()!.StartsWith("client-", StringComparison.Ordinal));
        (await technician.GetAsync("/technical-users?desk_id=abc")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, "desk_id");
        using var portal = fixture.Client(Groups.Client);
        (await portal.GetAsync("/technical-users")).ExpectError(HttpStatusCode.Forbidden, 40301, "error");
    }
}
