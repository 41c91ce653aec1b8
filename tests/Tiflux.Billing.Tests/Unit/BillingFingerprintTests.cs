using Tiflux.Billing.Invoicing.Drafts;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Tests.Unit;

public sealed class BillingFingerprintTests
{
    private static PendingLineDto Line(string key, decimal amount, decimal quantity = 1m) => new(
        key, "group", PendingLineKind.StandaloneEntry, Guid.Empty, "Cliente", null, null, null, 1, Guid.Parse("0195f000-0000-7000-8000-000000000001"),
        new DateOnly(2026, 4, 1), null, null, null, "Atendimento", quantity, "h", amount, amount * quantity, true,
        new LineExplanationDto("", "", [], [], null, null));

    [Fact]
    public void SameLines_InAnyOrder_AndWithTrailingZeros_HaveTheSameVersion() =>
        Assert.Equal(
            BillingFingerprint.Of([Line("a", 10.5m), Line("b", 20m)]),
            BillingFingerprint.Of([Line("b", 20.00m), Line("a", 10.50m)]));

    [Theory]
    [InlineData("a", 10.51, 1)]
    [InlineData("a", 10.5, 2)]
    [InlineData("c", 10.5, 1)]
    public void AnotherAmount_QuantityOrLine_ChangesTheVersion(string key, double amount, double quantity) =>
        Assert.NotEqual(BillingFingerprint.Of([Line("a", 10.5m)]), BillingFingerprint.Of([Line(key, (decimal)amount, (decimal)quantity)]));

    [Fact]
    public void AnExtraLine_ChangesTheVersion() =>
        Assert.NotEqual(BillingFingerprint.Of([Line("a", 10.5m)]), BillingFingerprint.Of([Line("a", 10.5m), Line("b", 0m)]));
}
