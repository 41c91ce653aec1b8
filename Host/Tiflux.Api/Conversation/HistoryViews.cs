using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Conversation;

/// <summary>History rows in Tiflux's shape: <c>_type_id_attr</c> is the API id of the time entry, answer, note, file or extra.</summary>
internal static class HistoryViews
{
    public static async Task<IReadOnlyList<HistoryItem>> BuildAsync(
        IReadOnlyList<TicketHistoryDto> rows, TicketDto ticket, ITicketConversation conversation, PublicIds ids, IUserDirectory users, CancellationToken cancellationToken)
    {
        var kinds = await SubjectKindsAsync(rows, ticket, conversation, cancellationToken);
        var batch = new PublicIdBatch().AddRange(PublicIdKind.TicketHistory, rows.Select(r => r.Id));
        foreach (var row in rows)
        {
            batch.Add(PublicIdKind.User, row.UserId);
            if (row.SubjectId is { } subject && kinds.TryGetValue(subject, out var kind))
            {
                batch.Add(kind, subject);
            }
        }

        var map = await ids.AssignAsync(batch, cancellationToken);
        var people = new Dictionary<Guid, DirectoryUser?>();
        foreach (var userId in rows.Select(r => r.UserId).OfType<Guid>().Distinct())
        {
            people[userId] = await users.FindAsync(userId);
        }

        return [.. rows.Select(r => new HistoryItem(
            map[PublicIdKind.TicketHistory, r.Id],
            ApiResults.DateTime(r.At),
            r.Operation.ToString().ToLowerInvariant(),
            r.Area.ToString().ToLowerInvariant(),
            r.SubjectId is { } subject && kinds.TryGetValue(subject, out var kind) ? map.Find(kind, subject) : null,
            r.Action,
            new Dictionary<string, string> { ["description"] = r.What },
            new HistoryChanges(
                [.. r.Changes.Select(c => c.Field)],
                r.Changes.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Last().Old),
                r.Changes.GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.Last().New)),
            r.UserId is { } id ? new HistoryUser(map[PublicIdKind.User, id], people[id]?.DisplayName ?? r.UserName, people[id]?.Email ?? "") : null))];
    }

    /// <summary>
    /// What each row's subject is. The history names the area only, so time entries and extras follow from it and the
    /// communication subjects are looked up among the ticket's current answers, notes and files.
    /// </summary>
    private static async Task<Dictionary<Guid, PublicIdKind>> SubjectKindsAsync(
        IReadOnlyList<TicketHistoryDto> rows, TicketDto ticket, ITicketConversation conversation, CancellationToken cancellationToken)
    {
        var kinds = new Dictionary<Guid, PublicIdKind>();
        foreach (var row in rows.Where(r => r.SubjectId is not null))
        {
            // A deleted time entry or extra keeps the id it had (or gets one): the row still names it.
            if (row.Area == HistoryArea.Appointment)
            {
                kinds[row.SubjectId!.Value] = PublicIdKind.Appointment;
            }
            else if (row.Area == HistoryArea.Valuation)
            {
                kinds[row.SubjectId!.Value] = PublicIdKind.Extra;
            }
        }

        if (rows.Any(r => r.Area == HistoryArea.Communication && r.SubjectId is not null))
        {
            const int All = 10_000;
            if ((await conversation.ListAnswersAsync(ticket.Number, 1, All, cancellationToken)) is { IsSuccess: true } answers)
            {
                Add(kinds, answers.Value.Items.Select(a => a.Id), PublicIdKind.TicketAnswer);
            }

            if ((await conversation.ListInternalNotesAsync(ticket.Number, 1, All, cancellationToken)) is { IsSuccess: true } notes)
            {
                Add(kinds, notes.Value.Items.Select(n => n.Id), PublicIdKind.InternalNote);
            }

            if ((await conversation.ListFilesAsync(ticket.Number, false, 1, All, cancellationToken)) is { IsSuccess: true } files)
            {
                Add(kinds, files.Value.Items.Select(f => f.Id), PublicIdKind.TicketFile);
            }
        }

        return kinds;
    }

    private static void Add(Dictionary<Guid, PublicIdKind> kinds, IEnumerable<Guid> ids, PublicIdKind kind)
    {
        foreach (var id in ids)
        {
            kinds.TryAdd(id, kind);
        }
    }
}
