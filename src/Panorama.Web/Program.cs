using Panorama.Web.CommandLine;

namespace Panorama.Web;

/// <summary>The <c>panorama</c> executable: a command line whose commands run the web host and its tools.</summary>
public sealed partial class Program
{
    public static Task<int> Main(string[] args) => PanoramaCommandLine.InvokeAsync(args);
}
