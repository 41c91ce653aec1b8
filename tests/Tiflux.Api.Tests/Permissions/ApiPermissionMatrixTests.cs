using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using PermissionKeys = Tiflux.SharedKernel.Permissions;
using Xunit.Abstractions;

namespace Tiflux.Api.Tests.Permissions;

/// <summary>
/// The API permission matrix (issue 21): every /api/v2 route declares what it requires, a staff user whose group lacks
/// that permission is refused (403, the Tiflux error object) and one whose group grants only it gets through. Ids are
/// missing and bodies empty, so "through" means any answer but 401/403 (404 and 422 are expected).
/// </summary>
[Collection(PermissionMatrixGroup.Name)]
public sealed class ApiPermissionMatrixTests(PermissionMatrixFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Mapped beside the route group, so it carries no <see cref="Tiflux.Api.Conventions.ApiPermissionMetadata"/>: the OpenAPI
    /// document, readable by any signed-in user (the Ajuda > API page renders it for cookie users too).
    /// </summary>
    private static readonly string[] DocumentRoutes = ["GET /api/v2/{documentName}.json"];

    [Fact]
    public void Every_api_route_declares_what_it_requires()
    {
        var routes = ApiRoute.All(fixture.Factory.Services);
        Assert.NotEmpty(routes);

        var undeclared = routes.Where(r => r.Requirement is null && !DocumentRoutes.Contains(r.Label)).Select(r => r.Label).ToList();
        Assert.True(undeclared.Count == 0, "Routes without .Requires/.RequiresOrPortal/.Free:\n" + string.Join("\n", undeclared));
        var unknown = routes.Where(r => r.Requirement is { Permission: { } key } && !PermissionKeys.IsKnown(key)).Select(r => r.Label).ToList();
        Assert.True(unknown.Count == 0, "Routes requiring a permission that is not in the catalog:\n" + string.Join("\n", unknown));
        foreach (var label in DocumentRoutes)
        {
            var document = Assert.Single(routes, r => r.Label == label);
            Assert.NotEmpty(document.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
            Assert.Null(document.Endpoint.Metadata.GetMetadata<IAllowAnonymous>());
        }
    }

    [Fact]
    public void The_enumeration_finds_known_routes_with_their_permissions()
    {
        var routes = ApiRoute.All(fixture.Factory.Services);

        Assert.Contains(routes, r => r.Label == "GET /api/v2/tickets" && r.Requirement is { Permission: PermissionKeys.TicketsView, PortalUsersToo: true });
        Assert.Contains(routes, r => r.Label == "POST /api/v2/billings" && r.Requirement is { Permission: PermissionKeys.Billing, PortalUsersToo: false });
        Assert.Contains(routes, r => r.Label == "PUT /api/v2/billings/{id}/reverse" && r.Requirement is { Permission: PermissionKeys.BillingReverse });
        Assert.Contains(routes, r => r.Label == "GET /api/v2/users/me" && r.Requirement is { Permission: null });
    }

    [Fact]
    public async Task Staff_lacking_the_routes_permission_are_refused_and_staff_with_only_it_get_through()
    {
        var byPermission = ApiRoute.All(fixture.Factory.Services)
            .Where(r => r.Requirement is { Permission: not null })
            .GroupBy(r => r.Requirement!.Permission!)
            .ToList();
        Assert.NotEmpty(byPermission);
        var failures = new List<string>();

        foreach (var routes in byPermission)
        {
            using var lacking = fixture.Client(await fixture.StaffTokenAsync(PermissionKeys.All.Select(p => p.Key).Where(k => k != routes.Key)));
            using var holding = fixture.Client(await fixture.StaffTokenAsync([routes.Key]));
            foreach (var route in routes)
            {
                ExpectRefused(failures, $"without {routes.Key}", route, await SendAsync(lacking, route));
                ExpectThrough(failures, $"with only {routes.Key}", route, await SendAsync(holding, route));
            }
        }

        output.WriteLine($"{byPermission.Sum(g => g.Count())} routes under {byPermission.Count} permissions: {string.Join(", ", byPermission.Select(g => g.Key))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Portal_users_get_through_the_routes_open_to_the_portal_and_are_refused_elsewhere()
    {
        var routes = ApiRoute.All(fixture.Factory.Services).Where(r => r.Requirement is { Permission: not null }).ToList();
        Assert.Contains(routes, r => r.Requirement!.PortalUsersToo);
        using var portal = fixture.Client(await fixture.PortalTokenAsync());
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var response = await SendAsync(portal, route);
            if (route.Requirement!.PortalUsersToo)
            {
                ExpectThrough(failures, "portal user", route, response);
            }
            else
            {
                ExpectRefused(failures, "portal user", route, response);
            }
        }

        output.WriteLine($"{routes.Count(r => r.Requirement!.PortalUsersToo)} routes open to the portal, {routes.Count(r => !r.Requirement!.PortalUsersToo)} staff only");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A free route's handler decides what the caller sees (e.g. GET /users/{id}: oneself), so ids are the caller's own.</summary>
    [Fact]
    public async Task Free_routes_let_every_signed_in_user_through()
    {
        var routes = ApiRoute.All(fixture.Factory.Services).Where(r => r.Requirement is { Permission: null }).ToList();
        Assert.NotEmpty(routes);
        using var nothingGranted = fixture.Client(await fixture.StaffTokenAsync([]));
        using var portal = fixture.Client(await fixture.PortalTokenAsync());
        var failures = new List<string>();

        var staffId = await OwnIdAsync(nothingGranted);
        var portalId = await OwnIdAsync(portal);

        foreach (var route in routes)
        {
            ExpectThrough(failures, "staff without permissions", route, await SendAsync(nothingGranted, route, route.PathWith(staffId)));
            ExpectThrough(failures, "portal user", route, await SendAsync(portal, route, route.PathWith(portalId)));
        }

        output.WriteLine($"{routes.Count} free routes: {string.Join(", ", routes.Select(r => r.Label))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<string> OwnIdAsync(ApiClient api) =>
        (await api.GetAsync("/users/me")).Expect(HttpStatusCode.OK)["id"].GetRawText();

    private static async Task<ApiResponse> SendAsync(ApiClient api, ApiRoute route, string? path = null)
    {
        using var request = api.Request(new HttpMethod(route.Method), path ?? route.Path);
        if (route.SendsBody)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await api.SendAsync(request);
    }

    private static void ExpectRefused(List<string> failures, string who, ApiRoute route, ApiResponse response)
    {
        var isErrorObject = response.Json.ValueKind == System.Text.Json.JsonValueKind.Object
            && response.Json.TryGetProperty("error_code", out var code) && code.ValueKind == System.Text.Json.JsonValueKind.Number && code.GetInt32() == 40301;
        if (response.Status != HttpStatusCode.Forbidden || !isErrorObject)
        {
            failures.Add($"{route.Label} {who}: expected 403/40301, got {(int)response.Status} {Body(response)}");
        }
    }

    private static void ExpectThrough(List<string> failures, string who, ApiRoute route, ApiResponse response)
    {
        if (response.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || (int)response.Status >= 500)
        {
            failures.Add($"{route.Label} {who}: expected to get through, got {(int)response.Status} {Body(response)}");
        }
    }

    private static string Body(ApiResponse response)
    {
        var text = Encoding.UTF8.GetString(response.Body);
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
