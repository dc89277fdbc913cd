namespace Panorama.JiraSim.Model;

internal sealed record SimPriority(long Id, string Name, string Icon, string StatusColor);
