using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Hosting;

public sealed class SettingsFileTests
{
    [Fact]
    public async Task TheServer_ShouldReadItsSettingsFilesOnce_WithoutWatchingTheFolderTheStoreMayLiveIn()
    {
        await using var app = new AppFactory();

        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched for changes"));
    }
}
