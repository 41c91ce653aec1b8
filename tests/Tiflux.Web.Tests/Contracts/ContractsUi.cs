using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Tiflux.TestKit;

namespace Tiflux.Web.Tests.Contracts;

/// <summary>Drives the Contracts pages the way a person would: through the forms, reading ids from the redirects.</summary>
internal static partial class ContractsUi
{
    private static readonly int[] CnpjWeights1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    private static readonly int[] CnpjWeights2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A random CNPJ with correct check digits, formatted 00.000.000/0000-00.</summary>
    public static string NewCnpj()
    {
        var digits = Enumerable.Range(0, 8).Select(_ => Random.Shared.Next(10)).Concat([0, 0, 0, 1]).ToList();
        digits.Add(CheckDigit(digits, CnpjWeights1));
        digits.Add(CheckDigit(digits, CnpjWeights2));
        var s = string.Concat(digits);
        return $"{s[..2]}.{s[2..5]}.{s[5..8]}/{s[8..12]}-{s[12..]}";
    }

    public static async Task<Guid> CreateClientAsync(AppClient client, string name)
    {
        using var response = await client.SubmitFormAsync("/clientes/novo", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.LegalName"] = name + " Ltda",
            ["Input.TaxId"] = NewCnpj(),
            ["Input.FinanceEmails"] = "financeiro@cliente.com.br",
            ["Input.ReportLayout"] = "Detailed",
            ["Input.Notes"] = "",
        });
        return await IdFromRedirectAsync(response, "/clientes/");
    }

    /// <summary>Creates a contract type through its settings page and returns its id as offered on /contratos/novo.</summary>
    public static async Task<Guid> CreateContractTypeAsync(AppClient client, string name, string modality)
    {
        using var response = await client.SubmitFormAsync("/configuracoes/tipos-de-contrato", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Modality"] = modality,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var form = await client.GetPageAsync("/contratos/novo");
        var option = form.QuerySelectorAll("select[name='Input.ContractTypeId'] option")
            .Single(o => o.TextContent.StartsWith(name + " (", StringComparison.Ordinal));
        Assert.Equal(modality, option.GetAttribute("data-modality"));
        return Guid.Parse(option.GetAttribute("value")!);
    }

    /// <summary>The fields every contract needs; add the modality's terms before posting.</summary>
    public static Dictionary<string, string> ContractFields(Guid clientId, Guid typeId, string name, string start = "2026-01-01") => new()
    {
        ["Input.ClientId"] = clientId.ToString(),
        ["Input.ContractTypeId"] = typeId.ToString(),
        ["Input.Settings.Name"] = name,
        ["Input.Settings.StartDate"] = start,
        ["Input.Settings.BillingTiming"] = "InAdvance",
        ["Input.Settings.BillingDaysBefore"] = "5",
        ["Input.Settings.CycleAnchor"] = "CalendarMonth",
        ["Input.Rider.DueDay"] = "10",
        ["Input.Rider.DiscountType"] = "Currency",
    };

    public static async Task<Guid> CreateContractAsync(AppClient client, Dictionary<string, string> fields)
    {
        using var response = await client.SubmitFormAsync("/contratos/novo", fields);
        return await IdFromRedirectAsync(response, "/contratos/");
    }

    /// <summary>A client with a Livre contract of <paramref name="value"/> (pt-BR text), for tests that need any contract.</summary>
    public static async Task<(Guid ClientId, Guid ContractId, string Name)> CreateFreeContractAsync(
        AppClient client, string value = "1.000,00", Action<Dictionary<string, string>>? tweak = null)
    {
        var clientId = await CreateClientAsync(client, Unique("Cliente livre"));
        var typeId = await CreateContractTypeAsync(client, Unique("Livre"), "Free");
        var name = Unique("Contrato livre");
        var fields = ContractFields(clientId, typeId, name);
        fields["Input.Rider.Value"] = value;
        tweak?.Invoke(fields);
        return (clientId, await CreateContractAsync(client, fields), name);
    }

    public static string FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the form back, got {(int)response.StatusCode}: {body[..Math.Min(500, body.Length)]}");
        return await new HtmlParser().ParseDocumentAsync(body);
    }

    /// <summary>Rows of a table as trimmed cell texts.</summary>
    public static List<string[]> Rows(IHtmlDocument page, string tableSelector) =>
        [.. page.QuerySelectorAll($"{tableSelector} tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => Squash(c.TextContent)).ToArray())];

    /// <summary>The dt → dd pairs of a definition list.</summary>
    public static Dictionary<string, string> Facts(IHtmlDocument page, string selector) =>
        page.QuerySelectorAll($"{selector} dt").ToDictionary(dt => Squash(dt.TextContent), dt => Squash(dt.NextElementSibling!.TextContent));

    public static string Squash(string text) => Spaces().Replace(text, " ").Trim();

    private static async Task<Guid> IdFromRedirectAsync(HttpResponseMessage response, string prefix)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            var errors = Regex.Matches(body, "field-validation-error\"[^>]*>([^<]+)<|<li>([^<]+)</li>")
                .Select(m => m.Groups[1].Value + m.Groups[2].Value);
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {string.Join(" | ", errors)}");
        }

        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(prefix, location, StringComparison.Ordinal);
        return Guid.Parse(location[prefix.Length..].Split('/', '?')[0]);
    }

    private static int CheckDigit(List<int> digits, int[] weights)
    {
        var remainder = weights.Select((w, i) => w * digits[i]).Sum() % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
