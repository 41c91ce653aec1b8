using System.Text.RegularExpressions;

namespace Tiflux.ArchitectureTests;

/// <summary>
/// Source patterns that mean the host (pages and API) is deciding a rule a module or the shared kernel owns. Each
/// entry names the one home of the rule, so a failure tells the author where the code belongs.
/// </summary>
internal static partial class HostRuleScan
{
    public static readonly IReadOnlyList<(Regex Pattern, string Home)> Forbidden =
    [
        (TimeZoneLookup(), "the organisation's day: SharedKernel.BrazilTime"),
        (ServerLocalClock(), "\"today\": SharedKernel.BrazilTime.Today(TimeProvider)"),
        (FixedOffset(), "São Paulo wall-clock time: SharedKernel.BrazilTime / PtBr.DateTime"),
        (CurrencyFormat(), "money text: SharedKernel.PtBr.Money"),
        (HhmmFormat(), "durations: SharedKernel.PtBr.Hhmm"),
        (ModalityFamily(), "which fields a modality uses: Contracts.PublicApi.ModalityFields"),
        (ItemsSum(), "a Produto/SaaS rider's value: ModalityFields.CycleValue (Contracts)"),
        (MoneyParse(), "reading typed amounts: SharedKernel.PtBrParsing"),
    ];

    /// <summary>Every violation in <paramref name="text"/> as "line: home of the rule".</summary>
    public static IEnumerable<string> Violations(string text) =>
        from rule in Forbidden
        from Match match in rule.Pattern.Matches(text)
        select $"{text[..match.Index].Count(c => c == '\n') + 1}: {match.Value.Trim()} → {rule.Home}";

    [GeneratedRegex(@"FindSystemTimeZoneById")]
    private static partial Regex TimeZoneLookup();

    [GeneratedRegex(@"GetLocalNow\(\)|DateTime\.(Now|Today)\b|DateTimeOffset\.Now\b|\.ToLocalTime\(\)")]
    private static partial Regex ServerLocalClock();

    [GeneratedRegex(@"FromHours\(-3\)")]
    private static partial Regex FixedOffset();

    [GeneratedRegex(@"ToString\(""(C\d?|N2)""|""R\$ ""|""−R\$")]
    private static partial Regex CurrencyFormat();

    [GeneratedRegex(@"/ ?60:00\}|% ?60:00\}")]
    private static partial Regex HhmmFormat();

    [GeneratedRegex(@"ContractModality\.\w+ or ContractModality\.|Modality (==|!=|is) ContractModality\.")]
    private static partial Regex ModalityFamily();

    [GeneratedRegex(@"Items\.Sum\(")]
    private static partial Regex ItemsSum();

    [GeneratedRegex(@"decimal\.(Try)?Parse\([^)]*pt-BR|Replace\(""R\$""")]
    private static partial Regex MoneyParse();
}
