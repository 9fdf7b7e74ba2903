import NTMCore

extension Target {
    /// Everything wrong with the target against the units and criteria sets it refers to; empty when it can be
    /// stored. Checked on the day progress starts: a unit must exist then, and a district measure needs a
    /// district-level unit with a district set in force.
    public func problems(engine: EvaluationEngine) -> [TargetProblem] {
        var problems: [TargetProblem] = []
        func add(_ field: String, vi: String, en: String) { problems.append(TargetProblem(field: field, message: LocalizedText(vi: vi, en: en))) }
        if id.isEmpty || id.count > 80 || !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            add("id", vi: "mã mục tiêu phải có 1–80 chữ, số, '-' hoặc '_'", en: "the target id must be 1–80 letters, digits, '-' or '_'")
        }
        if title.vi.trimmingCharacters(in: .whitespaces).isEmpty { add("title", vi: "cần tên mục tiêu", en: "a title is required") }
        if deadline < countedFrom {
            add(
                "deadline", vi: "hạn \(deadline.vietnamese) sớm hơn ngày bắt đầu \(countedFrom.vietnamese)",
                en: "the deadline \(deadline.iso) is before the start \(countedFrom.iso)")
        }
        let day = countedFrom
        var unit: AdministrativeUnit?
        switch scope {
        case .everything: break
        case .unit(let code), .registered(_, within: let code?):
            unit = engine.units.unit(code, on: day)
            if unit == nil {
                add("scope", vi: "không có đơn vị mã \(code) vào ngày \(day.vietnamese)", en: "no unit has code \(code) on \(day.iso)")
            }
        case .registered(_, within: nil): break
        }
        switch measure {
        case .shareAtStandard(let share):
            if share < FixedDecimal(0) || FixedDecimal(100) < share {
                add("measure", vi: "tỷ lệ \(share.plain)% phải từ 0 đến 100%", en: "the share \(share.plain)% must be between 0 and 100%")
            }
        case .communesAtStandard(let count), .everyCommuneAtLeast(criteria: let count), .districtCriteriaAtLeast(let count):
            if count < 1 { add("measure", vi: "số phải lớn hơn 0", en: "the number must be above 0") }
        case .criterionMetEverywhere(let number):
            if number < 1 { add("measure", vi: "số tiêu chí phải lớn hơn 0", en: "the criterion number must be above 0") }
        case .averageCriteria(let average):
            if average < FixedDecimal(0) { add("measure", vi: "bình quân không được âm", en: "the average cannot be negative") }
        case .districtAtStandard: break
        }
        if measure.judgesDistrict {
            guard case .unit = scope, let unit, unit.kind.isDistrictLevel else {
                add(
                    "measure", vi: "chỉ tiêu của huyện cần phạm vi là một huyện (không phải xã, tỉnh hay nhóm xã đăng ký)",
                    en: "a district measure needs a district as its scope (not a commune, a province or registered xã)")
                return problems
            }
            if let set = try? engine.criteriaSet(for: unit.code, on: day) {
                let total = set.criteria.count
                if case .districtCriteriaAtLeast(let count) = measure, count > total {
                    add("measure", vi: "bộ tiêu chí huyện chỉ có \(total) tiêu chí", en: "the district set has only \(total) criteria")
                }
            } else {
                add(
                    "measure", vi: "\(unit.name) không có bộ tiêu chí huyện vào ngày \(day.vietnamese)",
                    en: "\(unit.name) has no district criteria set on \(day.iso)")
            }
        } else if let unit, unit.kind.isCommuneLevel {
            add(
                "scope", vi: "phạm vi là một xã; mục tiêu về các xã cần một huyện hoặc tỉnh",
                en: "the scope is a single xã; use a district or province")
        }
        return problems
    }
}

extension TargetDocument {
    /// The target, checked against the engine's units and sets: the one check the API, the web form and the command
    /// line run before storing. Every problem at once, each naming its field; empty problems never come back.
    public func checked(engine: EvaluationEngine) -> Result<Target, TargetProblems> {
        let target: Target
        do {
            target = try self.target()
        } catch {
            return .failure(TargetProblems(problems: [error]))
        }
        let problems = target.problems(engine: engine)
        return problems.isEmpty ? .success(target) : .failure(TargetProblems(problems: problems))
    }
}

/// Everything wrong with a target document.
public struct TargetProblems: Error, Hashable, Sendable {
    public var problems: [TargetProblem]
}
