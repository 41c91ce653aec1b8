using UglyToad.PdfPig;

namespace Tiflux.Web.Tests;

/// <summary>A PDF's words read back with PdfPig, whitespace removed (so pt-BR non-breaking spaces and line breaks do not matter).</summary>
public static class PdfWords
{
    public static string Squashed(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squash(string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    public static string Squash(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
