using Microsoft.AspNetCore.Mvc.Testing;
using Tiflux.TestKit;

namespace Tiflux.Api.Tests.Permissions;

/// <summary>
/// A host of its own (no seeded world: the matrix sends requests that a permitted user may really carry out) and one
/// API user per set of permissions, created on first use and shared by the tests of the collection.
/// </summary>
public sealed class PermissionMatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> staffTokens = new(StringComparer.Ordinal);
    private string? portalToken;

    public ApiAppFactory Factory { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Factory = new ApiAppFactory(Database);
        _ = Factory.Server;
    }

    public ApiClient Client(string token) => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), token);

    /// <summary>The token of a staff user whose one group grants exactly <paramref name="permissions"/>.</summary>
    public async Task<string> StaffTokenAsync(IEnumerable<string> permissions)
    {
        var granted = permissions.Order(StringComparer.Ordinal).ToList();
        var key = string.Join(",", granted);
        if (!staffTokens.TryGetValue(key, out var token))
        {
            var group = await Factory.CreatePermissionGroupAsync(granted);
            var (email, _) = await Factory.CreateUserAsync(group);
            token = staffTokens[key] = await Factory.IssueApiTokenAsync(email);
        }

        return token;
    }

    /// <summary>The token of a client-portal user (group Clientes) of a client that has no records.</summary>
    public async Task<string> PortalTokenAsync()
    {
        if (portalToken is null)
        {
            var (email, _) = await Factory.CreateUserAsync(Groups.Client);
            await Factory.SetPortalClientAsync(email, Guid.NewGuid());
            portalToken = await Factory.IssueApiTokenAsync(email);
        }

        return portalToken;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PermissionMatrixGroup : ICollectionFixture<PermissionMatrixFixture>
{
    public const string Name = "permission-matrix";
}
