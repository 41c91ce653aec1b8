using System.Net.Http.Headers;
using System.Text;

namespace Tiflux.Api.Tests.Endpoints.Conversation;

/// <summary>Multipart bodies as API clients send them: text parts and <c>files[]</c> parts, plus small files of each kind.</summary>
internal static class Multipart
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static MultipartFormDataContent Form(IEnumerable<(string Name, string Value)> texts, params (string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in texts)
        {
            form.Add(new StringContent(value, Encoding.UTF8), name);
        }

        foreach (var (fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(fileName.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/png");
            form.Add(part, "files[]", fileName);
        }

        return form;
    }

    public static async Task<ApiResponse> SendAsync(ApiClient api, HttpMethod method, string path, MultipartFormDataContent form)
    {
        using var request = api.Request(method, path);
        request.Content = form;
        return await api.SendAsync(request);
    }

    public static Task<ApiResponse> PostAsync(ApiClient api, string path, IEnumerable<(string Name, string Value)> texts, params (string FileName, byte[] Content)[] files) =>
        SendAsync(api, HttpMethod.Post, path, Form(texts, files));
}
