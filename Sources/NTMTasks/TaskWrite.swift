import NTMCore

/// What happens to a task after it is given: a progress report, an extension of its deadline, its completion.
public enum TaskWrite: Hashable, Sendable {
    case report(ProgressReport)
    case extend(DeadlineExtension)
    case complete(on: LocalDate)
}
