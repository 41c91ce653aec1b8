using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity.Administration;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>
/// "+ Usuário cliente" and <c>POST /clients/{id}/users</c>: a new client user in the Clientes group, invited by the
/// same e-mailed link as staff (<see cref="AccountLinks"/>); or, when the e-mail is already a client user's, that person
/// linked to this client as well. A staff e-mail is refused: one login is either the MSP's or a client's.
/// </summary>
internal sealed class InviteClientUser(
    UserManager<TifluxUser> users,
    TifluxIdentityDbContext db,
    ILookupNormalizer normalizer,
    TeamChange change,
    AccountLinks links,
    IContractsModule contracts,
    ClientUserRequestor requestor)
{
    public const string StaffEmail = "Este e-mail é de um usuário da equipe; um usuário cliente precisa de outro e-mail.";
    public const string AlreadyLinked = "Este usuário cliente já tem acesso a este cliente.";

    public async Task<Result<ClientUserInvitation>> HandleAsync(Guid clientId, ClientUserFields fields, UserActor actor, CancellationToken cancellationToken)
    {
        var errors = UserFieldRules.Check(fields.Name, fields.Email, fields.Phone, partial: false);
        if (fields.Extension is { Length: > 0 } extension && (extension.Trim().Length > 10 || !extension.Trim().All(char.IsAsciiDigit)))
        {
            errors.Add(Error.Validation("Extension", "Ramal inválido: use só números."));
        }

        if (errors.Count > 0)
        {
            return Result<ClientUserInvitation>.Failure(errors);
        }

        if (await contracts.GetClientAsync(clientId, cancellationToken) is not { } client)
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        var email = fields.Email.Trim();
        TifluxUser user;
        bool linked;
        await using (var transaction = await change.BeginAsync(cancellationToken))
        {
            var existing = await users.FindByEmailAsync(email);
            if (existing is { Kind: UserKind.Staff })
            {
                return Error.Validation("Email", StaffEmail);
            }

            if (existing is not null && existing.ClientIds.Contains(clientId))
            {
                return Error.Validation("Email", AlreadyLinked);
            }

            linked = existing is not null;
            if (existing is not null)
            {
                user = existing;
                user.ClientIds = [.. user.ClientIds, clientId];
                user.ClientId ??= clientId;
                change.Audit(actor, "Usuário cliente vinculado", email, $"Cliente: {client.Name}; permissões do portal mantidas: {ClientUserText.Permissions(user.PortalPermissions)}");
            }
            else
            {
                var group = await db.Roles.FirstOrDefaultAsync(g => g.NormalizedName == normalizer.NormalizeName(DefaultPermissionGroups.Clients), cancellationToken);
                user = new TifluxUser
                {
                    UserName = email,
                    Email = email,
                    FullName = fields.Name.Trim(),
                    PhoneNumber = UserFieldRules.Phone(fields.Phone),
                    Kind = UserKind.Client,
                    ClientId = clientId,
                    ClientIds = [clientId],
                    PortalPermissions = PortalPermissionCatalog.Known(fields.Permissions),
                };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    return Result<ClientUserInvitation>.Failure([.. created.Errors.Select(e => Error.Validation("Email", e.Description))]);
                }

                if (group is not null)
                {
                    db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = group.Id });
                }

                change.Audit(actor, "Usuário cliente convidado", email,
                    $"Nome: {user.FullName}; cliente: {client.Name}; permissões do portal: {ClientUserText.Permissions(user.PortalPermissions)}");
            }

            var committed = await change.CommitAsync(transaction, cancellationToken);
            if (!committed.IsSuccess)
            {
                return Result<ClientUserInvitation>.Failure(committed.Errors);
            }
        }

        // After the commit, like the staff invitation: neither the requestor nor the e-mail announces a user not saved.
        var ensured = await requestor.EnsureAsync(clientId, fields with { Email = email }, actor, cancellationToken);
        if (!ensured.IsSuccess)
        {
            return Result<ClientUserInvitation>.Failure(ensured.Errors);
        }

        if (!linked)
        {
            var sent = await links.SendAsync(user, AccountLinkPurpose.Invitation, actor, cancellationToken);
            if (!sent.IsSuccess)
            {
                return Result<ClientUserInvitation>.Failure(sent.Errors);
            }
        }

        return Result<ClientUserInvitation>.Success(new ClientUserInvitation(user.Id, linked));
    }
}
