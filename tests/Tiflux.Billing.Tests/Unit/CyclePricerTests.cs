using System.Globalization;
using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Billing.Tests.Unit.Scenarios;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Tests.Unit;

/// <summary>
/// <see cref="CyclePricer.Price"/> fed with the scenarios written as data in <c>Unit/Scenarios</c>: the lines must be
/// exactly the expected (kind, amount) pairs to the cent, the ledger movements exactly the expected ones, and every
/// explanation must show the numbers a person needs to redo the sum.
/// </summary>
public sealed class CyclePricerTests
{
    private static readonly CultureInfo Brazil = CultureInfo.GetCultureInfo("pt-BR");

    private static readonly Dictionary<string, PricingScenario> All = new[]
    {
        FixedModalityScenarios.Free(),
        UsageModalityScenarios.PerTicket(),
        FixedModalityScenarios.SaasProduct(),
        UsageModalityScenarios.Hours(),
        UsageModalityScenarios.CumulativeHours(),
        CreditScenarios.Credit(),
        CreditScenarios.SharedCredit(),
    }.SelectMany(s => s).ToDictionary(s => s.Name);

    public static TheoryData<string> Scenarios => [.. All.Keys];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Price_MatchesTheHandCalculation(string scenario)
    {
        var s = All[scenario];

        var result = CyclePricer.Price(s.ToInput());

        Assert.Equal(
            [.. s.Lines.Select(l => (l.Kind, l.Amount))],
            [.. result.Lines.Select(l => (l.Kind, l.Amount))]);
        foreach (var (expected, line) in s.Lines.Zip(result.Lines))
        {
            foreach (var text in expected.FormulaShows)
            {
                Assert.Contains(text, line.Explanation.Formula, StringComparison.Ordinal);
            }
        }

        Assert.Equal(s.Movements, result.Movements);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Price_ExplainsEveryLine(string scenario)
    {
        var s = All[scenario];
        var input = s.ToInput();

        var lines = CyclePricer.Price(input).Lines;

        Assert.All(lines, line =>
        {
            Assert.Equal(Math.Round(line.Amount, 2), line.Amount);
            Assert.Contains("R$ " + Math.Abs(line.Amount).ToString("N2", Brazil), line.Explanation.Formula, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(line.Explanation.Rule));
            Assert.NotNull(line.Explanation.RiderId);
            Assert.True(line.Billable);
            Assert.True(line.IsContractLine);
            Assert.Equal(PricingScenario.Clients["Alfa"].Id, line.ClientId);
            Assert.Equal(CyclePricer.GroupKey(PricingScenario.ContractId, s.CycleIndex), line.GroupKey);
            Assert.Equal(input.Cycle.DueDate, line.DueDate);
        });
        Assert.Equal(lines.Count, lines.Select(l => l.Key).Distinct().Count());
        foreach (var (label, value) in s.Facts)
        {
            Assert.Contains(lines.SelectMany(l => l.Explanation.Facts), f => f.Label == label && f.Value == value);
        }

        var explained = lines.Select(l => l.Explanation.Entries).FirstOrDefault(e => e.Count > 0) ?? [];
        var rows = input.PeriodEntries.ToDictionary(e => e.EntryId);
        Assert.All(explained, e =>
        {
            Assert.Equal(rows[e.EntryId].Minutes, e.RawMinutes);
            if (e.Warranty)
            {
                Assert.Equal(0, e.BilledMinutes);
                Assert.True(e.Value is null or 0m);
            }
        });
        if (s.ExplainedEntries is { } entries)
        {
            Assert.Equal(entries, [.. explained.Select(e => new ExpectedEntry(e.RawMinutes, e.BilledMinutes, e.Value))]);
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Price_IsDeterministic(string scenario)
    {
        var input = All[scenario].ToInput();

        var first = CyclePricer.Price(input);
        var second = CyclePricer.Price(input);

        Assert.Equal(
            [.. first.Lines.Select(l => (l.Key, l.Amount, l.Explanation.Formula))],
            [.. second.Lines.Select(l => (l.Key, l.Amount, l.Explanation.Formula))]);
    }

    [Fact]
    public void Scenarios_AtLeastSixPerModality()
    {
        var perModality = All.Values.GroupBy(s => s.Modality).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<ContractModality>(), m => Assert.True(perModality.GetValueOrDefault(m) >= 6, $"{m}: {perModality.GetValueOrDefault(m)}"));
    }

    [Fact]
    public void Price_InAdvanceFirstCycle_HasNoExcessLineWhateverTheConsumption()
    {
        foreach (var s in All.Values.Where(s => s.FirstCycle))
        {
            var lines = CyclePricer.Price(s.ToInput() with { CountedTicketNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9] }).Lines;

            Assert.DoesNotContain(lines, l => l.Kind is PendingLineKind.HoursExcess or PendingLineKind.TicketExcess or PendingLineKind.CreditExcess);
        }
    }
}
