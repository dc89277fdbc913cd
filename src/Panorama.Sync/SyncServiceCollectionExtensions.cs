using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Panorama.Core.Scope;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Jira;
using Panorama.Jira.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Health;
using Panorama.Sync.Import;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;
using Panorama.Sync.Webhooks;
using Panorama.Sync.Workers;
using Panorama.Sync.WriteBack;

namespace Panorama.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sync engine: the Jira client for stored connections, the task store and its change feed
    /// (<see cref="ITaskChangeFeed"/>), the write-back outbox (<see cref="IWriteBackQueue"/>), the webhook inbox, import
    /// and reconciliation, and (unless <c>Sync:Workers</c> is false) the background loops. Options: <c>Sync</c>,
    /// <c>Sync:Webhooks</c>. Box scopes come from an <see cref="ISyncScopeSource"/>; the default holds none.
    /// </summary>
    public static IServiceCollection AddPanoramaSync(this IServiceCollection services)
    {
        services.AddPanoramaJira();
        services.TryAddSingleton<ConnectionCredentialSource>();
        services.TryAddSingleton<IJiraCredentialSource>(sp => sp.GetRequiredService<ConnectionCredentialSource>());
        services.TryAddSingleton<ConnectionStatusService>();

        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.SectionName)
            .PostConfigure(o => o.EffectiveNodeId = string.IsNullOrWhiteSpace(o.NodeId)
                ? $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}"
                : o.NodeId.Trim())
            .Validate(o => o.IsValid(out _), "Sync options are out of range: intervals must be positive and batch sizes at least 1.")
            .ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .Validate(o => o.MaxBodyBytes > 0 && o.Retention > TimeSpan.Zero, "Sync:Webhooks needs a positive MaxBodyBytes and Retention.")
            .ValidateOnStart();

        services.TryAddSingleton<ISyncScopeSource, InMemorySyncScopeSource>();
        services.AddSingleton<SyncConnectionCatalog>();
        services.AddSingleton<SyncSignals>();
        services.AddSingleton<SyncMetrics>();
        services.AddSingleton<TaskChangeFeed>();
        services.AddSingleton<ITaskChangeFeed>(sp => sp.GetRequiredService<TaskChangeFeed>());
        services.AddSingleton<TaskStore>();
        services.AddSingleton<ScopeEvaluator>();
        services.AddSingleton<ScopeSweep>();
        services.AddSingleton<ScopeImporter>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<SyncStateStore>();
        services.AddSingleton<SyncProgressBoard>();
        services.AddSingleton<SyncRunner>();
        services.AddSingleton<SyncStatusQuery>();
        services.AddSingleton<ConnectionHealth>();
        services.AddSingleton<IConnectionStatusListener, SyncStatusListener>();
        services.AddSingleton<IScopeChangeListener, SyncScopeChangeListener>();

        services.AddSingleton<WebhookInbox>();
        services.AddSingleton<DeliveryApplier>();
        services.AddSingleton<InboxWorker>();
        services.AddSingleton<ReconcileWorker>();

        services.AddSingleton<WriteBackPlanner>();
        services.AddSingleton<WriteBackQueue>();
        services.AddSingleton<IWriteBackQueue>(sp => sp.GetRequiredService<WriteBackQueue>());
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<RereadBatches>();
        services.AddSingleton<OperationSender>();
        services.AddSingleton<OutboxWorker>();
        services.AddSingleton<Tasks.TaskQuery>();

        services.AddHostedService<SyncSupervisor>();
        return services;
    }
}
