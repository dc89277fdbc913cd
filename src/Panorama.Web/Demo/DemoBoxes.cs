using Microsoft.EntityFrameworkCore;
using Panorama.Core.Scope;
using Panorama.Core.Structure;
using Panorama.Data;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Storage;
using Panorama.Data.Connections;
using Panorama.JiraSim;

namespace Panorama.Web.Demo;

/// <summary>
/// The demo's boxes: a portfolio over every project of every site (structured by its sub-boxes), a program per site
/// and a project box per Jira project. Saved, then every scope listener hears of it (webhook filters, import).
/// </summary>
internal static class DemoBoxes
{
    public static async Task<IReadOnlyList<DemoBox>> CreateAsync(IServiceProvider services, IReadOnlyList<(SimulatedSite Site, Connection Connection)> connections,
        CancellationToken cancellationToken)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        var boxes = new List<BoxRecord>();
        var integrations = new List<ScopeIntegrationRecord>();

        var portfolio = Box("Company portfolio", "Portfolio", null, now);
        portfolio.StructureJson = StructureJson.Write([new BoxStructureBuilder(), new ProjectBuilder(), new JiraHierarchyBuilder()]);
        boxes.Add(portfolio);
        foreach (var (site, connection) in connections)
        {
            integrations.Add(Integration(portfolio, connection, site.State.ProjectKeys, now));
            var program = Box($"{Capitalised(site.Name)} program", "Program", portfolio.Id, now);
            program.StructureJson = StructureJson.Write([new BoxStructureBuilder(), new JiraHierarchyBuilder()]);
            boxes.Add(program);
            integrations.Add(Integration(program, connection, site.State.ProjectKeys, now));
            foreach (var project in site.State.ProjectKeys)
            {
                var box = Box($"{project} project", "Project", program.Id, now);
                boxes.Add(box);
                integrations.Add(Integration(box, connection, [project], now));
            }
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            db.Boxes.AddRange(boxes);
            db.ScopeIntegrations.AddRange(integrations);
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var connection in connections.Select(c => c.Connection))
        {
            foreach (var listener in services.GetServices<IScopeChangeListener>())
            {
                await listener.ScopeChangedAsync(connection.Id, cancellationToken);
            }
        }

        return [.. boxes.Select(b => new DemoBox(b.Id, b.Name, b.TypeName))];
    }

    private static BoxRecord Box(string name, string type, Guid? parent, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name,
        TypeName = type,
        ParentId = parent,
        CreatedAt = now,
        Revision = 1,
    };

    private static ScopeIntegrationRecord Integration(BoxRecord box, Connection connection, IEnumerable<string> projects, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        BoxId = box.Id,
        ConnectionId = connection.Id,
        ProjectKeys = string.Join(',', projects),
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static string Capitalised(string name) => string.Concat(name[..1].ToUpperInvariant(), name[1..]);
}
