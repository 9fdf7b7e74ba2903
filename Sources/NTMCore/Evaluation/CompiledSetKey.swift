/// The engine's compiled sets, by national set, province and year.
///
/// A compiled set depends only on the catalog (the effective set, its thresholds for the year) and on the column
/// layout of the set's observation table, which the catalog fixes when the index is created; recording values never
/// changes either, so a compiled set stays valid for the engine's life. Compiling costs far more than judging a unit
/// with it: before this cache, the 700-target benchmark spent a fifth of its time compiling the same sets again.
struct CompiledSetKey: Hashable, Sendable {
    var set: CriteriaSetID
    var province: UnitCode?
    var year: Int
}
