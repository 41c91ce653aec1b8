using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

/// <summary>
/// The Dashboard's open tickets per desk and SLA state are counted in SQL; the one rule is
/// <see cref="SlaClockDto.StateAt"/>. On generated tickets (created at scattered times, some paused, some with the SLA
/// switched off, some closed, one desk without SLA) the SQL counts equal the rule applied to every ticket, at instants
/// before, around and after their warnings and deadlines.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OverviewSlaStateTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    private static DateTimeOffset Local(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(-3)).ToUniversalTime();

    [Fact]
    public async Task SqlCounts_EqualTheStateRule_OnGeneratedTickets()
    {
        db.Clock.Now = Local(7, 8);
        var s = await Scenario.CreateAsync(db);
        var slaDesk = await SlaDeskAsync(s);
        var plainDesk = await s.DeskAsync(review: false);
        var random = new Random(25);
        var tickets = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            db.Clock.Now = Local(7, 8).AddMinutes(random.Next(0, 60 * 30));
            var ticket = await s.TicketAsync(random.Next(5) == 0 ? plainDesk : slaDesk);
            tickets.Add(ticket);
            switch (random.Next(6))
            {
                case 0:
                    await db.WithTickets((ITicketSla t) => t.PauseAsync(ticket, "Aguardando peça", Scenario.Tech, CancellationToken.None));
                    break;
                case 1:
                    await db.WithTickets((ITicketSla t) => t.DeactivateAsync(ticket, "Fora do contrato", Scenario.Tech, CancellationToken.None));
                    break;
                case 2:
                    await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket, Scenario.Tech, CancellationToken.None));
                    break;
                default:
                    break;
            }
        }

        var states = new HashSet<SlaClockState>();
        foreach (var now in new[] { Local(7, 9), Local(7, 17, 30), Local(8, 9, 30), Local(8, 16), Local(9, 12), Local(14, 9) })
        {
            var expected = new Dictionary<(Guid, SlaClockState), int>();
            foreach (var number in tickets)
            {
                var ticket = await s.GetAsync(number);
                if (ticket.State == TicketState.Open)
                {
                    var key = (ticket.Desk.Id, ticket.Sla.Solution.StateAt(now, ticket.Sla));
                    expected[key] = expected.GetValueOrDefault(key) + 1;
                }
            }

            var counted = (await db.WithTickets((ITicketOverview t) => t.CountOpenTicketsAsync(now, CancellationToken.None)))
                .Where(c => c.DeskId == slaDesk || c.DeskId == plainDesk)
                .ToDictionary(c => (c.DeskId, c.State), c => c.Count);

            Assert.Equal(expected.OrderBy(e => e.Key).ToList(), counted.OrderBy(c => c.Key).ToList());
            states.UnionWith(counted.Keys.Select(k => k.Item2));
        }

        // The generated data reaches every state an open ticket can be in, so each branch of the SQL was compared.
        Assert.Superset(new HashSet<SlaClockState> { SlaClockState.NoSla, SlaClockState.Paused, SlaClockState.OnTime, SlaClockState.Expiring, SlaClockState.Late }, states);
    }

    private async Task<Guid> SlaDeskAsync(Scenario s)
    {
        var deskId = await s.DeskAsync(review: false);
        var desk = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == deskId);
        var saved = await db.WithTickets((ITicketSla t) => t.SaveDeskSlaAsync(new SaveDeskSlaRequest(
            deskId, true, 95, true,
            [new(desk.Priorities[0].Id, 60, 600), new(desk.Priorities[1].Id, 30, 240)],
            [new(desk.Stages[0].Id, 30)],
            []), CancellationToken.None));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return deskId;
    }
}
