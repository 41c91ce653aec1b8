using QRCoder;

namespace Tiflux.Web.Identity;

/// <summary>What the set-up page shows for an authenticator key: the otpauth URI as a QR code, and the key to type by hand.</summary>
internal static class AuthenticatorEnrolment
{
    public const string Issuer = "Tiflux";

    /// <summary>The Key URI Format that authenticator apps read (service-desk.md §2.4): 6 digits, 30-second steps.</summary>
    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Issuer}&digits=6&period=30";

    /// <summary>
    /// An inline SVG drawn by QRCoder on the server: only presentation attributes, no style attributes or scripts, so
    /// it passes the app's Content-Security-Policy without a CDN, a data: URI or a script.
    /// </summary>
    public static string QrCodeSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    /// <summary>"ABCD EFGH …": easier to read and type than 32 letters in a row.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.Chunk(4).Select(chunk => new string(chunk)));
}
