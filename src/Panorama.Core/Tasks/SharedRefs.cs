using System.Collections.Concurrent;

namespace Panorama.Core.Tasks;

/// <summary>
/// Hands out one shared instance per distinct project, issue type, status and person, so a loader that reads
/// 100,000 tasks keeps a few hundred of these objects instead of 400,000. Safe to use from several threads.
/// </summary>
public sealed class SharedRefs
{
    private readonly ConcurrentDictionary<(Guid, ProjectRef), ProjectRef> _projects = new();
    private readonly ConcurrentDictionary<(Guid, IssueTypeRef), IssueTypeRef> _issueTypes = new();
    private readonly ConcurrentDictionary<(Guid, StatusRef), StatusRef> _statuses = new();
    private readonly ConcurrentDictionary<Person, Person> _people = new();

    public ProjectRef Project(Guid connectionId, ProjectRef project) =>
        _projects.GetOrAdd((connectionId, project), static key => key.Item2);

    public IssueTypeRef IssueType(Guid connectionId, IssueTypeRef issueType) =>
        _issueTypes.GetOrAdd((connectionId, issueType), static key => key.Item2);

    public StatusRef Status(Guid connectionId, StatusRef status) =>
        _statuses.GetOrAdd((connectionId, status), static key => key.Item2);

    public Person Person(Person person) => _people.GetOrAdd(person, static p => p);
}
