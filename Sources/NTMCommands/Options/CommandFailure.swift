import ArgumentParser
import Foundation
import NTMCore
import NTMData
import NTMExchange
import NTMFunds
import NTMReports
import NTMStore
import NTMTasks

/// How a failed command reports itself: our errors in the user's language (Vietnamese unless `--lang en`), with
/// every located problem on its own line; anything else as the argument parser would print it.
public enum CommandFailure {
    /// The language asked for on the command line, wherever `--lang` appears.
    public static func language(_ arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", let next = arguments[safe: index + 1], let language = Language(rawValue: next) { return language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst("--lang=".count))) {
                return language
            }
        }
        return .vi
    }

    /// The message for one of our errors, or nil to let the argument parser report it.
    public static func message(_ error: any Error, language: Language) -> String? {
        switch error {
        case let error as DataFileErrors: error.text(language)
        case let error as DataFileError: error.text(language)
        case let error as ImportProblems: error.text(language)
        case let error as EngineError: error.text(language)
        case let error as CatalogError: error.text(language)
        case let error as UnitHierarchyError: error.text(language)
        case let error as StoreError: error.text(language)
        case let error as TaskError: error.text(language)
        case let error as FundError: error.text(language)
        case let error as ReportError: error.text(language)
        case let error as MoneyError: error.text(language)
        case let error as ValueParseError: error.text(language)
        case let error as TemplateWriter.Problem: error.text(language)
        case let error as XLSXError: error.description
        default: nil
        }
    }

    /// `Lỗi: …` on standard error.
    public static func report(_ message: String, language: Language) {
        let prefix = language == .vi ? "Lỗi" : "Error"
        FileHandle.standardError.write(Data("\(prefix): \(message)\n".utf8))
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
