using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>Registers a module's DbContext on the shared data source, in its own schema and migration history.</summary>
public static class ModuleDbContextRegistration
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema, int order)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
            options.UseModuleNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        services.AddSingleton<IModuleDatabase>(sp =>
            new ModuleDatabase<TContext>(sp.GetRequiredService<IServiceScopeFactory>(), schema, order));
        return services;
    }

    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder<TContext> UseModuleNpgsql<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString, string schema)
        where TContext : DbContext =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .UseSnakeCaseNamingConvention();
}
