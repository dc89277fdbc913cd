using Microsoft.Extensions.Configuration;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Hosting;

public sealed class SiteHostingTests
{
    [Fact]
    public async Task ASite_ShouldWatchNoFiles_SoWritesBelowTheCurrentFolderCostItNothing()
    {
        await using var jira = await Sim.StartAsync(issues: 1);

        var host = Assert.Single(jira.Hosts);
        Assert.Equal(AppContext.BaseDirectory, host.Environment.ContentRootPath);
        var files = ((IConfigurationRoot)host.Configuration).Providers.OfType<FileConfigurationProvider>().ToList();
        Assert.NotEmpty(files); // appsettings.json is still read once
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }
}
