namespace Tiflux.Tickets.Calendar;

/// <summary>A Brazilian national date of one year. <see cref="Optional"/>: a federal "ponto facultativo".</summary>
internal sealed record NationalHoliday(DateOnly Date, string Name, bool Optional);

/// <summary>
/// The Brazilian national holidays of a year, computed (never typed in): the fixed federal ones, Sexta-feira Santa
/// (Easter − 2) and the movable "pontos facultativos" Carnaval (Easter − 48 and − 47) and Corpus Christi (Easter + 60).
/// </summary>
internal static class NationalHolidays
{
    /// <summary>Dia Nacional de Zumbi e da Consciência Negra is a national holiday from 2024 (Lei 14.759/2023).</summary>
    private const int BlackConsciousnessFrom = 2024;

    public static IReadOnlyList<NationalHoliday> For(int year)
    {
        var easter = Easter(year);
        var days = new List<NationalHoliday>
        {
            new(new DateOnly(year, 1, 1), "Confraternização Universal", false),
            new(easter.AddDays(-48), "Carnaval (segunda-feira)", true),
            new(easter.AddDays(-47), "Carnaval (terça-feira)", true),
            new(easter.AddDays(-2), "Sexta-feira Santa", false),
            new(new DateOnly(year, 4, 21), "Tiradentes", false),
            new(new DateOnly(year, 5, 1), "Dia do Trabalho", false),
            new(easter.AddDays(60), "Corpus Christi", true),
            new(new DateOnly(year, 9, 7), "Independência do Brasil", false),
            new(new DateOnly(year, 10, 12), "Nossa Senhora Aparecida", false),
            new(new DateOnly(year, 11, 2), "Finados", false),
            new(new DateOnly(year, 11, 15), "Proclamação da República", false),
            new(new DateOnly(year, 12, 25), "Natal", false),
        };
        if (year >= BlackConsciousnessFrom)
        {
            days.Add(new(new DateOnly(year, 11, 20), "Dia Nacional de Zumbi e da Consciência Negra", false));
        }

        return [.. days.OrderBy(d => d.Date)];
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
