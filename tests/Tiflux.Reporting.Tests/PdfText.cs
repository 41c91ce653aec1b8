using System.Text;
using UglyToad.PdfPig;

namespace Tiflux.Reporting.Tests;

/// <summary>A PDF's text read back with PdfPig, whitespace removed (so pt-BR non-breaking spaces do not matter).</summary>
internal sealed record PdfText(int Pages, string Compact, string Raw)
{
    public static PdfText Read(byte[] pdf)
    {
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfDocument.Open(pdf);
        var raw = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return new PdfText(document.NumberOfPages, Squash(raw), raw);
    }

    public static string Squash(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    public void Has(string expected) => Assert.True(Compact.Contains(Squash(expected), StringComparison.Ordinal), $"'{expected}' not in PDF text:\n{Raw}");

    public void HasNot(string unexpected) => Assert.False(Compact.Contains(Squash(unexpected), StringComparison.Ordinal), $"'{unexpected}' should not be in PDF text:\n{Raw}");
}
