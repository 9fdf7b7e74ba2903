import NTMCore

/// What makes an account acceptable, for the API, the pages and `ntm user`: each problem names its field
/// and says what to enter, in both languages.
public enum AccountRules {
    /// Problems with the account's username, role, unit and criteria, and with `password` when one is set.
    /// `unitExists` tells whether a unit code is known; uniqueness of the username is the caller's check.
    public static func problems(_ account: Account, password: String?, unitExists: (UnitCode) -> Bool) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if !Account.isValidUsername(account.username) {
            problems.append(
                FieldProblem(
                    field: "username",
                    message: LocalizedText(
                        vi: "tên đăng nhập gồm 3–64 ký tự a-z, 0-9, '.', '-' hoặc '_'",
                        en: "a username is 3–64 characters of a-z, 0-9, '.', '-' or '_'")))
        }
        if account.problem != nil {
            let department = account.role == .department
            problems.append(
                FieldProblem(
                    field: department ? "criteria" : "unit",
                    message: LocalizedText(
                        vi:
                            "vai trò \(account.role.name(.vi)) cần \(department ? "danh sách tiêu chí phụ trách (ví dụ 3,13)" : "mã đơn vị (huyện hoặc xã)")",
                        en:
                            "a \(account.role.rawValue) account needs \(department ? "the criteria it answers for (e.g. 3,13)" : "the code of its district or commune")"
                    )))
        }
        if let unit = account.unit, !unitExists(unit) {
            problems.append(FieldProblem(field: "unit", message: LocalizedText(vi: "không có đơn vị mã \(unit)", en: "no unit has code \(unit)")))
        }
        if account.criteria.contains(where: { !(1...99).contains($0) }) {
            problems.append(
                FieldProblem(field: "criteria", message: LocalizedText(vi: "số tiêu chí phải từ 1 đến 99", en: "criterion numbers run from 1 to 99")))
        }
        if let password, password.count < Passwords.minimumLength {
            problems.append(
                FieldProblem(
                    field: "password",
                    message: LocalizedText(
                        vi: "mật khẩu cần ít nhất \(Passwords.minimumLength) ký tự",
                        en: "a password needs at least \(Passwords.minimumLength) characters")))
        }
        return problems
    }
}
