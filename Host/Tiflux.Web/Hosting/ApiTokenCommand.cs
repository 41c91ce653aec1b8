using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Tokens;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Hosting;

/// <summary>
/// <c>token &lt;e-mail&gt; [--name &lt;name&gt;]</c>: issues a personal API token for a user from the command line (for
/// provisioning scripts) and prints it on the last line of standard output. Applies pending migrations first.
/// </summary>
internal static class ApiTokenCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var email = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: token <e-mail> [--name <token name>]");
            return 2;
        }

        var nameIndex = Array.IndexOf(args, "--name");
        var name = nameIndex >= 0 && nameIndex + 1 < args.Length ? args[nameIndex + 1] : "Linha de comando";
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != email).ToArray());
        builder.Services.AddTifluxCore(builder.Configuration, HostRole.Web);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(email);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"No user with e-mail {email}.");
            return 1;
        }

        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, name, CancellationToken.None);
        Console.WriteLine(secret);
        return 0;
    }
}
