using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Invoicing.Drafts;

/// <summary>
/// The version of a draft: a SHA-256 over what a billing would write for each billable line (key, source item,
/// quantity, unit value, amount), in key order. Equal versions mean the same lines with the same amounts; any entry
/// added, edited, removed or billed elsewhere changes it (docs/decisions/0014-billing-draft-commit.md).
/// </summary>
internal static class BillingFingerprint
{
    public static string Of(IEnumerable<PendingLineDto> billableLines)
    {
        var text = new StringBuilder();
        foreach (var line in billableLines.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            text.Append(line.Key).Append('|')
                .Append(line.SourceId?.ToString("N") ?? "-").Append('|')
                .Append(Canonical(line.Quantity)).Append('|')
                .Append(Canonical(line.UnitValue)).Append('|')
                .Append(Canonical(line.Amount)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Without trailing zeros: 10.0 and 10.00 are the same amount and must give the same version.</summary>
    private static string Canonical(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
