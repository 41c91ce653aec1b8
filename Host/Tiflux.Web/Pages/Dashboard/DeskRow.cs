using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Dashboard;

/// <summary>One desk's open tickets per SLA state, linking to the desk's open tickets.</summary>
public sealed record DeskRow(Guid DeskId, string Name, IReadOnlyDictionary<SlaClockState, int> ByState)
{
    public int Total => ByState.Values.Sum();

    public int Count(SlaClockState state) => ByState.GetValueOrDefault(state);

    public string Link => $"/tickets?mesa={DeskId}&situacao=Open";
}
