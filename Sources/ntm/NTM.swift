import ArgumentParser
import NTMCommands

/// The `ntm` command: wires the subcommands together.
@main
struct NTM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ntm",
        abstract: "NTM Monitor — theo dõi, đánh giá Chương trình MTQG xây dựng nông thôn mới.",
        subcommands: [EvaluateCommand.self, CriteriaCommand.self, DemoCommand.self])
}
