using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tiflux.Reporting.Pdf;

namespace Tiflux.Reporting.Tests;

/// <summary>The renderer's pool of reusable offline pages and the browser's recycling (ADR 0020).</summary>
public sealed class PagePoolTests
{
    [Fact]
    public async Task ADocumentMakesNoRequest_ToALocalServer()
    {
        var port = FreePort();
        using var server = new HttpListener();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var hits = 0;
        var serving = Task.Run(async () =>
        {
            while (server.IsListening)
            {
                try
                {
                    var context = await server.GetContextAsync();
                    Interlocked.Increment(ref hits);
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });

        // The counter works: a request from the test itself is seen.
        using (var client = new HttpClient())
        {
            (await client.GetAsync(new Uri($"http://127.0.0.1:{port}/probe"))).Dispose();
        }

        Assert.Equal(1, Volatile.Read(ref hits));

        var secret = Path.Combine(Directory.CreateTempSubdirectory("tiflux-pdf-test-").FullName, "local.txt");
        await File.WriteAllTextAsync(secret, "conteudo-local-secreto");
        var origin = $"http://127.0.0.1:{port}";
        var html = $"<html><head><link rel=\"stylesheet\" href=\"{origin}/a.css\"><style>@import url('{origin}/b.css');" +
                   $"@font-face{{font-family:X;src:url('{origin}/f.woff')}} body{{font-family:X;background:url('{origin}/bg.png')}}</style></head>" +
                   $"<body><p>sem rede</p><img src=\"{origin}/x.png\"><iframe src=\"{origin}/frame\"></iframe><iframe src=\"file://{secret}\"></iframe>" +
                   "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><script>document.write('js-ran')</script></body></html>";
        await using (var renderer = PdfRenderers.Create(new PdfOptions { MaxConcurrentPages = 2 }))
        {
            var pdf = await renderer.RenderTextAsync(html);
            pdf.Has("sem rede");
            pdf.HasNot("js-ran");
            pdf.HasNot("conteudo-local-secreto");
            (await renderer.RenderTextAsync(html)).Has("sem rede");
        }

        Directory.Delete(Path.GetDirectoryName(secret)!, recursive: true);
        await Task.Delay(300);
        server.Stop();
        await serving;
        Assert.Equal(1, Volatile.Read(ref hits));
    }

    [Fact]
    public async Task AReusedPage_DoesNotPrintThePreviousDocument()
    {
        await using var renderer = PdfRenderers.Create(new PdfOptions { MaxConcurrentPages = 1 });
        var rows = string.Concat(Enumerable.Range(1, 120).Select(i => $"<p>alfa-linha-{i}</p>"));
        var first = await renderer.RenderTextAsync($"<html><head><title>A</title><style>p{{color:red}}</style></head><body>{rows}</body></html>", new PageFrame("Org Alfa", "Doc Alfa"));
        first.Has("alfa-linha-120");
        first.Has("Org Alfa");
        Assert.True(first.Pages > 1);

        var second = await renderer.RenderTextAsync("<p>beta</p>", new PageFrame("Org Beta", "Doc Beta"));
        second.Has("beta");
        second.HasNot("alfa");
        second.HasNot("Alfa");
        second.Has("Org Beta");
        second.Has("Página 1 de 1");
        Assert.Equal(1, second.Pages);
        Assert.Equal(1, renderer.PagesOpened);
    }

    [Fact]
    public async Task ParallelRenders_UpToThePoolSize_AllSucceed_OnReusedPages()
    {
        await using var renderer = PdfRenderers.Create(new PdfOptions { MaxConcurrentPages = 3 });
        for (var round = 0; round < 2; round++)
        {
            var texts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => renderer.RenderTextAsync($"<p>documento-{round}-{i}</p>")));
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i].Has($"documento-{round}-{i}");
                for (var other = 0; other < texts.Length; other++)
                {
                    if (other != i)
                    {
                        texts[i].HasNot($"documento-{round}-{other}");
                    }
                }
            }
        }

        Assert.InRange(renderer.PagesOpened!.Value, 1, 3);
    }

    [Fact]
    public async Task TheBrowserIsRecycled_AfterNDocuments_AndEveryDocumentIsRight()
    {
        await using var renderer = PdfRenderers.Create(new PdfOptions { MaxConcurrentPages = 2, RecycleAfterDocuments = 3 });
        var pids = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            (await renderer.RenderTextAsync($"<p>sequencial-{i}</p>")).Has($"sequencial-{i}");
            pids.Add(renderer.BrowserProcessId ?? 0);
        }

        // Documents 1-3, 4-6 and 7-9 each ended a browser; the 10th runs on the fourth.
        Assert.Equal(4, pids.Where(p => p != 0).Distinct().Count());
        var current = renderer.BrowserProcessId;
        Assert.NotNull(current);
        foreach (var old in pids.Distinct().Where(p => p != 0 && p != current))
        {
            Assert.False(IsRunning(old), $"browser {old} should have been closed");
        }

        // In parallel: recycling while other documents are in flight fails none of them.
        var texts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => renderer.RenderTextAsync($"<p>paralelo-{i}</p>")));
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i].Has($"paralelo-{i}");
        }
    }

    [Fact]
    public async Task TheBrowserIsRecycled_AboveTheMemoryCeiling()
    {
        await using var renderer = PdfRenderers.Create(new PdfOptions { RecycleAboveMegabytes = 1, MemoryCheckEveryDocuments = 1, RecycleAfterDocuments = 0 });
        (await renderer.RenderTextAsync("<p>um</p>")).Has("um");
        Assert.Null(renderer.BrowserProcessId); // retired: its resident memory is far above 1 MB
        (await renderer.RenderTextAsync("<p>dois</p>")).Has("dois"); // on a new browser, retired in turn
        Assert.Null(renderer.BrowserProcessId);
    }

    [Fact]
    public async Task UnderTheMemoryCeiling_TheBrowserIsKept()
    {
        await using var renderer = PdfRenderers.Create(new PdfOptions { RecycleAboveMegabytes = 100_000, MemoryCheckEveryDocuments = 1, RecycleAfterDocuments = 0 });
        (await renderer.RenderTextAsync("<p>um</p>")).Has("um");
        var pid = renderer.BrowserProcessId;
        (await renderer.RenderTextAsync("<p>dois</p>")).Has("dois");
        Assert.NotNull(pid);
        Assert.Equal(pid, renderer.BrowserProcessId);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
