using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tiflux.Billing.PublicApi;
using PuppeteerSharp.Media;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.Pdf;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Benchmarks;

/// <summary>
/// The closing report of a 150-line billing (the generated report client's standalone entries), rendered to HTML by the
/// Reporting module's own template, then printed: our renderer warm (one Chromium, a pool of reusable offline pages;
/// sequential and with its page concurrency) against <c>wkhtmltopdf</c> and the cold <c>chromium --headless --print-to-pdf</c>
/// CLI on the same HTML file; on one page of the same Chromium, what the page frame, the tagged PDF and the issue-19
/// way of printing (a new page per document, request interception, header/footer templates) cost; and the peak memory
/// (our process plus its Chromium processes) of the first and second half of 1,000 renders (ADR 0020).
/// </summary>
internal static class PdfBench
{
    public static async Task RunAsync(Options options, Results results, CancellationToken ct)
    {
        var cs = BenchDatabase.ConnectionString(options.Require("server"), options.Require("db"));
        await MeasureAsync(cs, options.Has("quick"), options.Int("renders", 1000), results, ct);
    }

    public static async Task MeasureAsync(string cs, bool quick, int renders, Results results, CancellationToken ct)
    {
        await using var provider = BenchServices.Build(cs);
        var html = await ReportHtmlAsync(provider, cs, ct);
        var dir = Directory.CreateTempSubdirectory("tiflux-bench-pdf-").FullName;
        var file = Path.Combine(dir, "fechamento-150.html");
        await File.WriteAllTextAsync(file, html, ct);
        var samples = quick ? 2 : 15;
        var cliSamples = quick ? 1 : 9;

        await using var scope = provider.CreateAsyncScope();
        var printer = scope.ServiceProvider.GetRequiredService<ReportPrinter>();
        var pdfOptions = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Tiflux.Reporting.PdfOptions>>().Value;
        var pages = pdfOptions.MaxConcurrentPages;
        var recycleAfter = pdfOptions.RecycleAfterDocuments;
        var renderer = scope.ServiceProvider.GetRequiredService<ChromiumPdfRenderer>();
        var first = await printer.PrintAsync(html, "Tiflux Bench MSP", "Fechamento", ct); // cold launch, not timed
        await printer.PrintAsync(html, "Tiflux Bench MSP", "Fechamento", ct);
        var pageCount = CountPages(first);

        // Our sequential render and both command lines take turns, so a change of load on the (shared) machine weighs on
        // all three alike.
        var wkhtmlRun = await CliAsync("wkhtmltopdf", ["-q", "--enable-local-file-access", file, Path.Combine(dir, "wk.pdf")], ct);
        var chromiumRun = await CliAsync(
            ChromiumPath(),
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", $"--print-to-pdf={Path.Combine(dir, "cr.pdf")}", "file://" + file], ct);
        var turns = new List<Func<Task>> { async () => await printer.PrintAsync(html, "Tiflux Bench MSP", "Fechamento", ct) };
        turns.AddRange(new[] { wkhtmlRun, chromiumRun }.OfType<Func<Task>>());
        var medians = await InterleavedMediansAsync(cliSamples, [.. turns]);
        var sequential = medians[0];
        double? wkhtml = wkhtmlRun is null ? null : medians[1];
        double? chromium = chromiumRun is null ? null : medians[^1];

        var batch = pages * (quick ? 2 : 6);
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, batch).Select(_ => printer.PrintAsync(html, "Tiflux Bench MSP", "Fechamento", ct)));
        var parallel = sw.Elapsed.TotalMilliseconds / batch;

        var note = $"{ReportLines(html)} rows, {pageCount} pages, {html.Length / 1024} KB HTML";
        AddVersus(results, "PDF per document, sequential (warm) vs wkhtmltopdf", sequential, wkhtml, 2, "wkhtmltopdf", note, " (stretch 3×)");
        AddVersus(results, $"PDF per document, {pages} pages in parallel vs wkhtmltopdf", parallel, wkhtml, 2, "wkhtmltopdf", $"{batch} documents, {pages} at once", " (stretch 3×)");
        AddVersus(results, "PDF per document, sequential (warm) vs cold Chromium CLI", sequential, chromium, 8, "chromium --print-to-pdf", "");
        AddVersus(results, $"PDF per document, {pages} pages in parallel vs cold Chromium CLI", parallel, chromium, 8, "chromium --print-to-pdf", "");

