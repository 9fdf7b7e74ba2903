/// The benchmark's few options: a command word and `--name value` pairs.
struct Arguments {
    let command: String?
    private let values: [String: String]

    init(_ arguments: some Sequence<String>) {
        var list = Array(arguments)
        command = list.first.flatMap { $0.hasPrefix("--") ? nil : $0 }
        if command != nil { list.removeFirst() }
        var values: [String: String] = [:]
        var index = 0
        while index + 1 < list.count {
            values[list[index]] = list[index + 1]
            index += 2
        }
        self.values = values
    }

    func int(_ name: String, _ fallback: Int) -> Int { values[name].flatMap(Int.init) ?? fallback }
    func string(_ name: String) -> String? { values[name] }
}
