using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Panorama.Jira.Client;
using Panorama.Jira.Connections;
using Panorama.Jira.Diagnostics;
using Panorama.Jira.Http;
using Panorama.Jira.RateLimiting;
using Polly;

namespace Panorama.Jira;

public static class JiraServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IJiraClientFactory"/> and the pipeline behind it: retries (Polly, outermost), the shared
    /// rate limiters, a per-attempt timeout. The caller registers an <see cref="IJiraCredentialSource"/> (as a
    /// singleton). Options bind from <c>Jira:Client</c>, <c>Jira:Retry</c> and <c>Jira:RateLimits</c>.
    /// </summary>
    public static IServiceCollection AddPanoramaJira(this IServiceCollection services)
    {
        services.AddOptions<JiraClientOptions>().BindConfiguration(JiraClientOptions.SectionName);
        services.AddOptions<JiraRetryOptions>().BindConfiguration(JiraRetryOptions.SectionName)
            .Validate(o => o.MaxRetryAttempts >= 0 && o.JitterMin > 0 && o.JitterMin <= o.JitterMax
                && o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay && o.AttemptTimeout > TimeSpan.Zero,
                "Jira:Retry needs MaxRetryAttempts >= 0, 0 < JitterMin <= JitterMax, 0 < BaseDelay <= MaxDelay and a positive AttemptTimeout.")
            .ValidateOnStart();
        services.AddOptions<JiraRateLimitOptions>().BindConfiguration(JiraRateLimitOptions.SectionName)
            .Validate(o => o.GetPerSecond > 0 && o.PostPerSecond > 0 && o.PutPerSecond > 0 && o.DeletePerSecond > 0
                && o.BurstWindow > TimeSpan.Zero && o.EndpointOverrides.Values.All(v => v > 0),
                "Jira:RateLimits needs positive limits and a positive BurstWindow.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<JiraMetrics>();
        services.TryAddSingleton<JiraRateLimiterRegistry>();
        services.TryAddSingleton<JiraCloudIdCache>();
        services.TryAddSingleton<IJiraClientFactory, JiraClientFactory>();
        services.TryAddSingleton(sp => new JiraRetryPolicy(
            sp.GetRequiredService<IOptions<JiraRetryOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<JiraRateLimitingHandler>();

        // The Authorization header carries the API token. HttpClientFactory's own loggers redact header values in the
        // message text but still hand the raw values to structured log state (JSON console logs would print them), so
        // they are removed; JiraRateLimitingHandler logs each attempt without headers instead.
        var client = services.AddHttpClient(JiraHttpClient.Name, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        client.AddResilienceHandler("jira-retry", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<JiraRetryOptions>>().Value;
                var policy = context.ServiceProvider.GetRequiredService<JiraRetryPolicy>();
                var metrics = context.ServiceProvider.GetRequiredService<JiraMetrics>();
                pipeline.AddRetry(new Polly.Retry.RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
                    ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0
                        && policy.ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
                    DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(policy.DelayFor(args.AttemptNumber, args.Outcome)),
                    OnRetry = args =>
                    {
                        if (args.Context.GetRequestMessage() is { } request
                            && request.Options.TryGetValue(JiraRequestInfo.Key, out var info))
                        {
                            metrics.Retry(info.Site.SiteKey, request.Method.Method, info.Template,
                                JiraRetryPolicy.CauseOf(args.Outcome));
                        }

                        return ValueTask.CompletedTask;
                    },
                });
            });
        client.AddHttpMessageHandler<JiraRateLimitingHandler>();
        client.AddResilienceHandler("jira-attempt-timeout", (pipeline, context) => pipeline.AddTimeout(
            context.ServiceProvider.GetRequiredService<IOptions<JiraRetryOptions>>().Value.AttemptTimeout));
        return services;
    }
}
