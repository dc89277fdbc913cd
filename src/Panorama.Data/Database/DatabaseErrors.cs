using System.Net.Sockets;

namespace Panorama.Data.Database;

/// <summary>Turns provider exceptions into one line an operator can act on (no stack trace, no password).</summary>
internal static class DatabaseErrors
{
    public static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost switch
        {
            SocketException socket => $"cannot reach the database server ({socket.SocketErrorCode}).",
            TimeoutException => "the database server did not answer in time.",
            _ => innermost.Message,
        };
    }
}
