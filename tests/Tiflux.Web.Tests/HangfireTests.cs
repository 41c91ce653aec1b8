using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests;

[Collection(AppTestGroup.Name)]
public sealed partial class HangfireTests(AppFixture app)
{
    [Fact]
    public async Task Dashboard_ForAdmin_IsServed()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hangfire", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ForTechnician_IsForbidden()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_WhenAnonymous_RedirectsToSignIn()
    {
        using var client = app.Factory.CreateAppClient();

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/conta/entrar", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerPing_EnqueuedFromSettingsPage_IsExecutedByTheWorker()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var post = await client.SubmitFormAsync("/configuracoes", new Dictionary<string, string>(), "main form");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var settings = await client.GetPageAsync("/configuracoes");
        var link = settings.QuerySelector("a[href^='/hangfire/jobs/details/']")!.GetAttribute("href")!;
        var jobId = JobIdPattern().Match(link).Groups[1].Value;

        var state = await WaitForFinalStateAsync(jobId, TimeSpan.FromSeconds(30));

        Assert.Equal("Succeeded", state);
    }

    private async Task<string?> WaitForFinalStateAsync(string jobId, TimeSpan timeout)
    {
        var monitoring = app.Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + timeout;
        string? state = null;
        while (DateTime.UtcNow < deadline)
        {
            state = monitoring.JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
            if (state is "Succeeded" or "Failed")
            {
                return state;
            }

            await Task.Delay(100);
        }

        return state;
    }

    [GeneratedRegex(@"/details/(\d+)$")]
    private static partial Regex JobIdPattern();
}
