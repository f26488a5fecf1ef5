namespace OpsKnowledge.Web.Hosting;

/// <summary>A response grew past <see cref="WebServerOptions.MaxResponseBytes"/>.</summary>
public sealed class ResponseTooLargeException(long limit)
    : IOException($"response larger than {limit / (1024 * 1024)} MB (response size limit)");
