namespace Panorama.JiraSim.Model;

/// <summary>A workflow status; names repeat across sites but ids differ.</summary>
internal sealed record SimStatus(long Id, string Name, string Description, StatusCategoryDef Category);
