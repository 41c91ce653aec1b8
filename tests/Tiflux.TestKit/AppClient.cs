using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tiflux.TestKit;

/// <summary>An HTTP client that behaves like a browser: keeps cookies and posts forms with their antiforgery token.</summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        }

        return await Parser.ParseDocumentAsync(body);
    }

    /// <summary>Loads <paramref name="pageUrl"/>, fills the form matched by <paramref name="formSelector"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IDictionary<string, string> fields, string formSelector = "main form", string? formAction = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        return await PostAsync(form, fields, formAction ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!));
    }

    /// <summary>
    /// Submits the form of a page that came back from a POST to <paramref name="postedUrl"/>, as a browser would: to the
    /// form's action, or, when it has none, to the URL the page was served from (handler query included).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitReturnedFormAsync(string postedUrl, string returnedHtml, IDictionary<string, string> fields, string formSelector)
    {
        var page = await Parser.ParseDocumentAsync(returnedHtml);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' in the page returned by {postedUrl}.");
        return await PostAsync(form, fields, string.IsNullOrEmpty(form.GetAttribute("action")) ? postedUrl : form.GetAttribute("action")!);
    }

    /// <summary>Posts the form's hidden fields with <paramref name="fields"/> to <paramref name="action"/>.</summary>
    private async Task<HttpResponseMessage> PostAsync(IHtmlFormElement form, IDictionary<string, string> fields, string action)
    {
        // Like a browser, a name may repeat (e.g. ASP.NET's "__Invariant" marker per number field); a field given replaces them.
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is "hidden" && !fields.ContainsKey(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields)
            .ToList();
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public async Task SignInAsync(string email, string password)
    {
        using var response = await SubmitFormAsync("/conta/entrar", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed with {(int)response.StatusCode}.");
        }
    }

    public void Dispose() => http.Dispose();
}
