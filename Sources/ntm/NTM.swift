import ArgumentParser
import Foundation
import NTMCommands

/// The `ntm` command: wires the subcommands together.
@main
struct NTM: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ntm",
        abstract: "NTM Monitor — theo dõi, đánh giá Chương trình MTQG xây dựng nông thôn mới.",
        subcommands: [
            EvaluateCommand.self, TargetsCommand.self, CriteriaCommand.self, TemplateCommand.self, ImportCommand.self, ExportCommand.self,
            MigrateCommand.self, InitCommand.self, BackupCommand.self, RestoreCommand.self, AuditCommand.self,
            DemoCommand.self, ServeCommand.self, UserCommand.self, UnitsCommand.self, RegistrationsCommand.self, DirectivesCommand.self,
            TasksCommand.self, BriefingCommand.self, FundsCommand.self, ReportCommand.self,
        ])

    /// As the argument parser runs commands, except that our own errors are printed in the user's language.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let language = CommandFailure.language(CommandLine.arguments)
            guard let message = CommandFailure.message(error, language: language) else { exit(withError: error) }
            CommandFailure.report(message, language: language)
            Foundation.exit(1)
        }
    }
}
