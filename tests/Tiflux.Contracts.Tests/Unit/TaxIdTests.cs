using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Tests.Unit;

public sealed class TaxIdTests
{
    [Theory]
    [InlineData("529.982.247-25")]
    [InlineData("111.444.777-35")]
    [InlineData("11.222.333/0001-81")]
    [InlineData("11.444.777/0001-61")]
    [InlineData("12.ABC.345/01DE-35")]
    public void IsValid_WithCorrectCheckDigits_IsTrue(string input) =>
        Assert.True(TaxId.IsValid(TaxId.Normalize(input)));

    [Theory]
    [InlineData("529.982.247-24")]
    [InlineData("111.111.111-11")]
    [InlineData("11.222.333/0001-82")]
    [InlineData("00.000.000/0000-00")]
    [InlineData("12.ABC.345/01DE-36")]
    [InlineData("1234")]
    [InlineData("")]
    public void IsValid_WithWrongCheckDigitsOrShape_IsFalse(string input) =>
        Assert.False(TaxId.IsValid(TaxId.Normalize(input)));

    [Fact]
    public void Normalize_KeepsOnlyLettersAndDigits_Uppercased() =>
        Assert.Equal("12ABC34501DE35", TaxId.Normalize(" 12.abc.345/01de-35 "));

    [Theory]
    [InlineData("52998224725", "529.982.247-25")]
    [InlineData("11222333000181", "11.222.333/0001-81")]
    public void Format_UsesTheOfficialMask(string normalized, string expected) =>
        Assert.Equal(expected, TaxId.Format(normalized));
}
