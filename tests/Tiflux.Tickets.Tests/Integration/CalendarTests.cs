using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Calendar;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

/// <summary>Expediente and feriados stored, validated and turned into each desk's calendar (2026-03-02 is a Monday).</summary>
[Trait("Category", "Integration")]
public sealed class CalendarTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, BusinessCalendar.Offset);

    private static BusinessWindowInput Monday(string start, string end) => new(DayOfWeek.Monday, start, end, false);

    private Task<T> Calendar<T>(Func<ITicketCalendar, Task<T>> action) => db.WithTickets(action);

    private async Task<BusinessCalendar> ForDeskAsync(Guid deskId)
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BusinessCalendars>().ForDeskAsync(deskId, None);
    }

    private async Task<Guid> DeskAsync() => await (await Scenario.CreateAsync(db)).DeskAsync(false);

    [Fact]
    public async Task ADesk_UsesTheOrganisationWeek_UntilItHasItsOwn()
    {
        var desk = await DeskAsync();

        var before = await Calendar(c => c.GetDeskHoursAsync(desk, None));
        var saved = await Calendar(c => c.SaveDeskHoursAsync(desk, new SaveBusinessHoursRequest(false,
            [Monday("08:00", "12:00"), Monday("13:30", "18:00"), new(DayOfWeek.Saturday, "09:00", "24:00", true)]), None));
        var after = await Calendar(c => c.GetDeskHoursAsync(desk, None));
        var own = await ForDeskAsync(desk);

        Assert.True(before!.UsesOrganizationDefault);
        Assert.Equal(5, before.Windows.Count);
        Assert.All(before.Windows, w => Assert.Equal((480, 1080), (w.StartMinute, w.EndMinute)));
        Assert.True(saved.IsSuccess);
        Assert.False(after!.UsesOrganizationDefault);
        Assert.Equal([(DayOfWeek.Monday, 480, 720, false), (DayOfWeek.Monday, 810, 1080, false), (DayOfWeek.Saturday, 540, 1440, true)],
            after.Windows.Select(w => (w.Day, w.StartMinute, w.EndMinute, w.AlsoOnHolidays)));

        // Mon 11:00 + 120 with the lunch break: 60 until 12:00, 60 from 13:30 → 14:30 (the default week would say 13:00).
        Assert.Equal(At(3, 2, 14, 30), own.AddBusinessMinutes(At(3, 2, 11), 120));

        await Calendar(c => c.SaveDeskHoursAsync(desk, new SaveBusinessHoursRequest(true, []), None));
        Assert.True((await Calendar(c => c.GetDeskHoursAsync(desk, None)))!.UsesOrganizationDefault);
        Assert.Equal(At(3, 2, 13), (await ForDeskAsync(desk)).AddBusinessMinutes(At(3, 2, 11), 120));
    }

    [Theory]
    [InlineData("08:00", "12:00", "11:00", "13:00", "Segunda-feira: os intervalos 08:00–12:00 e 11:00–13:00 se sobrepõem.")]
    [InlineData("12:00", "08:00", null, null, "Segunda-feira: o intervalo 12:00–08:00 termina antes de começar.")]
    [InlineData("10:00", "10:00", null, null, "Segunda-feira: o intervalo 10:00–10:00 termina antes de começar.")]
    [InlineData("08:00", "25:00", null, null, "Segunda-feira: 25:00 não é um horário entre 00:00 e 24:00.")]
    [InlineData("8h", "12:00", null, null, "Segunda-feira: “8h” não é um horário no formato HH:MM.")]
    [InlineData("08:00", "", null, null, "Segunda-feira: informe o início e o fim de cada intervalo.")]
    public async Task ABadSchedule_IsRefusedWithItsReason_AndTheOldOneStays(string start, string end, string? start2, string? end2, string message)
    {
        var desk = await DeskAsync();
        await Calendar(c => c.SaveDeskHoursAsync(desk, new SaveBusinessHoursRequest(false, [Monday("07:00", "16:00")]), None));
        List<BusinessWindowInput> windows = [Monday(start, end)];
        if (start2 is not null)
        {
            windows.Add(Monday(start2, end2!));
        }

        var result = await Calendar(c => c.SaveDeskHoursAsync(desk, new SaveBusinessHoursRequest(false, windows), None));

        Assert.Equal(message, Assert.Single(result.Errors).Message);
        var kept = Assert.Single((await Calendar(c => c.GetDeskHoursAsync(desk, None)))!.Windows);
        Assert.Equal((420, 960), (kept.StartMinute, kept.EndMinute));
    }

    [Fact]
    public async Task AnEmptyOrTooLongSchedule_IsRefused()
    {
        var empty = await Calendar(c => c.SaveOrganizationHoursAsync([], None));
        var tooMany = await Calendar(c => c.SaveOrganizationHoursAsync(
            [.. Enumerable.Range(0, TicketLimits.BusinessWindows + 1).Select(i => new BusinessWindowInput((DayOfWeek)(i % 7), "00:00", "00:10", false))], None));

        Assert.Equal("Informe ao menos um intervalo de expediente; sem expediente o SLA nunca venceria.", Assert.Single(empty.Errors).Message);
        Assert.Equal($"Informe no máximo {TicketLimits.BusinessWindows} intervalos no expediente.", Assert.Single(tooMany.Errors).Message);
        Assert.Equal(5, (await Calendar(c => c.GetOrganizationHoursAsync(None))).Windows.Count);
    }

    [Fact]
    public async Task UnknownDesk_IsNotFound()
    {
        Assert.Null(await Calendar(c => c.GetDeskHoursAsync(Guid.NewGuid(), None)));
        var result = await Calendar(c => c.SaveDeskHoursAsync(Guid.NewGuid(), new SaveBusinessHoursRequest(true, []), None));
        Assert.Equal("not_found", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task AHolidayOfOneDesk_ClosesOnlyThatDesk_AndCannotBeTypedTwice()
    {
        var mine = await DeskAsync();
        var other = await DeskAsync();

        var saved = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2026, 3, 10), "Aniversário da filial", false, [mine]), None));
        var twice = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2026, 3, 10), "De novo", false, [mine, mine]), None));
        var yearlyTwice = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2020, 3, 10), "Todo ano", true, [mine]), None));
        var otherDesk = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2026, 3, 10), "Outra filial", false, [other]), None));

        Assert.True(saved.IsSuccess);
        Assert.Equal("Já existe um feriado em 10/03/2026 para as mesmas mesas.", Assert.Single(twice.Errors).Message);
        Assert.Equal("Date", Assert.Single(yearlyTwice.Errors).Field);
        Assert.True(otherDesk.IsSuccess);

        // Mon 09/03 17:00 + 120: 60 until 18:00; Tue 10/03 closed for "mine" → Wed 09:00; a third desk works Tuesday → Tue 09:00.
        Assert.Equal(At(3, 11, 9), (await ForDeskAsync(mine)).AddBusinessMinutes(At(3, 9, 17), 120));
        Assert.Equal(At(3, 10, 9), (await ForDeskAsync(await DeskAsync())).AddBusinessMinutes(At(3, 9, 17), 120));
        Assert.Equal(600, await Calendar(c => c.BusinessMinutesBetweenAsync(mine, At(3, 9, 8), At(3, 11, 8), None)));

        Assert.True((await Calendar(c => c.RemoveHolidayAsync(saved.Value, None))).IsSuccess);
        Assert.Equal("not_found", Assert.Single((await Calendar(c => c.RemoveHolidayAsync(saved.Value, None))).Errors).Code);
        Assert.Equal(At(3, 10, 9), (await ForDeskAsync(mine)).AddBusinessMinutes(At(3, 9, 17), 120));
    }

    [Fact]
    public async Task ABadHoliday_IsRefusedWithItsReason()
    {
        var blank = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, null, " ", false, []), None));
        var unknownDesk = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2026, 5, 5), "X", false, [Guid.NewGuid()]), None));
        var tooLong = await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2026, 5, 5), new string('x', TicketLimits.HolidayName + 1), false, []), None));

        Assert.Equal(["Informe o nome do feriado.", "Informe a data do feriado."], blank.Errors.Select(e => e.Message));
        Assert.Equal(("DeskIds", "Mesa não encontrada."), (Assert.Single(unknownDesk.Errors).Field, unknownDesk.Errors[0].Message));
        Assert.Equal("Name", Assert.Single(tooLong.Errors).Field);
        Assert.DoesNotContain((await Calendar(c => c.GetHolidaysAsync(2026, None))).Holidays, h => h.Date == new DateOnly(2026, 5, 5));
    }

    [Fact]
    public async Task TheYearList_ShowsNationalAndOwnDays_AndTheOptionalSwitchDrivesCarnaval()
    {
        var desk = await DeskAsync();
        await Calendar(c => c.SaveHolidayAsync(new SaveHolidayRequest(null, new(2019, 1, 25), "Aniversário de São Paulo", true, []), None));

        var year = await Calendar(c => c.GetHolidaysAsync(2026, None));
        await db.WithTickets((ITicketCalendar c) => c.SetCountOptionalDaysAsync(false, None));
        var switchedOff = await Calendar(c => c.GetHolidaysAsync(2026, None));
        var carnavalWorked = await ForDeskAsync(desk);
        await db.WithTickets((ITicketCalendar c) => c.SetCountOptionalDaysAsync(true, None));

        Assert.True(year.CountOptionalDays);
        Assert.Equal(HolidayKind.National, year.Holidays.Single(h => h.Date == new DateOnly(2026, 4, 21)).Kind);
        Assert.Equal(HolidayKind.OptionalNational, year.Holidays.Single(h => h.Date == new DateOnly(2026, 2, 16)).Kind);
        var own = year.Holidays.Single(h => h.Kind == HolidayKind.Own && h.Name == "Aniversário de São Paulo");
        Assert.Equal(new DateOnly(2026, 1, 25), own.Date);
        Assert.False(switchedOff.CountOptionalDays);

        // Fri 13/02 17:00 + 120: 60 until 18:00; with the switch off Carnaval Monday works → Mon 16/02 09:00; on → Wed 18/02.
        Assert.Equal(At(2, 16, 9), carnavalWorked.AddBusinessMinutes(At(2, 13, 17), 120));
        Assert.Equal(At(2, 18, 9), (await ForDeskAsync(desk)).AddBusinessMinutes(At(2, 13, 17), 120));
    }
}