        await PrintingCostsAsync(html, samples, results);

        // Memory: RSS of this process plus every descendant (Chromium's browser, renderer, GPU and utility processes).
        var total = quick ? Math.Min(renders, 24) : renders;
        var peaks = new long[2];
        var browsers = new HashSet<int>();
        long browserPeak = 0;
        using (var stop = new CancellationTokenSource())
        {
            var half = 0;
            var ticks = 0;
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var rss = ProcessTree.RssBytes(Environment.ProcessId);
                    var h = Volatile.Read(ref half);
                    peaks[h] = Math.Max(peaks[h], rss);
                    if (renderer.BrowserProcessId is { } pid)
                    {
                        browsers.Add(pid);
                    }

                    if (++ticks % 8 == 0)
                    {
                        browserPeak = Math.Max(browserPeak, renderer.BrowserMemoryBytes ?? 0); // smaps_rollup is not free
                    }

                    await Task.Delay(25, CancellationToken.None);
                }
            }, CancellationToken.None);
            var done = 0;
            await Task.WhenAll(Enumerable.Range(0, total).Select(async _ =>
            {
                await printer.PrintAsync(html, "Tiflux Bench MSP", "Fechamento", ct);
                if (Interlocked.Increment(ref done) == total / 2)
                {
                    Volatile.Write(ref half, 1);
                }
            }));
            await stop.CancelAsync();
            await sampler;
        }

        var firstHalf = peaks[0] / 1048576.0;
        var secondHalf = peaks[1] / 1048576.0;
        var growth = secondHalf / Math.Max(1, firstHalf);
        results.Add(new Figure($"PDF peak memory across {total} renders (process + Chromium)", $"{secondHalf:0} MB (second half)",
            $"{firstHalf:0} MB (first half)", Results.X(growth), "2nd-half peak ≤ 1.1× 1st-half", Results.Yes(growth <= 1.1),
            $"{pages} pages at once; RSS summed over processes (shared pages counted per process); Chromium alone (proportional set size) peaked at " +
            $"{browserPeak / 1048576.0:0} MB; {browsers.Count} browser(s) seen (recycled every {recycleAfter} documents)"));
        try
        {
            Directory.Delete(dir, true);
        }
        catch (IOException)
        {
            // temp folder; the OS cleans it
        }
    }

    private static void AddVersus(Results results, string name, double ours, double? baseline, double target, string tool, string note, string stretch = "")
    {
        if (baseline is not { } b)
        {
            results.Add(new Figure(name, Results.Ms(ours), "baseline unavailable", "—", $"≥ {target}× faster{stretch}", "—", $"{tool} not installed. {note}"));
            return;
        }

        var speedup = b / ours;
        results.Add(new Figure(name, Results.Ms(ours), Results.Ms(b) + $" ({tool})", Results.X(speedup) + " faster", $"≥ {target}× faster{stretch}", Results.Yes(speedup >= target), note));
    }

    /// <summary>
    /// On one warm page of a Chromium launched like the renderer's: the document with the CSS page frame against
    /// Chromium's header/footer templates and against no frame; the tagged PDF (Chromium's default) against untagged;
    /// and the issue-19 way (a new page per document, every request intercepted, templates, tagged).
    /// </summary>
    private static async Task PrintingCostsAsync(string html, int samples, Results results)
    {
        var session = await BrowserSession.LaunchAsync(ChromiumPath(), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        try
        {
            if (!session.TryEnter())
            {
                throw new BenchException("The benchmark's own Chromium did not start.");
            }

            var page = await session.LeasePageAsync(60_000);
            var framed = new PageFrame("Tiflux Bench MSP", "Fechamento").Apply(html);
            const string style = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;color:#556;width:100%;padding:0 12mm;display:flex;justify-content:space-between;";
            const string header = $"<div style=\"{style}\"><span>Tiflux Bench MSP</span><span>Fechamento</span></div>";
            const string footer = $"<div style=\"{style}\"><span></span><span>Página <span class=\"pageNumber\"></span> de <span class=\"totalPages\"></span></span></div>";
            var margins = new MarginOptions { Top = "22mm", Bottom = "18mm", Left = "12mm", Right = "12mm" };
            PuppeteerSharp.PdfOptions Css(bool tagged) => new() { Format = PaperFormat.A4, PreferCSSPageSize = true, PrintBackground = true, Tagged = tagged };
            PuppeteerSharp.PdfOptions Templates(bool tagged) => new()
            {
                Format = PaperFormat.A4, PrintBackground = true, DisplayHeaderFooter = true, HeaderTemplate = header, FooterTemplate = footer,
                MarginOptions = margins, Tagged = tagged,
            };

            Func<Task> Print(string document, PuppeteerSharp.PdfOptions pdf) => async () =>
            {
                await page.SetContentAsync(document);
                await page.PdfDataAsync(pdf);
            };

            async Task Issue19Async()
            {
                await using var fresh = await session.Browser.NewPageAsync();
                await fresh.SetJavaScriptEnabledAsync(false);
                await fresh.SetRequestInterceptionAsync(true);
                fresh.AddRequestInterceptor(async request =>
                {
                    if (request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                    {
                        await request.ContinueAsync();
                    }
                    else
                    {
                        await request.AbortAsync();
                    }
                });
                await fresh.SetContentAsync(html);
                await fresh.PdfDataAsync(Templates(true));
            }

            // Interleaved, so a change of load on the machine weighs on every variant alike.
            var medians = await InterleavedMediansAsync(samples + 6,
                Print(framed, Css(false)),
                Print(html, Templates(false)),
                Print(html, new PuppeteerSharp.PdfOptions { Format = PaperFormat.A4, PrintBackground = true, MarginOptions = margins, Tagged = false }),
                Print(framed, Css(true)));
            var (css, templates, none, tagged) = (medians[0], medians[1], medians[2], medians[3]);
            await session.LeaveAsync(page, printed: true);

            // Apart: opening and closing a page per document disturbs whatever runs next in the browser.
            var issue19 = (await InterleavedMediansAsync(samples, Issue19Async))[0];

            results.Add(new Figure("PDF page frame (organisation, title, Página X de Y): CSS margin boxes vs header/footer templates",
                Results.Ms(css), Results.Ms(templates) + " (templates)", Results.X(templates / css) + " faster", "no slower than templates (±10 %)",
                Results.Yes(css <= templates * 1.1), $"same warm page, untagged; no frame at all: {Results.Ms(none)}; frame cost {Results.Ms(css - none)} vs {Results.Ms(templates - none)}"));
            results.Add(new Figure("PDF untagged vs tagged (Chromium's default)", Results.Ms(css), Results.Ms(tagged) + " (tagged)",
                Results.X(tagged / css) + " faster", "cheaper than tagged", Results.Yes(css < tagged), "same warm page, CSS frame"));
            results.Add(new Figure("PDF per document, sequential: pooled page vs issue-19 printing (same Chromium)", Results.Ms(css),
                Results.Ms(issue19) + " (new page, interception, templates, tagged)", Results.X(issue19 / css) + " faster", "—", "—",
                "page printing only, without the renderer's queueing"));
        }
        finally
        {
            await session.CloseNowAsync();
        }
    }

    private static string ChromiumPath() =>
        Environment.GetEnvironmentVariable("TIFLUX_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The HTML of the report client's closing report; bills its 150 standalone lines first if not yet billed.</summary>
    private static async Task<string> ReportHtmlAsync(ServiceProvider provider, string cs, CancellationToken ct)
    {
        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        Guid clientId, billingId;
        await using (var connection = new NpgsqlConnection(cs))
        {
            await connection.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                "SELECT c.id, (SELECT b.id FROM billing.billings b WHERE b.client_id = c.id ORDER BY b.number LIMIT 1) FROM contracts.clients c WHERE c.name = @n", connection);
            cmd.Parameters.AddWithValue("n", Generator.ReportClientName);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                throw new BenchException("The report client is missing: generate the database with this tool first.");
            }

            clientId = reader.GetGuid(0);
            billingId = reader.IsDBNull(1) ? Guid.Empty : reader.GetGuid(1);
        }

        if (billingId == Guid.Empty)
        {
            var workflow = sp.GetRequiredService<IBillingWorkflow>();
            var created = await workflow.CommitBillingAsync(new CommitBillingRequest(
                new BillingDraftRequest(clientId, new PendingRequest(Generator.BaseDate, null, [clientId], PendingScope.Standalone), [], true), null,
                Generator.BaseDate, Generator.BaseDate.AddDays(10), 0m, 0m, "NF-BENCH-150", "Benchmark: 150 apontamentos avulsos.", [], "benchmark"), ct);
            if (!created.IsSuccess)
            {
                throw new BenchException("Could not bill the report client: " + string.Join("; ", created.Errors.Select(e => e.Message)));
            }

            billingId = created.Value.Id;
        }

        var html = await sp.GetRequiredService<IReportingModule>().RenderBillingHtmlAsync(billingId, ClosingReportLayout.Detailed, ct);
        return html.IsSuccess ? html.Value : throw new BenchException("Closing report HTML failed: " + string.Join("; ", html.Errors.Select(e => e.Message)));
    }

    private static int ReportLines(string html) => System.Text.RegularExpressions.Regex.Count(html, "<tr");

    private static int CountPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");

    /// <summary>
    /// The median time of each action, run in turn: one of each per round, after one warm-up round, each round starting
    /// one action further so none always follows the same neighbour.
    /// </summary>
    private static async Task<double[]> InterleavedMediansAsync(int samples, params Func<Task>[] actions)
    {
        var times = actions.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round <= samples; round++)
        {
            for (var k = 0; k < actions.Length; k++)
            {
                var i = (k + round) % actions.Length;
                var sw = Stopwatch.StartNew();
                await actions[i]();
                if (round > 0)
                {
                    times[i].Add(sw.Elapsed.TotalMilliseconds);
                }
            }
        }

        return [.. times.Select(t => t.Order().ElementAt(t.Count / 2))];
    }

    /// <summary>One run of a command (it throws when the command fails), or null when it is not installed or fails its first run.</summary>
    private static async Task<Func<Task>?> CliAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var path = tool.Contains('/', StringComparison.Ordinal) ? tool : Which(tool);
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine($"[pdf] {tool}: baseline unavailable (not installed)");
            return null;
        }

        async Task RunAsync()
        {
            var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in arguments)
            {
                start.ArgumentList.Add(a);
            }

            start.Environment["QT_QPA_PLATFORM"] = "offscreen";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new BenchException($"{tool} exited {process.ExitCode}: {(await stderr).Trim()}");
            }
        }

        try
        {
            await RunAsync();
            return RunAsync;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"[pdf] {ex.Message}: baseline unavailable");
            return null;
        }
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
}

/// <summary>Resident memory of a process and all its descendants, from /proc.</summary>
internal static class ProcessTree
{
    public static long RssBytes(int root)
    {
        var parents = new Dictionary<int, int>();
        var rss = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
                rss[pid] = long.Parse(fields[21], System.Globalization.CultureInfo.InvariantCulture) * Environment.SystemPageSize;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // process ended while reading
            }
        }

        long total = 0;
        foreach (var (pid, bytes) in rss)
        {
            for (var p = pid; p > 1; p = parents.GetValueOrDefault(p, 0))
            {
                if (p == root)
                {
                    total += bytes;
                    break;
                }
            }
        }

        return total;
    }
}
