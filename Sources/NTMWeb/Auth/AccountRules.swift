import NTMCore

/// What makes an account acceptable, for the API, the pages and `ntm user`: each problem names its field
/// and says what to enter, in both languages.
public enum AccountRules {
    /// Problems with the account's username, role and organisation, and with `password` when one is set.
    /// Uniqueness of the username is the caller's check.
    public static func problems(_ account: Account, password: String?, directory: OrganisationDirectory) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if !Account.isValidUsername(account.username) {
            problems.append(
                FieldProblem(
                    field: "username",
                    message: LocalizedText(
                        vi: "tên đăng nhập gồm 2–64 ký tự a-z, 0-9, '.', '-' hoặc '_'",
                        en: "a username is 2–64 characters of a-z, 0-9, '.', '-' or '_'")))
        }
        if account.problem != nil {
            let needs: LocalizedText =
                switch account.role {
                case .department: LocalizedText(vi: "một sở, ngành (department:MÃ)", en: "a department (department:CODE)")
                case .district: LocalizedText(vi: "một huyện (unit:MÃ)", en: "a district (unit:CODE)")
                case .commune: LocalizedText(vi: "một xã (unit:MÃ)", en: "a commune (unit:CODE)")
                case .office, .viewer: LocalizedText(vi: "Văn phòng Điều phối hoặc để trống", en: "the office or nothing")
                }
            problems.append(
                FieldProblem(
                    field: "organisation",
                    message: LocalizedText(
                        vi: "vai trò \(account.role.name(.vi)) cần \(needs.vi)",
                        en: "a \(account.role.rawValue) account needs \(needs.en ?? needs.vi)")))
        } else if let organisation = account.organisation {
            if let found = directory.organisation(organisation) {
                let fits: Bool =
                    switch account.role {
                    case .district: found.kind == .district
                    case .commune: found.kind == .commune
                    default: true
                    }
                if !fits {
                    problems.append(
                        FieldProblem(
                            field: "organisation",
                            message: LocalizedText(
                                vi: "\(found.name.vi) không phải \(account.role.name(.vi).lowercased())",
                                en: "\(found.name.text(.en)) is not a \(account.role.rawValue)")))
                }
            } else {
                problems.append(
                    FieldProblem(
                        field: "organisation",
                        message: LocalizedText(vi: "không có tổ chức '\(organisation.text)'", en: "no organisation '\(organisation.text)' exists")))
            }
        }
        if let password, let problem = PasswordRules.problem(password, username: account.username) {
            problems.append(FieldProblem(field: "password", message: LocalizedText(vi: problem.vi, en: problem.en)))
        }
        return problems
    }
}
