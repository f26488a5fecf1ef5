using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace OpsKnowledge.Web.Hosting;

/// <summary>The optional shared secret: a request presents it as a bearer token or as the cookie a first ?token= visit sets.</summary>
internal sealed class AccessToken(string secret)
{
    public const string CookieName = "opsk-token";
    public const string QueryName = "token";

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(secret);

    public bool IsPresentedBy(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(authorization["Bearer ".Length..].Trim())) return true;
        return request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie);
    }

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _secret);

    /// <summary>Sets the cookie: HttpOnly, and SameSite=Strict so no other site's page can make the browser send it.</summary>
    public void IssueCookie(HttpResponse response, bool secure) =>
        response.Cookies.Append(CookieName, Encoding.UTF8.GetString(_secret), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = secure,
            Path = "/",
            IsEssential = true,
        });
}
