using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Core.Scheduling;
using Panorama.Core.Structure;
using Panorama.Core.Views;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Boxes.Storage;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Data.Tests.Boxes;

public sealed class BoxStorageTests
{
    [Theory]
    [DatabaseData]
    public async Task ABoxAndEverythingKeptForIt_ShouldRoundTrip(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        StructureBuilder[] builders =
        [
            new GroupByFieldBuilder(FieldRef.Native(Beta.Id, "customfield_10104"), Beta.Id),
            new LinkHierarchyBuilder(Alpha.Id, AlphaRelates, LinkParentSide.To),
            new JiraHierarchyBuilder(),
        ];
        var box = await store.AddBoxAsync("Launch", structureJson: StructureJson.Write(builders));
        var integration = await store.AddIntegrationAsync(box.Id, Beta.Id, "BET,OPS", jql: "labels = launch");
        var user = await store.AddUserAsync("ada@panorama.test");
        await using (var db = store.Database.CreateContext())
        {
            var record = await db.Boxes.SingleAsync(b => b.Id == box.Id, ct);
            record.WorkingDays = CalendarText.FormatDays([DayOfWeek.Monday, DayOfWeek.Tuesday]);
            record.Holidays = CalendarText.FormatHolidays([Day(6)]);
            db.BoxMembers.Add(new BoxMemberRecord { BoxId = box.Id, UserId = user, Role = BoxRole.Editor });
            db.BoxTaskModes.Add(new BoxTaskModeRecord { BoxId = box.Id, ConnectionId = Alpha.Id, IssueId = Ops3, Mode = ScheduleMode.Locked });
            db.BoxViews.Add(new BoxViewRecord
            {
                Id = Guid.NewGuid(),
                BoxId = box.Id,
                Kind = ViewKind.Column,
                Name = "Mine",
                ColumnsJson = ViewJson.Write([new ColumnRef(FieldRef.Native(Alpha.Id, "customfield_10016"), Aggregation.Sum), BuiltInField.Key]),
            });
            await db.SaveChangesAsync(ct);
        }

        await using var read = store.Database.CreateContext();
        var sites = SiteCatalog.From(await read.Connections.ToListAsync(ct));
        var settings = (await BoxSettingsLoader.LoadAsync(read, box.Id, sites, ct))!;

        Assert.Equal(3, settings.Structure.Builders.Count);
        var group = Assert.IsType<GroupByFieldBuilder>(settings.Structure.Builders[0]);
        Assert.Equal(Beta.Id, group.ConnectionId);
        Assert.Equal([FieldRef.Native(Beta.Id, "customfield_10104")], group.Fields);
        Assert.Equal(builders[1], settings.Structure.Builders[1]);
        var scope = Assert.Single(settings.Scope);
        Assert.Equal((integration.Id, "labels = launch"), (scope.IntegrationId, scope.Integration.Jql));
        Assert.Equal(["BET", "OPS"], scope.Integration.ProjectKeys);
        Assert.Equal(["Mine"], settings.ColumnViews.Select(v => v.Name));
        Assert.Equal(new ColumnRef(FieldRef.Native(Alpha.Id, "customfield_10016"), Aggregation.Sum), settings.ColumnViews[0].Columns[0]);
        Assert.Equal(["Default cards"], settings.CardViews.Select(v => v.Name));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday], settings.Calendar.WorkingDays);
        Assert.Equal([Day(6)], settings.Calendar.Holidays);
        Assert.Equal(ScheduleMode.Locked, settings.ModeOf(new(Alpha.Id, Ops3)));
        Assert.Equal(ScheduleMode.Auto, settings.ModeOf(new(Alpha.Id, Ops2)));
        Assert.Equal(BoxRole.Editor, (await read.BoxMembers.SingleAsync(ct)).Role);
    }

    [Theory]
    [DatabaseData]
    public async Task TheDatabase_ShouldRefuseASecondIntegrationForOneConnectionInABox(DatabaseProvider provider)
    {
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var box = await store.AddBoxAsync("Launch");
        await store.AddIntegrationAsync(box.Id, Alpha.Id, "OPS");

        await Assert.ThrowsAsync<DbUpdateException>(() => store.AddIntegrationAsync(box.Id, Alpha.Id, "WEB"));
    }

    [Theory]
    [DatabaseData]
    public async Task RemovingAnIntegration_ShouldRemoveItsScopeMemberships(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var box = await store.AddBoxAsync("Launch");
        var integration = await store.AddIntegrationAsync(box.Id, Beta.Id, "", jql: "labels = launch");
        await store.Seeder.AddMembershipsAsync(integration.Id, Beta.Id, [Bet1, Bet2], ct);

        await using var db = store.Database.CreateContext();
        await db.ScopeIntegrations.Where(i => i.Id == integration.Id).ExecuteDeleteAsync(ct);

        Assert.Equal(0, await db.ScopeMemberships.CountAsync(ct));
    }

    [Theory]
    [DatabaseData]
    public async Task TheDatabase_ShouldRefuseToDeleteABoxWithSubBoxes_AndAStaleRevision(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider, seed: false);
        var parent = await store.AddBoxAsync("Portfolio");
        await store.AddBoxAsync("Program", parent.Id);

        await using (var db = store.Database.CreateContext())
        {
            db.Boxes.Remove(await db.Boxes.SingleAsync(b => b.Id == parent.Id, ct));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using var first = store.Database.CreateContext();
        await using var second = store.Database.CreateContext();
        var a = await first.Boxes.SingleAsync(b => b.Id == parent.Id, ct);
        var b = await second.Boxes.SingleAsync(b => b.Id == parent.Id, ct);
        a.Name = "A";
        a.Revision++;
        await first.SaveChangesAsync(ct);
        b.Name = "B";
        b.Revision++;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
    }
}
