import NTMStore

/// Every conformance case, in the order they are reported.
enum Conformance {
    static let all: [ConformanceCase] =
        schema + reference + criteriaLibrary + observations + review + loading + concurrency + service + accounts + targets + tasks + briefings
        + funds
}
