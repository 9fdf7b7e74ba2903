/// What a new password must be: long enough, within what bcrypt reads, and not one a stranger would try first.
///
/// bcrypt reads only the first 72 bytes and stops at a NUL byte, so two different passwords could otherwise hash
/// alike (ten NULs would equal the empty password): such passwords are refused outright rather than truncated.
public enum PasswordRules {
    public static let minimumLength = 10
    /// bcrypt's input limit, in UTF-8 bytes.
    public static let maximumBytes = 72

    /// Passwords people pick first, and the demo's own; compared without case.
    static let common: Set<String> = [
        "1234567890", "0123456789", "12345678910", "123456789a", "1234567890a", "qwertyuiop", "qwertyuiop1", "password12",
        "password123", "passw0rd123", "abcdefghij", "abc1234567", "matkhau123", "matkhau1234", "123456abcd", "iloveyou12",
        "admin12345", "administrator", "ntm-demo-2019", "nongthonmoi", "nongthonmoi1", "vanphong123", "1q2w3e4r5t", "zaq12wsxcde",
    ]

    /// Why `password` cannot be used for `username`; nil when it can.
    public static func problem(_ password: String, username: String) -> LocalizedProblem? {
        if password.unicodeScalars.contains(where: { $0.value == 0 || ($0.properties.generalCategory == .control && $0 != "\t") }) {
            return LocalizedProblem(vi: "mật khẩu không được chứa ký tự điều khiển", en: "a password cannot contain control characters")
        }
        if password.count < minimumLength {
            return LocalizedProblem(
                vi: "mật khẩu cần ít nhất \(minimumLength) ký tự", en: "a password needs at least \(minimumLength) characters")
        }
        if password.utf8.count > maximumBytes {
            return LocalizedProblem(
                vi: "mật khẩu dài quá \(maximumBytes) byte (chữ có dấu tính 2–3 byte)",
                en: "a password may be at most \(maximumBytes) bytes (accented letters take 2–3)")
        }
        if Set(password).count == 1 {
            return LocalizedProblem(vi: "mật khẩu không được là một ký tự lặp lại", en: "a password cannot be one character repeated")
        }
        let folded = password.lowercased()
        if folded == username.lowercased() || folded.contains(username.lowercased()) && username.count >= 4 {
            return LocalizedProblem(vi: "mật khẩu không được chứa tên đăng nhập", en: "a password cannot contain the username")
        }
        if common.contains(folded) || isRun(folded) {
            return LocalizedProblem(vi: "mật khẩu quá dễ đoán; hãy chọn mật khẩu khác", en: "this password is too easy to guess; choose another")
        }
        return nil
    }

    /// Consecutive runs such as "abcdefghij" or "9876543210".
    private static func isRun(_ text: String) -> Bool {
        let values = text.unicodeScalars.map(\.value)
        guard values.count >= 2 else { return false }
        let steps = Set(zip(values, values.dropFirst()).map { Int($1) - Int($0) })
        return steps == [1] || steps == [-1]
    }
}

/// A message in both languages.
public struct LocalizedProblem: Hashable, Sendable {
    public var vi: String
    public var en: String
}
