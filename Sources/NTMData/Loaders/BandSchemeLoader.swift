import NTMCore

/// Reads band schemes (how reports group communes by criteria met) from YAML.
public enum BandSchemeLoader {
    public static func load(_ text: String, file: String) throws(DataFileErrors) -> [BandScheme] {
        var collector = ErrorCollector()
        let root: YAMLNode
        do { root = try YAMLNode.parse(text, file: file) } catch { throw DataFileErrors([error]) }
        var schemes: [BandScheme] = []
        let list = collector.attempt { try root.mapping(allowing: ["schemes"]).required("schemes").sequence() } ?? []
        for item in list {
            guard let scheme = collector.attempt({ try self.scheme(item) }) else { continue }
            // Variants of one id must be for different sets, so that "which variant" always has one answer.
            if schemes.contains(where: {
                $0.id == scheme.id && ($0.sets.isEmpty || scheme.sets.isEmpty || !Set($0.sets).isDisjoint(with: scheme.sets))
            }) {
                collector.add(
                    item.error(
                        vi: "cách nhóm '\(scheme.id)' được khai báo hai lần cho cùng bộ tiêu chí",
                        en: "band scheme '\(scheme.id)' is defined twice for the same criteria sets"))
                continue
            }
            // Bounds such as "14-18, below 14" only fit some set sizes; a scheme must fit at least one.
            if !(1...64).contains(where: { (try? scheme.resolved(total: $0)) != nil }) {
                collector.add(
                    item.error(
                        vi:
                            "các nhóm của cách nhóm '\(scheme.id)' không phủ đúng một lần mỗi số tiêu chí từ 0 đến N, với bất kỳ số tiêu chí N nào của bộ tiêu chí",
                        en: "the bands of scheme '\(scheme.id)' do not cover 0…N criteria exactly once for any set size N"))
                continue
            }
            schemes.append(scheme)
        }
        try collector.throwIfAny()
        return schemes
    }

    private static func scheme(_ node: YAMLNode) throws -> BandScheme {
        let map = try node.mapping(allowing: ["id", "title", "source", "for", "bands", "alerts"])
        let bands = try map.required("bands").sequence().map { item -> Band in
            let band = try item.mapping(allowing: ["id", "min", "max"])
            return Band(id: try band.required("id").nonEmptyString(), min: try bound(band.required("min")), max: try bound(band.required("max")))
        }
        let alerts =
            try map.optional("alerts")?.sequence().map { item -> BandAlert in
                let alert = try item.mapping(allowing: ["id", "below"])
                return BandAlert(id: try alert.required("id").nonEmptyString(), below: try alert.required("below").int())
            } ?? []
        let sets = try map.optional("for")?.sequence().map { CriteriaSetID(try $0.nonEmptyString()) } ?? []
        return BandScheme(
            id: try map.required("id").nonEmptyString(), title: try map.required("title").localizedText(),
            source: try map.optional("source")?.string(), bands: bands, alerts: alerts, sets: sets)
    }

    private static func bound(_ node: YAMLNode) throws -> BandBound {
        let text = try node.nonEmptyString()
        if text == "all" { return .allMinus(0) }
        if text.hasPrefix("all-"), let missing = Int(text.dropFirst(4)) { return .allMinus(missing) }
        guard let count = Int(text) else {
            throw node.error(
                vi: "giới hạn của nhóm phải là một số, 'all' hoặc 'all-N', không phải '\(text)'",
                en: "band bound must be a number, 'all' or 'all-N', not '\(text)'")
        }
        return .criteria(count)
    }
}
