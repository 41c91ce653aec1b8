using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>Relatórios: a menu of the reports that exist, grouped as in Tiflux, showing only those the user may open.</summary>
public sealed class IndexModel(PageAccess access) : PageModel
{
    /// <summary>One entry: the page it opens and one line saying what it shows.</summary>
    public sealed record Report(string Title, string Href, string Description);

    public sealed record ReportGroup(string Title, string Id, IReadOnlyList<Report> Reports);

    /// <summary>Every report of the app, by group; links to the pages that produce them.</summary>
    public static IReadOnlyList<ReportGroup> Catalog { get; } =
    [
        new("Faturamento", "faturamento",
        [
            new("Faturamentos pendentes", "/faturamento", "Valores a faturar por cliente até uma data, com a explicação de cada linha."),
            new("Histórico de faturamentos", "/faturamento/historico",
                "Faturamentos emitidos, estornados e pagos, com o relatório de fechamento em PDF (Sintético, Detalhado sem apontamentos, Detalhado com apontamentos, Detalhado com grupo de recurso)."),
            new("Erros de faturamento em lote", "/faturamento/automatico",
                "Ciclos que o faturamento automático não conseguiu faturar, com o motivo, para tentar de novo ou ignorar."),
            new("Extrato consumo de cliente", "/relatorios/extrato",
                "Horas, tickets ou crédito incluídos, consumidos e excedentes por ciclo, com os apontamentos (XLSX ou PDF)."),
            new("Gráfico consumo contrato", "/relatorios/grafico-consumo-contrato",
                "Consumo de cada contrato por ciclo (últimos 12), incluído contra consumido, em gráfico e tabela; filtra por clientes."),
            new("Reajuste de contrato", "/contratos/reajuste", "Contratos com reajuste no período, pendentes primeiro, com o último reajuste e o valor antes e depois, para reajustar em lote."),
            new("Conciliação", "/relatorios/conciliacao", "Cada minuto, deslocamento e gasto extra do período em um só grupo (faturado, coberto, garantia, baixado, pendente), com os problemas."),
            new("Gastos Extras", "/relatorios/gastos-extras", "Valorizações extras por período, cliente, ticket e despesa, faturadas ou não, com totais (XLSX)."),
        ]),
        new("Atendentes", "atendentes",
        [
            new("Deslocamentos", "/relatorios/deslocamentos", "Deslocamentos por técnico, cliente e ticket, com caronas e totais por técnico (XLSX)."),
            new("Extrato de apontamentos", "/relatorios/apontamentos",
                "Apontamentos com tempo lançado e faturável, modo, contrato ou serviço, valor e situação; valor manual à parte (XLSX)."),
        ]),
        new("Tickets", "tickets",
        [
            new("Tickets", "/tickets", "Tickets por cliente, mesa, situação e período, com os apontamentos de cada um."),
            new("Fila de revisão", "/tickets/revisao", "Tickets fechados aguardando revisão antes de seguirem para o faturamento."),
        ]),
        new("Mensagens", "mensagens",
        [
            new("Mensagens enviadas", "/configuracoes/mensagens", "E-mails na fila, enviados e com falha, com o motivo e o reenvio."),
        ]),
    ];

    /// <summary>The groups with at least one report this user may open, holding only those reports.</summary>
    public IReadOnlyList<ReportGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var groups = new List<ReportGroup>();
        foreach (var group in Catalog)
        {
            var visible = new List<Report>();
            foreach (var report in group.Reports)
            {
                if (await access.CanOpenAsync(User, report.Href))
                {
                    visible.Add(report);
                }
            }

            if (visible.Count > 0)
            {
                groups.Add(group with { Reports = visible });
            }
        }

        Groups = groups;
    }
}
