using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests.Billing;

/// <summary>A file to send with a multipart form.</summary>
public sealed record FormFile(string Name, string FileName, string ContentType, byte[] Content);

/// <summary>
/// Submits a form the way a browser does: every successful control with its current value (checked boxes, selected
/// options, textareas, hidden antiforgery token), with some fields replaced, as urlencoded or multipart.
/// </summary>
public static class BrowserForm
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<HttpResponseMessage> SubmitAsync(
        this AppClient client,
        IHtmlDocument page,
        string formSelector,
        IEnumerable<KeyValuePair<string, string>>? fields = null,
        IReadOnlyList<FormFile>? files = null,
        string? pageUrl = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}'.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "submit" or "button" or "file" or "image" or "reset")
                    {
                        break;
                    }

                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }

        var overrides = (fields ?? []).ToList();
        var replaced = overrides.Select(f => f.Key).ToHashSet();
        values = [.. values.Where(v => !replaced.Contains(v.Key)), .. overrides];
        var action = form.GetAttribute("action");
        if (string.IsNullOrEmpty(action))
        {
            action = pageUrl ?? throw new InvalidOperationException("The form has no action; pass pageUrl.");
        }

        HttpContent content;
        if (string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in values)
            {
                multipart.Add(new StringContent(value), key);
            }

            foreach (var file in files ?? [])
            {
                var part = new ByteArrayContent(file.Content);
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
                multipart.Add(part, file.Name, file.FileName);
            }

            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(values);
        }

        using (content)
        {
            return await client.Http.PostAsync(new Uri(action, UriKind.Relative), content);
        }
    }

    /// <summary>Form fields to override, in the order given.</summary>
    public static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))];

    /// <summary>On the client's billing screen, ticks <paramref name="groups"/> (or uses "Faturar tudo" when null) and returns the finalization page.</summary>
    public static async Task<IHtmlDocument> OpenFinalizationAsync(this AppClient client, BillingScenario scenario, IReadOnlyList<string>? groups)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var screen = await client.GetPageAsync(scenario.ClientPage);
        var fields = groups is null
            ? Fields(("acao", "tudo"))
            : [.. groups.Select(g => new KeyValuePair<string, string>("grupos", g)), new("acao", "selecionados")];
        using var response = await client.SubmitAsync(screen, "#selecao", fields);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>The billing numbers the history page lists for <paramref name="query"/>, in page order.</summary>
    public static async Task<List<int>> HistoryNumbersAsync(this AppClient client, string query)
    {
        var page = await client.GetPageAsync("/faturamento/historico?" + query);
        return [.. page.QuerySelectorAll("#historico tbody tr").Select(r => int.Parse(r.GetAttribute("data-number")!, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
