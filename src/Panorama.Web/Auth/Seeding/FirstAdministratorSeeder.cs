using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;
using Panorama.Data.Database;
using Panorama.Web.Auth.Tokens;
using Panorama.Web.Auth.Users;

namespace Panorama.Web.Auth.Seeding;

/// <summary>
/// Once the store is migrated: creates the administrator role, the first administrator when there is none, and the
/// configured API token. Idempotent across restarts, and across nodes through a database lock. A generated password
/// is printed once to standard output, never logged.
/// </summary>
internal sealed partial class FirstAdministratorSeeder(
    IServiceScopeFactory scopes,
    DatabaseState database,
    FirstAdministratorState state,
    IOptions<FirstAdministratorOptions> options,
    StartupConsole console,
    TimeProvider time,
    ILogger<FirstAdministratorSeeder> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.WhenReadyAsync(stoppingToken);
        while (true)
        {
            try
            {
                var created = await SeedAsync(stoppingToken);
                if (created is { GeneratedPassword: { } password })
                {
                    console.WriteBlock([
                        "Panorama created the first administrator.",
                        $"  E-mail:   {created.Email}",
                        $"  Password: {password}",
                        "Sign in at /signin and change this password: it is not shown again.",
                    ]);
                }

                // Only after the password is printed: whoever waits for the seeding (start-up, tests) then finds it there.
                state.MarkSeeded();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSeedingFailed(logger, ex.GetType().Name, ex.Message);
            }

            await Task.Delay(RetryDelay, time, stoppingToken);
        }
    }

    private async Task<CreatedAdministrator?> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PanoramaDbContext>();
        var users = services.GetRequiredService<UserManager<PanoramaUser>>();
        var roles = services.GetRequiredService<RoleManager<PanoramaRole>>();
        var settings = options.Value;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForTransactionAsync(DatabaseLocks.FirstAdministrator, cancellationToken);

        const string role = PanoramaRoles.ApplicationAdministrator;
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new PanoramaRole { Id = Guid.CreateVersion7(), Name = role }), "create the administrator role");
        }

        CreatedAdministrator? created = null;
        if ((await users.GetUsersInRoleAsync(role)).Count == 0)
        {
            created = await EnsureAdministratorAsync(db, users, settings);
        }

        if (!string.IsNullOrWhiteSpace(settings.ApiToken))
        {
            await SeedApiTokenAsync(db, users, services.GetRequiredService<ApiTokenService>(), settings, cancellationToken);
        }

        // Audit lines join this transaction: a second connection writing to SQLite now would wait on our lock.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    private async Task<CreatedAdministrator> EnsureAdministratorAsync(PanoramaDbContext db, UserManager<PanoramaUser> users, FirstAdministratorOptions settings)
    {
        var email = settings.EffectiveEmail;
        string? generated = null;
        var user = await users.FindByEmailAsync(email);
        var existed = user is not null;
        if (user is null)
        {
            generated = string.IsNullOrEmpty(settings.Password) ? GeneratedPassword.Create() : null;
            user = new PanoramaUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Administrator",
                CreatedAt = time.GetUtcNow(),
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, generated ?? settings.Password!), "create the first administrator");
            Audit(db, AuditActions.UserCreated, user, [new("administrator", null, true)]);
        }

        Check(await users.AddToRoleAsync(user, PanoramaRoles.ApplicationAdministrator), "make the first administrator an administrator");
        if (existed)
        {
            Audit(db, AuditActions.UserRoleChanged, user, [new("administrator", false, true)]);
        }

        LogAdministratorSeeded(logger, email);
        return new CreatedAdministrator(email, generated);
    }

    private async Task SeedApiTokenAsync(
        PanoramaDbContext db, UserManager<PanoramaUser> users, ApiTokenService tokens, FirstAdministratorOptions settings, CancellationToken cancellationToken)
    {
        var owner = await users.FindByEmailAsync(settings.EffectiveEmail);
        if (owner is null)
        {
            LogTokenOwnerMissing(logger, settings.EffectiveEmail);
            return;
        }

        var token = await tokens.AddSeededAsync(owner.Id, settings.ApiToken!.Trim(), "PANORAMA_ADMIN_API_TOKEN", cancellationToken);
        if (token is not null)
        {
            db.AuditEntries.Add(AuditEntry.Create(ApiTokenService.TokenEvent(AuditActions.TokenCreated, token, AuditActor.System), time.GetUtcNow()));
            LogTokenSeeded(logger, settings.EffectiveEmail);
        }
    }

    private void Audit(PanoramaDbContext db, string action, PanoramaUser user, IReadOnlyList<AuditFieldChange> changes) =>
        db.AuditEntries.Add(AuditEntry.Create(new AuditEvent(action)
        {
            Actor = AuditActor.System,
            TargetType = "user",
            TargetId = user.Id.ToString(),
            Changes = changes,
            Data = new Dictionary<string, string?> { ["email"] = user.Email, ["reason"] = "first administrator" },
        }, time.GetUtcNow()));

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private sealed record CreatedAdministrator(string Email, string? GeneratedPassword);

    [LoggerMessage(Level = LogLevel.Information, Message = "First administrator {Email} is set up")]
    private static partial void LogAdministratorSeeded(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "API token from configuration created for {Email}")]
    private static partial void LogTokenSeeded(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin:ApiToken is set but no user {Email} exists; no token was created")]
    private static partial void LogTokenOwnerMissing(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding the first administrator failed, will retry: {Error}: {Reason}")]
    private static partial void LogSeedingFailed(ILogger logger, string error, string reason);
}
