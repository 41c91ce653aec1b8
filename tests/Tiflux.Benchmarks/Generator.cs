using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Benchmarks;

/// <summary>Sizes and seed of a generated data set.</summary>
internal sealed record GenerateSpec(int Seed, int Clients, int Tickets, int Entries, int DueContracts)
{
    public static GenerateSpec From(Options o) => new(
        o.Int("seed", 42), o.Int("clients", 1000), o.Int("tickets", 100_000), o.Int("entries", 500_000), o.Int("due-contracts", 0));
}

/// <summary>
/// Deterministic data set: schema from the modules' own migrations, reference data (contract types, catalog, desks)
/// through the module facades, then clients, contracts of the seven modalities, riders, SaaS items, tickets (open,
/// awaiting review, reviewed, cancelled), contract and standalone time entries with travel, warranty and manual values,
/// and extras, bulk-loaded with binary COPY. Same seed and sizes, same rows (dates are fixed, never today).
/// </summary>
internal static class Generator
{
    /// <summary>The base date of every benchmark: pending billing "up to" and the automatic run date.</summary>
    public static readonly DateOnly BaseDate = new(2026, 6, 10);

    public static readonly DateOnly DataStart = new(2026, 1, 1);

    public static readonly DateOnly DueStart = new(2026, 6, 1);

    public const string ReportClientName = "Relatório 150 linhas";

    public const int ReportRows = 150;

    private static readonly DateTimeOffset CreatedAt = new(2025, 12, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Prefixes =
    [
        "Padaria", "Clínica", "Escritório", "Metalúrgica", "Advocacia", "Farmácia", "Colégio", "Transportadora", "Construtora",
        "Imobiliária", "Laboratório", "Hotel", "Supermercado", "Contabilidade", "Auto Peças", "Ótica", "Academia", "Restaurante",
    ];

    private static readonly string[] Names =
    [
        "Pão Quente", "Sorriso", "Exato", "Forte", "Lima & Souza", "Vida", "Saber", "Rápido", "Horizonte", "Aurora", "Boa Vista",
        "Central", "Nova Era", "Primavera", "São Jorge", "Itapuã", "Pampulha", "Ipiranga", "Tropical", "Atlântico",
    ];

    private static readonly (ContractModality Modality, int Weight)[] Mix =
    [
        (ContractModality.Free, 15), (ContractModality.PerTicket, 10), (ContractModality.SaasProduct, 15), (ContractModality.Hours, 25),
        (ContractModality.CumulativeHours, 10), (ContractModality.Credit, 15), (ContractModality.SharedCredit, 10),
    ];

    private static readonly string[] Technicians =
        ["Tiago Técnico", "Paula Suporte", "Rafael Redes", "Camila Campo", "Bruno Backup", "Juliana Infra", "Marcos Help Desk", "Ana Servidores"];

    private static readonly string[] Titles =
    [
        "Servidor de arquivos lento", "Impressora não imprime em rede", "Troca de switch na recepção", "Migração de e-mail para a nuvem",
        "VPN não conecta", "Backup falhou esta noite", "Instalação de estação nova", "Senha expirada no ERP", "Wi-Fi instável no 2º andar",
        "Atualização do antivírus", "Certificado digital vencido", "Lentidão no sistema fiscal",
    ];

    public static async Task RunAsync(Options options, CancellationToken cancellationToken)
    {
        var connectionString = await BenchDatabase.PrepareAsync(options.Require("server"), options.Get("db"), options.Has("force"), cancellationToken);
        var spec = GenerateSpec.From(options);
        await GenerateAsync(connectionString, spec, cancellationToken);
    }

    public static async Task GenerateAsync(string connectionString, GenerateSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Clients < 3 || spec.Tickets < 1 || spec.Entries < 1)
        {
            throw new BenchException("Sizes: at least --clients 3 --tickets 1 --entries 1.");
        }

        var clock = Stopwatch.StartNew();
        await using (var provider = BenchServices.Build(connectionString))
        {
            await BenchServices.MigrateAsync(provider, cancellationToken);
            var reference = await ReferenceDataAsync(provider, cancellationToken);
            Console.Error.WriteLine($"[generate] schema and reference data in {clock.Elapsed.TotalSeconds:0.0} s");
            var counts = await BulkAsync(connectionString, spec, reference, cancellationToken);
            Console.Error.WriteLine($"[generate] {counts} in {clock.Elapsed.TotalSeconds:0.0} s (seed {spec.Seed})");
        }
    }

