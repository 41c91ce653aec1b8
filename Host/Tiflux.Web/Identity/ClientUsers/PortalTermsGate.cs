using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>
/// The one place that keeps a client user who has not accepted the terms of use out of the portal: every portal page
/// but the terms page itself redirects there (service-desk.md §4.1). Program.cs puts it on the /Portal folder.
/// </summary>
internal sealed class PortalTermsGate(IPortalSession session) : IAsyncPageFilter
{
    public const string TermsPath = "/portal/termos";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.ActionDescriptor.ViewEnginePath != "/Portal/Terms"
            && PortalUser.From(context.HttpContext.User) is { } user
            && !await session.HasAcceptedTermsAsync(user.UserId, context.HttpContext.RequestAborted))
        {
            var back = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
            context.Result = new RedirectResult($"{TermsPath}?returnUrl={Uri.EscapeDataString(back)}");
            return;
        }

        await next();
    }
}
