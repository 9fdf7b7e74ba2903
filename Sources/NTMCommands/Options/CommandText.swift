import ArgumentParser
import NTMCore

/// A command-line message in the user's language: Vietnamese unless `--lang en`.
struct CommandText {
    let language: Language

    func callAsFunction(vi: String, en: String) -> String { language == .vi ? vi : en }

    /// A refusal the command line prints as `Error: …`.
    func error(vi: String, en: String) -> ValidationError { ValidationError(self(vi: vi, en: en)) }
}
