using System.Net;
using Tiflux.Api.Tests.Endpoints;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Conventions;

/// <summary>
/// Bad input on the list routes the official client uses (ADR 0018): long id lists, page sizes, far pages and dates out
/// of range get the error object or an empty page with the right total, never a 5xx or an unbounded query.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ListBoundsTests(ApiFixture fixture)
{
    private static string Ids(int count) => string.Join(',', Enumerable.Range(1, count));

    [Theory]
    [InlineData("client_ids")]
    [InlineData("contract_type_ids")]
    public async Task Contract_filters_take_at_most_200_ids(string filter)
    {
        using var api = fixture.Client(Groups.Admin);
        var messages = (await api.GetAsync($"/contracts?{filter}={Ids(5000)}")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, filter);
        Assert.Contains("cannot have more than 200 items", messages);
        Assert.Contains("cannot have more than 200 items",
            (await api.GetAsync($"/contracts?{filter}={Ids(201)}")).ExpectError(HttpStatusCode.UnprocessableEntity, 42201, filter));

        // 200 ids that name no record are a valid, empty filter.
        var atTheBound = (await api.GetAsync($"/contracts?{filter}={Ids(200)}")).Expect(HttpStatusCode.OK);
        Assert.Equal(0, atTheBound.TotalItems);
    }

    [Theory]
    [InlineData("/tickets?filter_by=all&")]
    [InlineData("/clients?")]
    [InlineData("/contracts?status=actives,readjust,expired&")]
    [InlineData("/appointments?start_date=2000-01-01&end_date=2100-12-31&")]
    public async Task A_far_page_is_empty_and_keeps_the_total(string route)
    {
        using var api = fixture.Client(Groups.Admin);
        var first = (await api.GetAsync(route + "limit=1")).Expect(HttpStatusCode.OK);
        Assert.True(first.TotalItems > 0, $"{route} needs rows in the fixture");

        var far = (await api.GetAsync(route + "limit=200&offset=2147483647")).Expect(HttpStatusCode.OK);
        Assert.Equal(0, far.Json.GetArrayLength());
        Assert.Equal(first.TotalItems, far.TotalItems);

        var last = (await api.GetAsync(route + $"limit=1&offset={first.TotalItems}")).Expect(HttpStatusCode.OK);
        Assert.Equal(1, last.Json.GetArrayLength());
        Assert.Equal(first.TotalItems, last.TotalItems);
    }

    [Fact]
    public async Task A_far_page_of_the_billing_history_is_empty_and_keeps_the_total()
    {
        // The history may be empty when this runs (billings come from other tests), so only the far page is compared.
        using var api = fixture.Client(Groups.Admin);
        var first = (await api.GetAsync("/reports/billings/history?limit=1")).Expect(HttpStatusCode.OK);
        var far = (await api.GetAsync("/reports/billings/history?limit=200&offset=2147483647")).Expect(HttpStatusCode.OK);
        Assert.Equal(0, far.Json.GetArrayLength());
        Assert.Equal(first.TotalItems, far.TotalItems);
    }

    [Theory]
    [InlineData("/tickets?limit=5000", 42201, "limit")]
    [InlineData("/contracts?limit=5000", 42201, "limit")]
    [InlineData("/appointments?start_date=2000-01-01&end_date=2000-01-02&limit=5000", 42202, "limit")]
    [InlineData("/reports/billings/history?limit=5000", 42201, "limit")]
    [InlineData("/tickets?start_datetime=1999-12-31T00:00:00Z", 42201, "start_datetime")]
    [InlineData("/tickets?end_datetime=2101-01-01T00:00:00Z", 42201, "end_datetime")]
    [InlineData("/appointments?start_date=1999-12-31&end_date=2000-01-02", 42202, "start_date")]
    [InlineData("/appointments?start_date=2000-01-01&end_date=9999-12-31", 42202, "end_date")]
    [InlineData("/reports/billings/history?billing_start_date=1900-01-01&billing_end_date=2000-01-01", 42201, "billing_start_date")]
    [InlineData("/reports/billings/history?due_start_date=2000-01-01&due_end_date=2200-01-01", 42201, "due_end_date")]
    public async Task Huge_pages_and_dates_out_of_range_are_field_errors(string route, int code, string field)
    {
        using var api = fixture.Client(Groups.Admin);
        Assert.NotEmpty((await api.GetAsync(route)).ExpectError(HttpStatusCode.UnprocessableEntity, code, field));
    }

    [Fact]
    public async Task The_appointment_total_follows_the_ticket_filters()
    {
        using var api = fixture.Client(Groups.Admin);
        const string Range = "start_date=2000-01-01&end_date=2100-12-31";
        var page = (await api.GetAsync($"/appointments?{Range}&limit=200")).Expect(HttpStatusCode.OK);
        var all = Shape.Items(page);
        Assert.Equal(page.TotalItems, all.Count);
        var client = Shape.IdName(all[0], "client").Id;
        var expected = all.Count(a => Shape.IdName(a, "client").Id == client);

        var filtered = (await api.GetAsync($"/appointments?{Range}&client_ids={client}&limit=1")).Expect(HttpStatusCode.OK);
        Assert.Equal(expected, filtered.TotalItems);
        Assert.Equal(0, (await api.GetAsync($"/appointments?{Range}&client_ids=999999&limit=1")).Expect(HttpStatusCode.OK).TotalItems);
    }
}
