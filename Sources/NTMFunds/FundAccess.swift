import NTMCore

/// Who writes funding figures: the office for any unit, a district for its own lines and its communes', a commune
/// for its own. Departments and leaders read.
extension AccessPolicy {
    public func canWriteFunds(_ account: Account, unit: UnitCode, on date: LocalDate) -> Bool {
        guard account.active else { return false }
        switch account.role {
        case .office: return true
        case .district: return covers(account, unit: unit, on: date)
        case .commune: return isOwnUnit(account, unit: unit, on: date)
        case .department, .viewer: return false
        }
    }

    /// The first entry of `batch` the account may not write, as a refusal naming the unit; nil when it may write all.
    public func fundRefusal(_ account: Account, batch: FundBatch) -> FundError? {
        let slots = batch.amounts.map { ($0.line.unit, $0.asOf) } + batch.debts.map { ($0.unit, $0.asOf) }
        guard let (unit, _) = slots.first(where: { !canWriteFunds(account, unit: $0.0, on: $0.1) }) else { return nil }
        return .forbidden(
            unit: unit,
            LocalizedText(
                vi: "tài khoản \(account.username) không được ghi nguồn vốn của đơn vị \(unit)",
                en: "account \(account.username) may not write the funds of unit \(unit)"))
    }
}
