using Tiflux.Reporting.Pdf;

namespace Tiflux.Reporting.Tests;

public sealed class PageFrameTests
{
    [Theory]
    [InlineData("a\"b")]
    [InlineData("x</style><h1>y")]
    [InlineData("a\\\"}@page{margin:0}")]
    [InlineData("linha\nnova")]
    public void ANameCannotLeaveItsCssString(string name)
    {
        var css = PageFrame.CssString(name);
        Assert.DoesNotContain('"', css);
        Assert.DoesNotContain('<', css);
        Assert.DoesNotContain('}', css);
        Assert.DoesNotContain('\n', css);
    }

    [Fact]
    public void LettersDigitsAndSpacesStay_OthersAreHexEscapes()
    {
        Assert.Equal("Ação 1", PageFrame.CssString("Ação 1"));
        Assert.Equal("A\\000026B", PageFrame.CssString("A&B"));
    }

    [Fact]
    public void TheFrameGoesIntoTheHead_OrFirstWithoutOne()
    {
        var frame = new PageFrame("Org", "T");
        Assert.StartsWith("<html><head><title>x</title><style>@page", frame.Apply("<html><head><title>x</title></head><body></body></html>"), StringComparison.Ordinal);
        Assert.StartsWith("<style>@page", frame.Apply("<p>x</p>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAwkwardName_IsPrintedAsWritten()
    {
        await using var renderer = PdfRenderers.Create(new PdfOptions());
        var pdf = await renderer.RenderTextAsync("<p>corpo</p>", new PageFrame("Suporte \"TI\" & Cia </style>", "Fechamento {1}"));
        pdf.Has("corpo");
        pdf.Has("Suporte \"TI\" & Cia </style>");
        pdf.Has("Fechamento {1}");
        pdf.Has("Página 1 de 1");
    }
}
