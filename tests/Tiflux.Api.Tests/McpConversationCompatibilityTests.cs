using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tiflux.Api.Tests.Endpoints.Conversation;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Tests;

/// <summary>
/// Issue 22's "done when" for the official MCP client (tiflux/tiflux-mcp, src/api/tiflux-api.js): its ticket,
/// conversation, file, history and requestor calls, sent byte for byte as it sends them (its headers, its hand-built
/// multipart with <c>files[]</c> parts), and the fields its tools read back.
/// </summary>
[Collection(ConversationTestGroup.Name)]
public sealed class McpConversationCompatibilityTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_official_clients_conversation_tools_work_against_our_base_url()
    {
        var token = await fixture.IssueTokenAsync(Tiflux.TestKit.TifluxAppFactory.AdminEmail);
        using var http = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost/api/v2/") });
        var mcp = new McpClient(http, token);

        var client = (await mcp.GetAsync("clients?active=true&name=" + Uri.EscapeDataString("Padaria Pão Quente"))).Body[0].GetProperty("id").GetInt32();
        var desk = (await mcp.GetAsync("desks?active=true&name=Suporte")).Body.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Suporte").GetProperty("id").GetInt32();
        var priorities = (await mcp.GetAsync($"desks/{desk}/priorities?offset=1&limit=200")).Body;
        var normal = priorities.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Normal").GetProperty("id").GetInt32();

        // create_ticket with parent_ticket_number and followers (official-client.md §5.A1): multipart, read as data.ticket
        var parent = (await mcp.MultipartAsync("tickets", [("title", "Pai via MCP"), ("description", "<p>Pai</p>"), ("client_id", $"{client}"), ("desk_id", $"{desk}")], [], HttpStatusCode.Created))
            .Body.GetProperty("ticket").GetProperty("ticket_number").GetInt32();
        var created = (await mcp.MultipartAsync("tickets",
            [("title", "Filho via MCP"), ("description", "<p>Criado pelo MCP</p>"), ("client_id", $"{client}"), ("desk_id", $"{desk}"), ("priority_id", $"{normal}"),
             ("followers", "gerente@compat.example"), ("ticket_reference_number", $"{parent}")],
            [("evidencia.txt", "log do erro\n"u8.ToArray())], HttpStatusCode.Created)).Body.GetProperty("ticket");
        var number = created.GetProperty("ticket_number").GetInt32();
        Assert.Equal("gerente@compat.example", created.GetProperty("followers").GetString());
        Assert.Equal(parent, created.GetProperty("ticket_reference").GetProperty("ticket_number").GetInt32());
        Assert.Equal("Tiflux API", created.GetProperty("created_by_way_of").GetString());
        Assert.Equal(JsonValueKind.Number, created.GetProperty("created_by_id").ValueKind);

        // update_ticket: followers replaced, and a priority change with its reason (§5.A2)
        var alta = priorities.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Alta").GetProperty("id").GetInt32();
        var updated = (await mcp.JsonAsync(HttpMethod.Put, $"tickets/{number}", new { followers = "gerente@compat.example,dono@compat.example", priority_id = alta, priority_change_reason = "Cliente parado" })).Body;
        Assert.Equal("gerente@compat.example,dono@compat.example", updated.GetProperty("followers").GetString());
        Assert.Equal("Cliente parado", updated.GetProperty("priority_change_reason").GetString());

        // create_ticket_answer (name + with_signature + files[]) and what the tool prints
        var answer = (await mcp.MultipartAsync($"tickets/{number}/answers", [("name", "<p>Olá, <strong>Joana</strong></p>"), ("with_signature", "false")],
            [("print.png", Multipart.Png)], HttpStatusCode.Created)).Body;
        foreach (var field in new[] { "id", "answer_origin", "answer_time", "author", "signature" })
        {
            Assert.NotEqual(JsonValueKind.Null, answer.GetProperty(field).ValueKind);
        }

        Assert.Equal("api", answer.GetProperty("answer_origin").GetString());
        Assert.StartsWith("[API] ", answer.GetProperty("author").GetString(), StringComparison.Ordinal);
        var answerId = answer.GetProperty("id").GetInt32();

        // list_ticket_answers / get_ticket_answer
        var answers = await mcp.GetAsync($"tickets/{number}/answers?offset=1&limit=20");
        Assert.Equal(1, answers.Total);
        Assert.Equal(1, answers.Body[0].GetProperty("files_count").GetInt32());
        Assert.Contains("Joana", answers.Body[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        var shown = (await mcp.GetAsync($"tickets/{number}/answers/{answerId}")).Body;
        var answerFile = shown.GetProperty("files")[0].GetProperty("id").GetInt32();

        // create_internal_communication (text only, then with files), list, get, update, delete
        var note = (await mcp.MultipartAsync($"tickets/{number}/internal_communications", [("text", "<p>Verificar VPN</p>")], [], HttpStatusCode.Created)).Body;
        Assert.Equal(0, note.GetProperty("files_count").GetInt32());
        Assert.Equal(JsonValueKind.String, note.GetProperty("user").GetProperty("name").ValueKind);
        var withFiles = (await mcp.MultipartAsync($"tickets/{number}/internal_communications", [("text", "Com anexo")], [("rede.pdf", Multipart.Pdf)], HttpStatusCode.Created)).Body;
        Assert.Equal("rede.pdf", withFiles.GetProperty("files")[0].GetProperty("file_name").GetString());
        var notes = await mcp.GetAsync($"tickets/{number}/internal_communications?offset=1&limit=20");
        Assert.Equal(2, notes.Total);
        foreach (var n in notes.Body.EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, n.GetProperty("created_at").ValueKind);
            Assert.Equal(JsonValueKind.Number, n.GetProperty("files_count").ValueKind);
        }

        var noteId = note.GetProperty("id").GetInt32();
        Assert.Equal(noteId, (await mcp.GetAsync($"tickets/{number}/internal_communications/{noteId}")).Body.GetProperty("id").GetInt32());
        Assert.Contains("VPN nova", (await mcp.JsonAsync(HttpMethod.Put, $"tickets/{number}/internal_communications/{noteId}", new { text = "<p>VPN nova</p>" })).Body.GetProperty("text").GetString(), StringComparison.Ordinal);
        await mcp.DeleteAsync($"tickets/{number}/internal_communications/{noteId}");

        // upload_ticket_files (files only), get_ticket_files, delete_ticket_file
        var uploaded = (await mcp.MultipartAsync($"tickets/{number}/files", [], [("a.png", Multipart.Png), ("b.pdf", Multipart.Pdf)], HttpStatusCode.Created)).Body;
        Assert.Equal(2, uploaded.GetArrayLength());
        var files = (await mcp.GetAsync($"tickets/{number}/files")).Body;
        Assert.All(files.EnumerateArray(), f => Assert.StartsWith("http", f.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Contains(files.EnumerateArray(), f => f.GetProperty("file_name").GetString() == "evidencia.txt");
        await mcp.DeleteAsync($"tickets/{number}/files/{uploaded[0].GetProperty("id").GetInt32()}");

        // get_ticket_histories: history_of=0 holds the follower and priority changes
        var history = await mcp.GetAsync($"tickets/{number}/histories?offset=1&limit=20&history_of=0");
        Assert.True(history.Total >= 2);
        Assert.Contains(history.Body.EnumerateArray(), e => e.GetProperty("changes").GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "followers"));
        Assert.All(history.Body.EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.GetProperty("action").ValueKind));

        // create_requestor, search_requestor (GET /requestors), get_requestor, update_requestor
        var email = $"joana.{Guid.NewGuid():N}@compat.example";
        var requestor = (await mcp.JsonAsync(HttpMethod.Post, $"clients/{client}/requestors", new { name = "Joana Compat", telephone = "47999998888", email, can_open_ticket = true }, HttpStatusCode.Created)).Body;
        var requestorId = requestor.GetProperty("id").GetInt32();
        var found = await mcp.GetAsync("requestors?offset=1&limit=20&name=" + Uri.EscapeDataString("Joana Compat"));
        Assert.Contains(found.Body.EnumerateArray(), r => r.GetProperty("id").GetInt32() == requestorId && r.GetProperty("client").GetProperty("id").GetInt32() == client);
        Assert.Equal(email, (await mcp.GetAsync($"clients/{client}/requestors/{requestorId}?include_entity_fields=true")).Body.GetProperty("email").GetString());
        Assert.Equal("30", (await mcp.JsonAsync(HttpMethod.Put, $"clients/{client}/requestors/{requestorId}", new { extension = "30" })).Body.GetProperty("extension").GetString());

        // update_ticket with the requestor the resolver found, then desk transfer as the client resolves it (§5.A3)
        Assert.Equal(requestorId, (await mcp.JsonAsync(HttpMethod.Put, $"tickets/{number}", new { requestor_id = requestorId })).Body.GetProperty("requestor").GetProperty("id").GetInt32());
        var target = await TransferDeskAsync(mcp);
        var stages = (await mcp.GetAsync($"desks/{target}/stages?offset=1&limit=200")).Body;
        var targetPriority = (await mcp.GetAsync($"desks/{target}/priorities?offset=1&limit=200")).Body[0].GetProperty("id").GetInt32();
        var moved = (await mcp.JsonAsync(HttpMethod.Put, $"tickets/{number}", new { desk_id = target, priority_id = targetPriority, stage_id = stages[0].GetProperty("id").GetInt32() })).Body;
        Assert.Equal(target, moved.GetProperty("desk").GetProperty("id").GetInt32());

        // delete_ticket_answer_file, delete_ticket_answer
        await mcp.DeleteAsync($"ticket_answers/{answerId}/files/{answerFile}");
        await mcp.DeleteAsync($"tickets/{number}/answers/{answerId}");
        Assert.Equal(0, (await mcp.GetAsync($"tickets/{number}/answers?offset=1&limit=20")).Total);
    }

    /// <summary>A second desk serving the client, found by name as the client's <c>desk_name</c> resolver does.</summary>
    private async Task<int> TransferDeskAsync(McpClient mcp)
    {
        var name = "Mesa MCP " + Guid.NewGuid().ToString("N")[..6];
        var saved = await fixture.In<ITicketSetup, Result<Guid>>(s => s.SaveDeskAsync(new SaveDeskRequest(
            null, name, ["Entrada", "Saída"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Urgente"], [fixture.ClientId], DeskValuationMode.WithValuation, true, ReviewerKind.Both, 72, false), default));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
        return (await mcp.GetAsync("desks?active=true&name=" + Uri.EscapeDataString(name))).Body.EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    /// <summary>The official client's HTTP layer: its three headers, its JSON writes and its hand-built multipart.</summary>
    private sealed class McpClient(HttpClient http, string token)
    {
        public async Task<(JsonElement Body, int Total)> GetAsync(string path) => await SendAsync(Request(HttpMethod.Get, path), HttpStatusCode.OK);

        public async Task<(JsonElement Body, int Total)> JsonAsync(HttpMethod method, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
        {
            var request = Request(method, path);
            var json = JsonSerializer.Serialize(body);
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            return await SendAsync(request, expected);
        }

        public async Task DeleteAsync(string path)
        {
            using var request = Request(HttpMethod.Delete, path);
            using var response = await http.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"DELETE {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        /// <summary><c>_buildMultipart</c>: text parts without a content type, then each file as a <c>files[]</c> part typed by its extension.</summary>
        public async Task<(JsonElement Body, int Total)> MultipartAsync(
            string path, (string Name, string Value)[] fields, (string FileName, byte[] Content)[] files, HttpStatusCode expected)
        {
            var boundary = "----formdata-tiflux-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            using var body = new MemoryStream();
            foreach (var (name, value) in fields)
            {
                Write(body, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
            }

            foreach (var (fileName, content) in files)
            {
                var type = Path.GetExtension(fileName) switch { ".txt" => "text/plain; charset=utf-8", ".pdf" => "application/pdf", _ => "image/png" };
                Write(body, $"--{boundary}\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"{fileName}\"\r\nContent-Type: {type}\r\n\r\n");
                body.Write(content);
                Write(body, "\r\n");
            }

            Write(body, $"--{boundary}--\r\n");
            var request = Request(HttpMethod.Post, path);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
            return await SendAsync(request, expected);

            static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
        }

        private HttpRequestMessage Request(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("accept", "application/json");
            request.Headers.TryAddWithoutValidation("authorization", "Bearer " + token);
            request.Headers.TryAddWithoutValidation("User-Agent", "TiFlux-MCP-sdk/2.42.0");
            return request;
        }

        private async Task<(JsonElement Body, int Total)> SendAsync(HttpRequestMessage request, HttpStatusCode expected)
        {
            using (request)
            using (var response = await http.SendAsync(request))
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(expected == response.StatusCode, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {text}");
                Assert.Contains("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
                var total = response.Headers.TryGetValues("x-total-items", out var values) ? int.Parse(values.Single(), CultureInfo.InvariantCulture) : -1;
                return (JsonDocument.Parse(text).RootElement.Clone(), total);
            }
        }
    }
}
