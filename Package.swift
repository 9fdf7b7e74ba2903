// swift-tools-version: 6.2
import PackageDescription

/// Every target of ours builds with warnings as errors: a warning is either fixed or the code is changed so it
/// cannot arise. Dependencies keep their own settings.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "ntm",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ntm", targets: ["ntm"]),
        .library(name: "NTMCore", targets: ["NTMCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // The domain and the evaluation engine: Foundation only.
        .target(name: "NTMCore"),
        // Targets and their status, gap and pace: pure, on top of the engine.
        .target(name: "NTMTargets", dependencies: ["NTMCore"]),
        // Directives' tasks, their deadlines, reports and derived timeliness: pure, on top of the core.
        .target(name: "NTMTasks", dependencies: ["NTMCore"]),
        // Funding lines, their dated phase amounts and construction debts, and the figures of any scope on any day:
        // pure, on top of the core.
        .target(name: "NTMFunds", dependencies: ["NTMCore"]),
        // Bundled criteria sets, units and demo data, and their validating loaders.
        .target(
            name: "NTMData",
            dependencies: ["NTMCore", "NTMTargets", "NTMTasks", "NTMFunds", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // Running a program to its end (PostgreSQL's tools, LibreOffice) with waitpid, not Foundation's Process.
        .target(name: "NTMProcess"),
        // The store: SQLite (default) and PostgreSQL behind one protocol, with migrations.
        .target(
            name: "NTMStore",
            dependencies: [
                "NTMCore", "NTMData", "NTMTargets", "NTMTasks", "NTMFunds", "NTMProcess",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Office Open XML packaging shared by the .xlsx and .docx writers: ZIP parts with decompression limits,
        // relationships, content types, document properties, streamed XML parsing and XML text escaping.
        .target(name: "NTMOOXML", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Word (.docx) documents: paragraphs, tables with repeated headers, page setup and footer, on the shared OOXML
        // packaging; the .xlsx writer's sibling.
        .target(name: "NTMDOCX", dependencies: ["NTMOOXML"]),
        // Excel (.xlsx) and CSV exchange: templates, imports, exports; legacy Vietnamese encodings.
        .target(name: "NTMExchange", dependencies: ["NTMCore", "NTMData", "NTMStore", "NTMOOXML", "NTMTargets", "NTMTasks", "NTMFunds"]),
        // The office's documents: the briefing report and the notice of conclusions as Word files from a cut-off,
        // built from the summaries and export tables the pages use; PDF through LibreOffice when it is installed.
        .target(
            name: "NTMReports",
            dependencies: [
                "NTMCore", "NTMStore", "NTMExchange", "NTMDOCX", "NTMOOXML", "NTMTargets", "NTMTasks", "NTMFunds", "NTMProcess",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The web application and JSON API (Hummingbird 2, server-rendered Mustache pages).
        .target(
            name: "NTMWeb",
            dependencies: [
                "NTMCore", "NTMData", "NTMStore", "NTMExchange", "NTMReports", "NTMTargets", "NTMTasks", "NTMFunds",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        // Deterministic synthetic datasets: the Trà Vinh demo and the national benchmark.
        .target(name: "NTMSynthetic", dependencies: ["NTMCore", "NTMData"]),
        // Command-line commands; the executable only wires them.
        .target(
            name: "NTMCommands",
            dependencies: [
                "NTMCore", "NTMData", "NTMSynthetic", "NTMStore", "NTMExchange", "NTMReports", "NTMWeb", "NTMTargets", "NTMTasks", "NTMFunds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ntm", dependencies: ["NTMCommands"]),
        .executableTarget(
            name: "ntm-benchmark",
            dependencies: [
                "NTMCore", "NTMData", "NTMSynthetic", "NTMStore", "NTMExchange", "NTMReports", "NTMTargets", "NTMFunds",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/ntm-benchmark"
        ),
        .testTarget(name: "NTMCoreTests", dependencies: ["NTMCore"]),
        .testTarget(name: "NTMTargetsTests", dependencies: ["NTMTargets", "NTMCore", "NTMData"]),
        .testTarget(name: "NTMTasksTests", dependencies: ["NTMTasks", "NTMCore", "NTMData"]),
        .testTarget(name: "NTMFundsTests", dependencies: ["NTMFunds", "NTMCore", "NTMData"]),
        .testTarget(
            name: "NTMReportsTests",
            dependencies: [
                "NTMReports", "NTMDOCX", "NTMOOXML", "NTMStore", "NTMCore", "NTMData", "NTMTasks", "NTMExchange", "NTMProcess",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "NTMDataTests", dependencies: ["NTMCore", "NTMData", "NTMSynthetic", "NTMCommands", "NTMTasks", "NTMTargets"]),
        .testTarget(
            name: "NTMCommandsTests",
            dependencies: ["NTMCommands", "NTMCore", "NTMData", "NTMStore", "NTMTasks", "NTMFunds", "NTMReports", "NTMProcess", "ntm"]),
        .testTarget(
            name: "NTMExchangeTests",
            dependencies: ["NTMExchange", "NTMOOXML", "NTMCore", "NTMData", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "NTMStoreTests", dependencies: ["NTMStore", "NTMCore", "NTMData", "NTMTargets", "NTMTasks", "NTMFunds"]),
        .testTarget(
            name: "NTMWebTests",
            dependencies: [
                "NTMWeb", "NTMStore", "NTMCore", "NTMData", "NTMExchange", "NTMTasks", "NTMFunds", "NTMReports",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + strict
}
