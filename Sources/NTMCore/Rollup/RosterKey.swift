/// The engine's rosters by scope, day and grouping.
///
/// A roster depends on the unit tree, which an engine never changes, so it stays valid for the engine's life —
/// except for scopes of registered communes, which depend on registrations that can be added; those are built
/// each time (`EvaluationEngine.roster`). Pages ask for a handful of scopes and days, so the cache keeps at most
/// `limit` of them.
struct RosterKey: Hashable, Sendable {
    var scope: EvaluationScope
    var date: LocalDate
    var grouping: LiveSummary.Grouping

    static let limit = 64
}
