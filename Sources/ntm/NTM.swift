import ArgumentParser
import NTMCommands

/// The `ntm` command: wires the subcommands together.
@main
struct NTM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ntm",
        abstract: "NTM Monitor — theo dõi, đánh giá Chương trình MTQG xây dựng nông thôn mới.",
        subcommands: [
            EvaluateCommand.self, CriteriaCommand.self, TemplateCommand.self, ImportCommand.self, ExportCommand.self,
            MigrateCommand.self, InitCommand.self, BackupCommand.self, RestoreCommand.self, AuditCommand.self,
            DemoCommand.self, ServeCommand.self, UserCommand.self,
        ])
}
