using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Tests.Integration;

public sealed class ClientTests : ContractsFixture
{
    [Fact]
    public async Task CreateClient_StoresTheTaxIdNormalised()
    {
        var id = await NewClientAsync("Padaria", Requests.ValidCnpj);

        var client = await Module(m => m.GetClientAsync(id, default));

        Assert.Equal("11222333000181", client!.TaxId);
        Assert.Equal("11.222.333/0001-81", client.TaxIdFormatted);
    }

    [Theory]
    [InlineData("11.222.333/0001-82")]
    [InlineData("529.982.247-24")]
    [InlineData("123")]
    public async Task CreateClient_WithWrongCheckDigits_IsRefusedAndNothingIsSaved(string taxId)
    {
        var result = await Clients(c => c.CreateClientAsync(new SaveClientRequest("X", "X Ltda", taxId, [], ClosingReportLayout.Detailed, ""), default));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("TaxId", "CPF/CNPJ inválido: confira os dígitos verificadores."), (error.Field, error.Message));
        Assert.Equal(0, await CountAsync("clients"));
    }

    [Fact]
    public async Task CreateClient_WithATaxIdAlreadyUsed_IsRefused()
    {
        await NewClientAsync("Primeiro", Requests.ValidCpf);

        var result = await Clients(c => c.CreateClientAsync(new SaveClientRequest("Segundo", "S", "52998224725", [], ClosingReportLayout.Detailed, ""), default));

        Assert.Equal("Já existe um cliente com este CPF/CNPJ.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task CreateClient_WithAnInvalidFinanceEmail_IsRefused()
    {
        var result = await Clients(c => c.CreateClientAsync(new SaveClientRequest("X", "X", Requests.ValidCnpj, ["ok@a.com.br, nao-e-email"], ClosingReportLayout.Detailed, ""), default));

        Assert.Equal(("FinanceEmails", "E-mail inválido: nao-e-email."), (Assert.Single(result.Errors).Field, result.Errors[0].Message));
    }

    [Fact]
    public async Task InactivateClient_WithAnActiveContract_IsRefused_ButWorksOnceCancelled()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var contract = await NewContractAsync(client, ContractModality.Free);

        var refused = await Clients(c => c.SetClientActiveAsync(client, false, default));
        await Admin(a => a.CancelContractAsync(contract, new DateOnly(2026, 3, 1), "Encerrado", default));
        var accepted = await Clients(c => c.SetClientActiveAsync(client, false, default));

        Assert.Contains("contratos ativos", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.True(accepted.IsSuccess);
        Assert.False((await Module(m => m.GetClientAsync(client, default)))!.Active);
    }

    [Fact]
    public async Task Resources_BelongToGroups_AndAreListedWithTheirGroupName()
    {
        var client = await NewClientAsync("Indústria", Requests.ValidCnpj);
        var group = (await Clients(c => c.AddResourceGroupAsync(client, "Produção", default))).Value;
        await Clients(c => c.AddResourceAsync(new AddResourceRequest(client, "CLP-01", "", group), default));

        var resources = await Module(m => m.GetResourcesAsync(client, default));

        Assert.Equal(("CLP-01", "Produção"), (Assert.Single(resources).Name, resources[0].ResourceGroupName));
    }
}

public sealed class ClientWithTicketsTests : ContractsFixture
{
    [Fact]
    public async Task InactivateClient_WithAnOpenTicket_IsRefused()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var desk = await Services.InScopeAsync<Tickets.PublicApi.ITicketSetup, SharedKernel.Result<Guid>>(t => t.SaveDeskAsync(new Tickets.PublicApi.SaveDeskRequest(
            null, "Suporte", ["Triagem"], [new("Aberto", Tickets.PublicApi.StatusKind.Open), new("Fechado", Tickets.PublicApi.StatusKind.Closed), new("Cancelado", Tickets.PublicApi.StatusKind.Cancelled)],
            ["Normal"], [client], Tickets.PublicApi.DeskValuationMode.WithValuation, false, Tickets.PublicApi.ReviewerKind.Both, 72, true), default));
        Assert.True(desk.IsSuccess, string.Join("; ", desk.Errors.Select(e => e.Message)));
        var ticket = await Services.InScopeAsync<Tickets.PublicApi.ITicketLifecycle, SharedKernel.Result<int>>(t => t.CreateTicketAsync(
            new Tickets.PublicApi.CreateTicketRequest("Impressora", "Não imprime", client, desk.Value, null, null, null, "Ana", null, null),
            new Tickets.PublicApi.ActorDto(Guid.NewGuid(), "Téc"), default));
        Assert.True(ticket.IsSuccess, string.Join("; ", ticket.Errors.Select(e => e.Message)));

        var result = await Clients(c => c.SetClientActiveAsync(client, false, default));

        Assert.Equal("O cliente tem tickets abertos ou aguardando revisão e não pode ser inativado.", Assert.Single(result.Errors).Message);
    }
}
