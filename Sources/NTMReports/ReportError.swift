import NTMCore

/// Why a report was not made. Nothing is written when one is thrown.
public enum ReportError: Error, Hashable, Sendable {
    /// The session has no directive recording its conclusions yet.
    case noDirective(session: String)
    /// A `sections` value that names no part.
    case unknownSection(String)
    /// PDF was asked for and LibreOffice is not installed where the server or command runs.
    case pdfUnavailable
    /// LibreOffice ran and produced no PDF; its own words are kept.
    case conversionFailed(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.noDirective(let id), .vi): "cuộc họp \(id) chưa có văn bản kết luận (thông báo kết luận) trong hệ thống"
        case (.noDirective(let id), .en): "briefing \(id) has no directive recording its conclusions yet"
        case (.unknownSection(let code), .vi):
            "không có phần báo cáo '\(code)'; dùng: " + ReportSection.allCases.map(\.rawValue).joined(separator: ", ")
        case (.unknownSection(let code), .en):
            "no report section '\(code)'; use: " + ReportSection.allCases.map(\.rawValue).joined(separator: ", ")
        case (.pdfUnavailable, .vi):
            "không tạo được PDF: máy này chưa cài LibreOffice (soffice); cài gói libreoffice-writer-nogui hoặc tải bản .docx"
        case (.pdfUnavailable, .en):
            "cannot make a PDF: LibreOffice (soffice) is not installed here; install libreoffice-writer-nogui or take the .docx"
        case (.conversionFailed(let detail), .vi): "LibreOffice không chuyển được báo cáo sang PDF: \(detail)"
        case (.conversionFailed(let detail), .en): "LibreOffice could not convert the report to PDF: \(detail)"
        }
    }
}
