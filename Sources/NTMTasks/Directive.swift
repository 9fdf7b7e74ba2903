import NTMCore

/// A document that gives tasks (văn bản chỉ đạo): most often the notice of a briefing's conclusions
/// (thông báo kết luận giao ban), signed by the leader who chaired it.
public struct Directive: Hashable, Sendable, Codable {
    /// The store's key: letters, digits, `-` and `_` (`kl-giao-ban-2019-07-24`).
    public var id: String
    /// The document's number and symbol (`245/TB-UBND`), or its name when the number is not known.
    public var number: String
    public var issuedOn: LocalDate
    public var signer: String
    /// The briefing session it records, when it records one.
    public var session: String?
    public var title: String
    /// The conclusions' text as issued.
    public var text: String
    /// Set on demo data made up for illustration, so no page presents it as a real document.
    public var illustrative: Bool

    public init(
        id: String, number: String, issuedOn: LocalDate, signer: String, session: String? = nil, title: String, text: String = "",
        illustrative: Bool = false
    ) {
        self.id = id
        self.number = number
        self.issuedOn = issuedOn
        self.signer = signer
        self.session = session
        self.title = title
        self.text = text
        self.illustrative = illustrative
    }

    /// The directive recording session `id`'s conclusions: the first issued of those naming it.
    public static func recording(session id: String, among directives: [Directive]) -> Directive? {
        directives.filter { $0.session == id }.min { ($0.issuedOn, $0.id) < ($1.issuedOn, $1.id) }
    }

    /// Whether `id` can name a directive or a task in paths and files.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 80 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

/// A directive with the tasks it gives: what the office issues, stores and files together.
public struct DirectiveWithTasks: Hashable, Sendable {
    public var directive: Directive
    public var tasks: [DirectiveTask]

    public init(_ directive: Directive, tasks: [DirectiveTask]) {
        self.directive = directive
        self.tasks = tasks
    }
}
