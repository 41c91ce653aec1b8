using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.BuildingBlocks.Persistence;

namespace Tiflux.Web.Tests;

[Collection(AppTestGroup.Name)]
public sealed class PersistenceTests(AppFixture app)
{
    [Fact]
    public async Task Startup_AppliesMigrations_ForEveryModuleSchema()
    {
        var schemas = await app.Database.ColumnAsync("SELECT schema_name::text FROM information_schema.schemata");

        Assert.Superset(
            new HashSet<string> { "contracts", "tickets", "billing", "reporting", "notifications", "integrations", "identity", "api", "hangfire" },
            schemas.ToHashSet());
    }

    [Fact]
    public async Task EachModule_HasItsOwnMigrationHistory_AndNothingPending()
    {
        var databases = app.Factory.Services.GetServices<IModuleDatabase>().ToList();

        Assert.Equal(8, databases.Count);
        foreach (var database in databases)
        {
            var applied = await app.Database.ScalarAsync<long>($"SELECT count(*) FROM {database.Schema}.__ef_migrations_history");
            Assert.True(applied > 0, $"{database.Schema} has no migration history");
            Assert.Empty(await database.GetPendingMigrationsAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task Database_HasNoForeignKeyAcrossSchemas()
    {
        var crossSchema = await app.Database.ColumnAsync("""
            SELECT con.conname::text
            FROM pg_constraint con
            JOIN pg_class src ON src.oid = con.conrelid
            JOIN pg_class dst ON dst.oid = con.confrelid
            WHERE con.contype = 'f' AND src.relnamespace <> dst.relnamespace
            """);

        Assert.Empty(crossSchema);
    }

    [Fact]
    public async Task Health_ForAdmin_ReportsDatabaseAndHangfire()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("hangfire").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_WhenAnonymousFromOutside_RedirectsToSignIn()
    {
        using var client = app.Factory.CreateAppClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
