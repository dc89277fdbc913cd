using Microsoft.AspNetCore.Components;

namespace Panorama.Web.Components.Shell;

/// <summary>
/// Base of interactive components that act for the user: <see cref="Aborted"/> ends with the component, and
/// <see cref="TryAsync"/> turns a failure into a message on the page instead of an exception that ends the circuit.
/// </summary>
public abstract class UiComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _aborted = new();

    [Inject]
    protected SignedInUser SignedIn { get; set; } = default!;

    [Inject]
    private ILogger<UiComponentBase> Logger { get; set; } = default!;

    /// <summary>Cancelled when the component goes away (page left, circuit closed).</summary>
    protected CancellationToken Aborted => _aborted.Token;

    /// <summary>Runs an action; on failure reports a message meant for the user and returns false.</summary>
    protected async Task<bool> TryAsync(Func<Task> action, Action<string> report)
    {
        try
        {
            await action();
            return true;
        }
        catch (UnauthorizedAccessException e)
        {
            report(e.Message);
        }
        catch (OperationCanceledException) when (Aborted.IsCancellationRequested)
        {
            // The page is gone: nobody to tell.
        }
        catch (Exception e)
        {
            Logger.LogError(e, "A page action failed");
            report("This failed unexpectedly and was logged: try again, or ask an administrator to look at the server log.");
        }

        return false;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aborted.Cancel();
            _aborted.Dispose();
        }
    }
}
