namespace Panorama.JiraSim.Seeding;

/// <summary>Words the seed generator builds names, summaries and descriptions from.</summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
        ["Ada", "Bram", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Keira", "Luca", "Maya", "Nils", "Olga", "Priya", "Quentin", "Rosa", "Sven", "Tara"];

    public static readonly string[] LastNames =
        ["Almeida", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Peters", "Rossi", "Schmidt", "Tanaka", "Weber"];

    public static readonly string[] TimeZones = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "Europe/Paris"];

    public static readonly (string Key, string Name)[] Projects =
    [
        ("APP", "Customer App"), ("WEB", "Web Platform"), ("OPS", "Operations"), ("DATA", "Data Platform"),
        ("MOB", "Mobile"), ("PLAT", "Platform Core"), ("PAY", "Payments"), ("CRM", "CRM Integration"),
    ];

    public static readonly string[] Components = ["Backend", "Frontend", "API", "Database", "Infrastructure", "Security", "Reporting", "Billing"];

    public static readonly string[] Labels = ["customer", "tech-debt", "performance", "q3-goal", "compliance", "ux", "migration", "quick-win"];

    public static readonly string[] Verbs =
        ["Implement", "Refactor", "Migrate", "Design", "Review", "Fix", "Document", "Automate", "Optimise", "Validate", "Integrate", "Deprecate", "Monitor", "Harden"];

    public static readonly string[] Nouns =
        ["checkout flow", "login page", "invoice export", "search index", "audit log", "billing service", "notification queue", "report builder",
         "user onboarding", "payment gateway", "API rate limiter", "mobile sync", "data warehouse load", "permission model", "release pipeline",
         "feature flags", "session handling", "dashboard widgets", "webhook receiver", "backup job"];

    public static readonly string[] Qualifiers =
        ["for enterprise customers", "in the EU region", "before the Q3 release", "with retries", "behind a feature flag", "for the new pricing",
         "across all sites", "without downtime", "for accessibility", "on Postgres 15"];

    public static readonly string[] Words =
        ["the", "service", "should", "handle", "requests", "from", "customers", "when", "the", "database", "is", "under", "load", "and",
         "we", "need", "to", "make", "sure", "that", "errors", "are", "reported", "clearly", "in", "dashboard", "acceptance", "criteria",
         "include", "tests", "for", "each", "edge", "case", "performance", "must", "not", "regress", "compared", "with", "current",
         "release", "please", "coordinate", "team", "before", "merging", "changes", "affect", "billing", "data", "migration", "plan",
         "rollback", "documented", "stakeholders", "informed", "after", "deployment", "metrics", "monitored", "week"];
}
