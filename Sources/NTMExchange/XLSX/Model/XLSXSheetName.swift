extension XLSXSheet {
    /// Excel refuses to open a workbook whose sheet names break these rules, so they are checked before writing.
    public static func validateName(_ name: String) throws(XLSXError) {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let hasControl = name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }
        guard !name.isEmpty,
            name.utf16.count <= 31,
            !name.contains(where: forbidden.contains),
            !hasControl,
            !name.hasPrefix("'"), !name.hasSuffix("'"),
            name.lowercased() != "history"  // reserved by Excel for change tracking
        else {
            throw .invalidSheetName(name)
        }
    }
}
