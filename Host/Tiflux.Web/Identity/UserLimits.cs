namespace Tiflux.Web.Identity;

/// <summary>The bounds of a user's fields, enforced by the forms, the API and the database alike.</summary>
public static class UserLimits
{
    public const int NameLength = 200;
    public const int EmailLength = 256;
    public const int PhoneLength = 30;

    public const int SignatureLength = 1_000;
}
