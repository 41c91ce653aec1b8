using Microsoft.AspNetCore.Identity;
using Tiflux.Api.Users;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Identity.Administration;

/// <summary>Creates a staff user with no password in their groups, then e-mails the invitation to set one.</summary>
internal sealed class InviteUser(UserManager<TifluxUser> users, TeamChange change, GroupMemberships memberships, AccountLinks links)
{
    public async Task<Result<Guid>> HandleAsync(UserFields fields, UserActor actor, CancellationToken cancellationToken)
    {
        var errors = UserFieldRules.Check(fields.Name, fields.Email, fields.Phone, partial: false);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var email = fields.Email.Trim();
        TifluxUser user;
        await using (var transaction = await change.BeginAsync(cancellationToken))
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                return Error.Validation("Email", UserFieldRules.DuplicateEmail);
            }

            var permissionGroups = fields.PermissionGroupIds is { } ids
                ? await memberships.PermissionGroupsAsync(ids, cancellationToken)
                : await memberships.DefaultForNewStaffAsync(cancellationToken);
            var attendantGroups = await memberships.AttendantGroupsAsync(fields.AttendantGroupIds, cancellationToken);
            if (!permissionGroups.IsSuccess || !attendantGroups.IsSuccess)
            {
                return Result<Guid>.Failure([.. permissionGroups.Errors, .. attendantGroups.Errors]);
            }

            user = new TifluxUser
            {
                UserName = email,
                Email = email,
                FullName = fields.Name.Trim(),
                PhoneNumber = UserFieldRules.Phone(fields.Phone),
                Kind = UserKind.Staff,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Result<Guid>.Failure([.. created.Errors.Select(e => Error.Validation("Email", e.Description))]);
            }

            await memberships.ReplacePermissionGroupsAsync(user.Id, permissionGroups.Value, cancellationToken);
            await memberships.ReplaceAttendantGroupsAsync(user.Id, attendantGroups.Value, cancellationToken);
            change.Audit(actor, "Usuário convidado", email,
                $"Nome: {user.FullName}; grupos de permissão: {GroupMemberships.Join(permissionGroups.Value.Select(g => g.Name!))}; " +
                $"grupos de atendentes: {GroupMemberships.Join(attendantGroups.Value.Select(g => g.Name))}");
            var committed = await change.CommitAsync(transaction, cancellationToken);
            if (!committed.IsSuccess)
            {
                return Result<Guid>.Failure(committed.Errors);
            }
        }

        // After the commit: an e-mail never announces a user who was not saved. If queueing fails, "Reenviar convite" sends it again.
        var sent = await links.SendAsync(user, AccountLinkPurpose.Invitation, actor, cancellationToken);
        return sent.IsSuccess ? Result<Guid>.Success(user.Id) : Result<Guid>.Failure(sent.Errors);
    }
}
