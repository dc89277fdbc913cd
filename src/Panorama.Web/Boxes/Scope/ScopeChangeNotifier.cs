using Panorama.Core.Scope;

namespace Panorama.Web.Boxes.Scope;

/// <summary>
/// Tells every registered <see cref="IScopeChangeListener"/> (webhook filters, the sync engine's import) that a
/// connection's part of some box's scope changed. The scope is saved first; a listener that fails is logged and the
/// others still hear of it (their own reconciliation catches up).
/// </summary>
internal sealed partial class ScopeChangeNotifier(IEnumerable<IScopeChangeListener> listeners, ILogger<ScopeChangeNotifier> logger)
{
    public async Task NotifyAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.ScopeChangedAsync(connectionId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogListenerFailed(ex, listener.GetType().Name, connectionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scope change listener {Listener} failed for connection {ConnectionId}")]
    private partial void LogListenerFailed(Exception exception, string listener, Guid connectionId);
}
