using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The desk form: lists are typed one item per line; statuses as "Nome | aberto/fechado/cancelado".</summary>
public sealed class DeskInput
{
    public Guid? Id { get; set; }

    public string? Name { get; set; }

    public string? Stages { get; set; }

    public string? Statuses { get; set; }

    public string? Priorities { get; set; }

    public List<Guid> ClientIds { get; set; } = [];

    /// <summary>Grupos de atendentes that serve the desk; none: every group.</summary>
    public List<Guid> AttendantGroupIds { get; set; } = [];

    public DeskValuationMode ValuationMode { get; set; } = DeskValuationMode.WithValuation;

    public bool ReviewEnabled { get; set; }

    public ReviewerKind ReviewerKind { get; set; } = ReviewerKind.Both;

    public int ReviewDeadlineHours { get; set; } = 72;

    public bool MayReopenReviewed { get; set; }

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public static string KindWord(StatusKind kind) => kind switch
    {
        StatusKind.Open => "aberto",
        StatusKind.Closed => "fechado",
        _ => "cancelado",
    };

    public IReadOnlyList<DeskStatusRequest> ParseStatuses() =>
        [.. Lines(Statuses).Select(line =>
        {
            var parts = line.Split('|', 2, StringSplitOptions.TrimEntries);
            var kind = parts.Length < 2 ? StatusKind.Open : parts[1].ToLowerInvariant() switch
            {
                "fechado" => StatusKind.Closed,
                "cancelado" => StatusKind.Cancelled,
                _ => StatusKind.Open,
            };
            return new DeskStatusRequest(parts[0], kind);
        })];

    public static DeskInput From(DeskDto desk) => new()
    {
        Id = desk.Id,
        Name = desk.Name,
        Stages = string.Join('\n', desk.Stages.Select(s => s.Name)),
        Statuses = string.Join('\n', desk.Statuses.Select(s => $"{s.Name} | {KindWord(s.Kind)}")),
        Priorities = string.Join('\n', desk.Priorities.Select(s => s.Name)),
        ClientIds = [.. desk.ClientIds],
        AttendantGroupIds = [.. desk.AttendantGroupIds],
        ValuationMode = desk.ValuationMode,
        ReviewEnabled = desk.ReviewEnabled,
        ReviewerKind = desk.ReviewerKind,
        ReviewDeadlineHours = desk.ReviewDeadlineHours,
        MayReopenReviewed = desk.MayReopenReviewed,
    };

    public static DeskInput Blank() => new()
    {
        Stages = "Triagem\nAtendimento\nConcluído",
        Statuses = "Aberto | aberto\nEm atendimento | aberto\nFechado | fechado\nCancelado | cancelado",
        Priorities = "Baixa\nMédia\nAlta",
    };
}