    private sealed record Reference(
        Dictionary<ContractModality, Guid> Types,
        (Guid Id, string Name, decimal External, decimal Remote, decimal Internal) Service,
        (Guid Id, string Name, decimal Value) Travel,
        (Guid Id, string Name, decimal UnitValue)[] Expenses,
        DeskDto[] Desks);

    private static async Task<Reference> ReferenceDataAsync(ServiceProvider provider, CancellationToken ct)
    {
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var catalog = sp.GetRequiredService<ICatalogAdministration>();
        var setup = sp.GetRequiredService<ITicketSetup>();
        var types = new Dictionary<ContractModality, Guid>();
        foreach (var (name, modality) in new[]
        {
            ("Suporte Livre", ContractModality.Free), ("Pacote de Atendimentos", ContractModality.PerTicket), ("Licenças SaaS", ContractModality.SaasProduct),
            ("Banco de Horas", ContractModality.Hours), ("Horas Cumulativas", ContractModality.CumulativeHours), ("Crédito de Serviços", ContractModality.Credit),
            ("Crédito Compartilhado", ContractModality.SharedCredit),
        })
        {
            types[modality] = Value(await contracts.CreateContractTypeAsync(name, modality, ct));
        }

        var service = Value(await catalog.SaveStandaloneServiceAsync(null, new("Suporte técnico avulso", null, 250m, 160m, 190m, true), ct));
        var travel = Value(await catalog.SaveTravelAsync(null, new("Visita região metropolitana", 80m, TravelScope.All, null, null, true), ct));
        var cable = Value(await catalog.SaveExtraExpenseAsync(null, new("Cabo de rede Cat6 (metro)", 3.50m, "Cabo UTP Cat6 por metro", true), ct));
        var ssd = Value(await catalog.SaveExtraExpenseAsync(null, new("SSD 480 GB", 320m, "SSD SATA 480 GB instalado", true), ct));
        var memory = Value(await catalog.SaveExtraExpenseAsync(null, new("Memória 16 GB DDR4", 260m, "Pente de memória instalado", true), ct));

        DeskStatusRequest[] statuses =
        [
            new("Aberto", StatusKind.Open), new("Em atendimento", StatusKind.Open), new("Aguardando cliente", StatusKind.Open),
            new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled),
        ];
        string[] priorities = ["Baixa", "Média", "Alta", "Urgente"];
        Value(await setup.SaveDeskAsync(new SaveDeskRequest(null, "Suporte", ["Triagem", "Atendimento", "Validação", "Concluído"], statuses, priorities, [],
            DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false), ct));
        Value(await setup.SaveDeskAsync(new SaveDeskRequest(null, "Projetos", ["Planejamento", "Execução", "Entrega"], statuses, priorities, [],
            DeskValuationMode.WithValuation, false, ReviewerKind.PermissionedUsers, 72, true), ct));
        var desks = (await setup.GetDesksAsync(ct)).OrderBy(d => d.Name, StringComparer.Ordinal).ToArray();
        return new Reference(
            types,
            (service, "Suporte técnico avulso", 250m, 160m, 190m),
            (travel, "Visita região metropolitana", 80m),
            [(cable, "Cabo de rede Cat6 (metro)", 3.50m), (ssd, "SSD 480 GB", 320m), (memory, "Memória 16 GB DDR4", 260m)],
            desks);
    }

    private static T Value<T>(Result<T> result) => result.IsSuccess
        ? result.Value
        : throw new BenchException("Reference data rejected: " + string.Join("; ", result.Errors.Select(e => e.Message)));

    private static Result<Guid> Value(Result result) => result.IsSuccess
        ? Result<Guid>.Success(Guid.Empty)
        : throw new BenchException("Reference data rejected: " + string.Join("; ", result.Errors.Select(e => e.Message)));

    private sealed record ContractRow(Guid Id, Guid RiderId, Guid ClientId, string Name, ContractModality Modality);

    private static async Task<string> BulkAsync(string connectionString, GenerateSpec spec, Reference reference, CancellationToken ct)
    {
        var rng = new Random(spec.Seed);
        Guid NewId()
        {
            Span<byte> bytes = stackalloc byte[16];
            rng.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);

        // Clients: spec.Clients ordinary ones plus the report client (150 standalone lines for the PDF benchmark).
        var clientIds = new Guid[spec.Clients + 1];
        var clientNames = new string[spec.Clients + 1];
        await using (var copy = await CopyTable.OpenAsync(connection, "contracts", "clients",
            "id", "name", "legal_name", "tax_id", "finance_emails", "report_layout", "notes", "active", "created_at"))
        {
            for (var i = 0; i <= spec.Clients; i++)
            {
                clientIds[i] = NewId();
                clientNames[i] = i == spec.Clients ? ReportClientName
                    : $"{Prefixes[i % Prefixes.Length]} {Names[(i / Prefixes.Length) % Names.Length]} {i + 1:D5}";
                var layout = (ClosingReportLayout)(1 + (rng.Next(10) switch { < 2 => 0, < 8 => 1, _ => 2 }));
                await copy.RowAsync(clientIds[i], clientNames[i], clientNames[i] + " Ltda", Cnpj(i), new[] { $"financeiro{i + 1}@cliente{i + 1}.com.br" },
                    layout, "", true, CreatedAt);
            }

            await copy.CompleteAsync();
        }

        // Contracts: one main contract per client by the modality mix, a second Livre/SaaS contract for 30%, shared
        // credits with the next two clients as members, and the due automatic contracts of the run benchmark.
        var contracts = new List<(ContractRow Row, BillingTiming Timing, int DaysBefore, bool Automatic, DateOnly Start, int DueDay, Guid[] Members)>();
        var byClient = new List<ContractRow>[spec.Clients];
        for (var i = 0; i < spec.Clients; i++)
        {
            byClient[i] = [];
        }

        var number = 0;
        void AddContract(int client, ContractModality modality, bool automatic, DateOnly start, int dueDay, BillingTiming timing, int daysBefore, Guid[] members)
        {
            number++;
            var row = new ContractRow(NewId(), NewId(), clientIds[client], $"{ModalityLabel(modality)} {number:D6}", modality);
            contracts.Add((row, timing, daysBefore, automatic, start, dueDay, members));
            if (!automatic)
            {
                byClient[client].Add(row);
                foreach (var member in members)
                {
                    byClient[Array.IndexOf(clientIds, member)].Add(row);
                }
            }
        }

        for (var i = 0; i < spec.Clients; i++)
        {
            var modality = Pick(rng);
            if (modality == ContractModality.SharedCredit && i + 2 >= spec.Clients)
            {
                modality = ContractModality.Credit;
            }

            var members = modality == ContractModality.SharedCredit ? new[] { clientIds[i + 1], clientIds[i + 2] } : [];
            AddContract(i, modality, false, DataStart, 5 * (1 + rng.Next(4)), rng.Next(2) == 0 ? BillingTiming.InAdvance : BillingTiming.InArrears, rng.Next(6), members);
            if (rng.Next(10) < 3)
            {
                AddContract(i, rng.Next(2) == 0 ? ContractModality.Free : ContractModality.SaasProduct, false, DataStart, 10, BillingTiming.InAdvance, rng.Next(6), []);
            }
        }

        ContractModality[] automaticMix = [ContractModality.Free, ContractModality.SaasProduct, ContractModality.Hours];
        for (var j = 0; j < spec.DueContracts; j++)
        {
            AddContract(j % spec.Clients, automaticMix[j % automaticMix.Length], true, DueStart, 10, BillingTiming.InAdvance, 0, []);
        }

        await using (var copy = await CopyTable.OpenAsync(connection, "contracts", "contracts",
            "id", "number", "name", "client_id", "contract_type_id", "modality", "billing_timing", "billing_days_before", "automatic_billing",
            "start_date", "expiration_date", "duration_months", "automatic_renewal", "cycle_anchor", "permit_entries_while_pending_adjustment",
            "cancellation_reason", "technical_notes", "rollover_cap_minutes", "rollover_expiry_cycles", "time_rounding_increment_minutes",
            "minimum_minutes_per_entry", "reminder_enabled", "reminder_emails", "shared_member_client_ids", "created_at"))
        {
            var n = 0;
            foreach (var c in contracts)
            {
                n++;
                var cumulative = c.Row.Modality == ContractModality.CumulativeHours;
                await copy.RowAsync(c.Row.Id, n, c.Row.Name, c.Row.ClientId, reference.Types[c.Row.Modality], c.Row.Modality, c.Timing, c.DaysBefore,
                    c.Automatic, c.Start, c.Start.AddMonths(12).AddDays(-1), 12, true, CycleAnchor.CalendarMonth, true, "", "",
                    cumulative ? 32 * 60 : null, cumulative ? 3 : null, 0, 0, false, Array.Empty<string>(), c.Members, CreatedAt);
            }

            await copy.CompleteAsync();
        }

        await using (var riders = await CopyTable.OpenAsync(connection, "contracts", "contract_riders",
            "id", "contract_id", "release", "start_date", "due_day", "value", "discount_value", "discount_type", "included_minutes",
            "surplus_hour_rate", "tax", "external_rate", "remote_rate", "internal_rate", "included_tickets", "extra_ticket_value", "reason",
            "created_by", "created_at"))
        {
            foreach (var c in contracts)
            {
                var value = 500m + (rng.Next(60) * 100m);
                object?[] terms = c.Row.Modality switch
                {
                    ContractModality.Hours or ContractModality.CumulativeHours => [(10 + rng.Next(31)) * 60, 120m + (rng.Next(9) * 10m), null, null, null, null, null, null],
                    ContractModality.Credit or ContractModality.SharedCredit => [null, null, 300m + (rng.Next(8) * 100m), 220m, 150m, 180m, null, null],
                    ContractModality.PerTicket => [null, null, null, null, null, null, 5 + rng.Next(20), 150m + (rng.Next(6) * 10m)],
                    _ => [null, null, null, null, null, null, null, null],
                };
                if (c.Row.Modality == ContractModality.SaasProduct)
                {
                    value = 0m;
                }

                await riders.RowAsync([c.Row.RiderId, c.Row.Id, 1, c.Start, c.DueDay, value, 0m, DiscountType.Currency, .. terms, "Contrato inicial", "bench", CreatedAt]);
            }

            await riders.CompleteAsync();
        }

        await using (var items = await CopyTable.OpenAsync(connection, "contracts", "rider_items", "id", "rider_id", "position", "name", "monthly_value", "quantity"))
        {
            foreach (var c in contracts.Where(c => c.Row.Modality == ContractModality.SaasProduct))
            {
                await items.RowAsync(NewId(), c.Row.RiderId, 0, "Microsoft 365 Business Standard", 62.50m, 5 + rng.Next(40));
                await items.RowAsync(NewId(), c.Row.RiderId, 1, "Antivírus gerenciado", 18.90m, 5 + rng.Next(40));
                if (rng.Next(2) == 0)
                {
                    await items.RowAsync(NewId(), c.Row.RiderId, 2, "Backup em nuvem 1 TB", 350m, 1);
                }
            }

            await items.CompleteAsync();
        }

        // Tickets: a two-week window each; reviewed the day after closing, always before the base date.
        var ticketIds = new Guid[spec.Tickets + 1];
        var ticketClient = new int[spec.Tickets + 1];
        var ticketStart = new DateOnly[spec.Tickets + 1];
        var ticketState = new TicketState[spec.Tickets + 1];
        var days = BaseDate.DayNumber - 20 - DataStart.DayNumber;
        await using (var copy = await CopyTable.OpenAsync(connection, "tickets", "tickets",
            "id", "number", "title", "description", "client_id", "client_name", "desk_id", "stage_id", "status_id", "priority_id",
            "responsible_user_id", "responsible_name", "requester_name", "requester_email", "state", "created_at", "closed_at", "review_due_at",
            "reviewed_at", "reviewed_on", "auto_reviewed", "rating", "review_comment", "reopen_count",
            "sla_active", "sla_attendance_target", "sla_attendance_start", "sla_attendance_deadline", "sla_solution_target",
            "sla_solution_start", "sla_solution_deadline", "sla_solution_warn_at"))
        {
            for (var t = 0; t <= spec.Tickets; t++)
            {
                var report = t == spec.Tickets;
                var client = report ? spec.Clients : rng.Next(spec.Clients);
                var state = report ? TicketState.Reviewed : rng.Next(100) switch
                {
                    < 60 => TicketState.Reviewed,
                    < 75 => TicketState.AwaitingReview,
                    < 95 => TicketState.Open,
                    _ => TicketState.Cancelled,
                };
                var start = DataStart.AddDays(rng.Next(days));
                ticketIds[t] = NewId();
                ticketClient[t] = client;
                ticketStart[t] = start;
                ticketState[t] = state;
                var desk = reference.Desks[rng.Next(reference.Desks.Length)];
                var status = desk.Statuses.Where(s => s.Kind == state switch
                {
                    TicketState.Open => StatusKind.Open,
                    TicketState.Cancelled => StatusKind.Cancelled,
                    _ => StatusKind.Closed,
                }).OrderBy(s => s.Position).First();
                var stage = state == TicketState.Open ? desk.Stages.OrderBy(s => s.Position).First() : desk.Stages.OrderBy(s => s.Position).Last();
                var technician = rng.Next(Technicians.Length);
                var created = At(start, 8);
                var closed = state is TicketState.Reviewed or TicketState.AwaitingReview ? At(start.AddDays(15), 18) : (DateTimeOffset?)null;
                var reviewed = state == TicketState.Reviewed ? At(start.AddDays(16), 10) : (DateTimeOffset?)null;
                await copy.RowAsync(ticketIds[t], 1000 + t, report ? "Projeto de infraestrutura (150 apontamentos)" : Titles[rng.Next(Titles.Length)],
                    "Chamado gerado pelo benchmark.", clientIds[client], clientNames[client], desk.Id, stage.Id, status.Id,
                    desk.Priorities[rng.Next(desk.Priorities.Count)].Id, TechnicianId(technician), Technicians[technician], "Contato do cliente",
                    "contato@cliente.example", state, created, closed, closed?.AddHours(72), reviewed, reviewed is null ? null : start.AddDays(16),
                    false, reviewed is null ? null : 3 + rng.Next(3), reviewed is null ? null : "Tudo certo.", 0,
                    // SLA as the desk's clock stores it (04:00 / 16:00 business, about two working days): the ticket
                    // list with sla_info and the sla_expiring_before filter read these columns.
                    true, 240, created, At(start, 12), 960, created, At(start.AddDays(2), 10), At(start.AddDays(2), 8));
            }

            await copy.CompleteAsync();
        }

        var entryCount = 0L;
        await using (var copy = await CopyTable.OpenAsync(connection, "tickets", "time_entries",
            "id", "ticket_id", "date", "start_time", "end_time", "minutes", "technician_id", "technician_name", "description", "created_at",
            "mode", "kind", "rider_id", "contract_id", "service_id", "source_name", "hour_rate", "travel_id", "travel_name", "travel_value",
            "warranty", "manual_value", "value", "basis"))
        {
            async Task EntryAsync(int ticket, bool forceStandalone, bool noTravel)
            {
                var client = ticketClient[ticket];
                var date = ticketStart[ticket].AddDays(rng.Next(15));
                var minutes = 15 * (1 + rng.Next(16));
                var startTime = new TimeOnly(8 + rng.Next(9), 15 * rng.Next(4));
                var mode = rng.Next(100) switch { < 25 => AttendanceMode.External, < 85 => AttendanceMode.Remote, _ => AttendanceMode.Internal };
                var warranty = rng.Next(100) < 3;
                var technician = rng.Next(Technicians.Length);
                var options = client < spec.Clients ? byClient[client] : [];
                ContractRow? contract = !forceStandalone && options.Count > 0 && rng.Next(100) < 65 ? options[rng.Next(options.Count)] : null;
                var travel = !noTravel && mode == AttendanceMode.External && rng.Next(2) == 0;
                object? value;
                bool manual = false;
                ValuationBasis basis;
                decimal? rate = null;
                if (contract is not null)
                {
                    value = null;
                    basis = warranty ? ValuationBasis.Warranty : ValuationBasis.ConsumesContract;
                }
                else
                {
                    rate = mode switch { AttendanceMode.External => reference.Service.External, AttendanceMode.Remote => reference.Service.Remote, _ => reference.Service.Internal };
                    manual = !warranty && rng.Next(100) < 2;
                    value = warranty ? 0m : manual ? 100m + rng.Next(900) : Money.Round(minutes / 60m * rate.Value);
                    basis = warranty ? ValuationBasis.Warranty : manual ? ValuationBasis.Manual : ValuationBasis.RateTimesTime;
                }

                await copy.RowAsync(NewId(), ticketIds[ticket], date, startTime, startTime.AddMinutes(minutes), minutes, TechnicianId(technician),
                    Technicians[technician], warranty ? "Retorno em garantia." : "Diagnóstico e correção.", At(date, 19), mode,
                    contract is null ? EntryKind.Standalone : EntryKind.Contract, contract?.RiderId, contract?.Id,
                    contract is null ? reference.Service.Id : null, contract?.Name ?? reference.Service.Name, rate,
                    travel ? reference.Travel.Id : null, travel ? reference.Travel.Name : null, travel ? reference.Travel.Value : null,
                    warranty, manual, value, basis);
                entryCount++;
            }

            for (var e = 0; e < spec.Entries; e++)
            {
                await EntryAsync(rng.Next(spec.Tickets), false, false);
            }

            for (var e = 0; e < ReportRows; e++)
            {
                await EntryAsync(spec.Tickets, true, true);
            }

            await copy.CompleteAsync();
        }

        var extraCount = Math.Max(1, spec.Tickets / 5);
        await using (var copy = await CopyTable.OpenAsync(connection, "tickets", "extra_valuations",
            "id", "ticket_id", "extra_expense_id", "expense_name", "date", "quantity", "unit_value", "total", "description", "created_by_id", "created_at"))
        {
            for (var x = 0; x < extraCount; x++)
            {
                var ticket = rng.Next(spec.Tickets);
                var expense = reference.Expenses[rng.Next(reference.Expenses.Length)];
                var quantity = (decimal)(1 + rng.Next(expense.UnitValue < 10m ? 30 : 2));
                var date = ticketStart[ticket].AddDays(rng.Next(15));
                await copy.RowAsync(NewId(), ticketIds[ticket], expense.Id, expense.Name, date, quantity, expense.UnitValue,
                    Money.Round(quantity * expense.UnitValue), "Material usado na visita", TechnicianId(rng.Next(Technicians.Length)), At(date, 19));
            }

            await copy.CompleteAsync();
        }

        await BenchDatabase.ExecAsync(connection,
            $"SELECT setval('contracts.contract_number_seq', {Math.Max(1, contracts.Count)}); SELECT setval('tickets.ticket_number_seq', {1000 + spec.Tickets}); ANALYZE;", ct);
        return string.Create(CultureInfo.InvariantCulture,
            $"{spec.Clients + 1} clients, {contracts.Count} contracts ({spec.DueContracts} automatic due on {BaseDate:yyyy-MM-dd}), {spec.Tickets + 1} tickets, {entryCount} time entries, {extraCount} extras");
    }

    private static ContractModality Pick(Random rng)
    {
        var roll = rng.Next(100);
        foreach (var (modality, weight) in Mix)
        {
            if (roll < weight)
            {
                return modality;
            }

            roll -= weight;
        }

        return ContractModality.Hours;
    }

    private static string ModalityLabel(ContractModality modality) => modality switch
    {
        ContractModality.Free => "Suporte Livre",
        ContractModality.PerTicket => "Pacote de atendimentos",
        ContractModality.SaasProduct => "Licenças SaaS",
        ContractModality.Hours => "Banco de horas",
        ContractModality.CumulativeHours => "Horas cumulativas",
        ContractModality.Credit => "Crédito de serviços",
        _ => "Crédito compartilhado",
    };

    private static Guid TechnicianId(int index) => Guid.Parse($"0190a000-0000-7000-8000-{index + 1:D12}");

    private static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    /// <summary>A valid CNPJ from the client index: 8 digits, branch 0001, two check digits.</summary>
    public static string Cnpj(int index)
    {
        var digits = (10_000_000 + index).ToString("D8", CultureInfo.InvariantCulture) + "0001";
        int[] first = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        int[] second = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
        digits += Check(digits, first);
        digits += Check(digits, second);
        return digits;
    }

    private static int Check(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        var rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
