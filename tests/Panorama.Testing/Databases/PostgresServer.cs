using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Panorama.Testing.Databases;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: <c>initdb</c> into a temporary folder, <c>pg_ctl</c> on a free
/// loopback port with <c>fsync=off</c>, one database per test, everything removed when the process ends.
/// It never skips: missing binaries fail the test with the command that installs them.
/// </summary>
public sealed class PostgresServer
{
    private const string Superuser = "panorama";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string _dataDirectory;
    private readonly PostgresBinaries _binaries;

    private PostgresServer(PostgresBinaries binaries, string dataDirectory, int port)
    {
        _binaries = binaries;
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The cluster shared by every test in this process, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = Superuser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return name;
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var binaries = PostgresBinaries.Find();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"panorama-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        await binaries.GiveToServerUserAsync(dataDirectory);
        await binaries.RunAsync("initdb", ["-D", dataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-locale"]);

        var port = FreePort();
        var settings = string.Join(' ',
            $"-p {port}", $"-k {dataDirectory}", "-c listen_addresses=127.0.0.1", "-c fsync=off",
            "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=400");
        await binaries.RunAsync("pg_ctl", ["-D", dataDirectory, "-o", settings, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "start"]);

        var server = new PostgresServer(binaries, dataDirectory, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            _binaries.RunAsync("pg_ctl", ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
