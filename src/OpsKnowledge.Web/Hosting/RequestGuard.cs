using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace OpsKnowledge.Web.Hosting;

/// <summary>What every request passes before any endpoint sees it: its Host, its method, the access token, a free slot, a capped body.</summary>
internal sealed class RequestGuard(WebServerOptions options)
{
    private readonly HostAllowList _hosts = new(options.AllowedHosts);
    private readonly AccessToken? _token = string.IsNullOrEmpty(options.AccessToken) ? null : new AccessToken(options.AccessToken);
    private readonly ConcurrencyGate _gate = new(options.MaxConcurrentRequests);

    /// <summary>Runs <paramref name="next"/> when the request may be served; otherwise answers it with the refusal.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next, Func<HttpContext, string, int, Task> refuse)
    {
        var request = context.Request;
        if (!_hosts.Allows(request.Host.Host))
        {
            await refuse(context, $"不接受的主机名 (host '{request.Host.Host}' is not served here; start opsk serve with --allowed-host to add it)", StatusCodes.Status421MisdirectedRequest);
            return;
        }

        // Every route reads; no request may change state, so no form can be forged against us (CSRF).
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await refuse(context, "只支持 GET 和 HEAD (method not allowed)", StatusCodes.Status405MethodNotAllowed);
            return;
        }
        // HEAD is answered like GET: routes match GET, and Kestrel still sends no body because the request line said HEAD.
        if (HttpMethods.IsHead(request.Method)) request.Method = HttpMethods.Get;

        if (_token is not null && !request.Path.StartsWithSegments("/assets"))
        {
            if (request.Query.TryGetValue(AccessToken.QueryName, out var given))
            {
                // A link with ?token= is opened from another site only to trick the browser into a session; such visits are not honoured.
                var crossSite = string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase);
                if (!crossSite && _token.Matches(given.ToString()))
                {
                    _token.IssueCookie(context.Response, request.IsHttps);
                    context.Response.Redirect(WithoutToken(request), permanent: false);
                    return;
                }
                await refuse(context, "访问令牌无效 (invalid access token)", StatusCodes.Status401Unauthorized);
                return;
            }
            if (!_token.IsPresentedBy(request))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await refuse(context, "需要访问令牌 (access token required: open the link opsk serve printed, or send Authorization: Bearer TOKEN)", StatusCodes.Status401Unauthorized);
                return;
            }
        }

        if (!await _gate.EnterAsync(context.RequestAborted))
        {
            context.Response.Headers.RetryAfter = "2";
            await refuse(context, "服务器繁忙，请稍后重试 (server busy, retry shortly)", StatusCodes.Status503ServiceUnavailable);
            return;
        }
        var body = context.Response.Body;
        try
        {
            context.Response.Body = new CappedResponseBody(body, options.MaxResponseBytes, () => context.Response.ContentLength);
            await next(context);
        }
        catch (ResponseTooLargeException) when (context.Response.HasStarted)
        {
            // Half a response cannot be taken back: drop the connection so the client sees a failure, not a truncated page.
            context.Abort();
        }
        finally
        {
            context.Response.Body = body;
            _gate.Leave();
        }
    }

    private static string WithoutToken(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query.Where(p => p.Key != AccessToken.QueryName).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))));
        var path = request.PathBase.Add(request.Path).ToUriComponent();
        return (path.Length == 0 ? "/" : path) + query.ToQueryString();
    }
}
