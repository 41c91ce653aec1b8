using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Localization;
using Tiflux.Api;
using Tiflux.Web.Attachments;
using Tiflux.Web.Health;
using Tiflux.Web.Hosting;
using Tiflux.Web.Identity;
using Tiflux.Web.Identity.ClientUsers;
using Tiflux.Web.Integrations;
using Tiflux.Web.Portal;
using Tiflux.SharedKernel;

var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "run";
var options = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;

if (command == "migrate")
{
    var migrateBuilder = Host.CreateApplicationBuilder(options);
    migrateBuilder.Services.AddTifluxCore(migrateBuilder.Configuration, HostRole.Web);
    using var migrateHost = migrateBuilder.Build();
    await using var scope = migrateHost.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None);
    Console.WriteLine("Migrations applied.");
    return 0;
}

if (command == "token")
{
    return await ApiTokenCommand.RunAsync(options);
}

if (command != "run")
{
    await Console.Error.WriteLineAsync($"Unknown command '{command}'. Commands: run (default), migrate, token <e-mail> [--name <name>]. Options: --role web|worker|all.");
    return 2;
}

var builder = WebApplication.CreateBuilder(options);
var role = HostRoleParser.Parse(HostRoleParser.FromArgs(options) ?? builder.Configuration["Tiflux:Role"]);
builder.Services.AddTifluxCore(builder.Configuration, role);
builder.Services.AddRazorPages(pages =>
{
    pages.Conventions.AllowAnonymousToPage("/Account/Login");
    pages.Conventions.AllowAnonymousToPage("/Account/SetPassword");
    // The second sign-in step: the password was right, the user is not signed in yet (Identity's two-factor cookie).
    pages.Conventions.AllowAnonymousToPage("/Account/LoginWithTwoFactor");
    pages.Conventions.AllowAnonymousToPage("/Account/LoginWithRecoveryCode");
    pages.Conventions.AllowAnonymousToFolder("/Errors");
    // Staff pages are for staff only and portal pages for client users only, by folder, so that a new page is
    // covered without remembering it (Account and Errors keep their own rules).
    pages.Conventions.AddFolderApplicationModelConvention("/", PortalConventions.ByUserType);
    pages.Conventions.AddFolderApplicationModelConvention("/Portal", PortalConventions.TermsFirst);
});
// Menus and buttons show only the pages the user may open (by each page's own authorization).
builder.Services.AddScoped<Tiflux.Web.Pages.Shared.PageAccess>();
// Portal do Cliente: which tickets a client user sees, and one policy per portal permission.
builder.Services.AddTifluxPortal();
// Portuguese text stays readable in the HTML instead of becoming numeric entities.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
builder.Services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(HealthEndpoint.AddHealthPolicy);
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc =>
    mvc.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(PortugueseModelBinding.Configure);

var app = builder.Build();
await StartupTasks.RunAsync(app.Services, app.Lifetime.ApplicationStopping);
RecurringJobs.Register(app.Services);

// First, so that every response carries the browser security headers, error pages and static files included.
app.UseSecurityHeaders(app.Configuration);

var brazil = new CultureInfo("pt-BR");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(brazil),
    SupportedCultures = [brazil],
    SupportedUICultures = [brazil],
});

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/erro");
}

app.UseStatusCodePagesWithReExecute("/erro/{0}");
app.UseTifluxApiErrors();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseTifluxApi();
// A client user's home is the portal: "/" (also where sign-in lands) sends them there.
app.UsePortalHome();
app.UseAuthorization();
app.UseTwoFactorSetupGate();
app.MapTifluxHealth();

if (role.ServesPages())
{
    app.MapRazorPages();
    // The only anonymous route besides sign-in and the error pages: a signed, expiring attachment link from a
    // report (/anexos/{token}); the token itself is the authorization. See SignedAttachmentLinks.
    app.MapSignedAttachments();
    app.MapTifluxApi();
    // Anonymous as well: Asaas posts payment/invoice events here; the asaas-access-token header is checked.
    app.MapAsaasWebhook();
    app.MapHangfireDashboard("/hangfire", new DashboardOptions
    {
        Authorization = [new AdminDashboardFilter()],
        DashboardTitle = "Tiflux — tarefas em segundo plano",
        AppPath = "/",
    }).RequireAuthorization(Permissions.HangfireDashboard);
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
