// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ntm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ntm", targets: ["ntm"]),
        .library(name: "NTMCore", targets: ["NTMCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The domain and the evaluation engine: Foundation only.
        .target(name: "NTMCore"),
        // Bundled criteria sets, units and demo data, and their validating loaders.
        .target(
            name: "NTMData",
            dependencies: ["NTMCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources")]
        ),
        // Deterministic synthetic datasets: the Trà Vinh demo and the national benchmark.
        .target(name: "NTMSynthetic", dependencies: ["NTMCore", "NTMData"]),
        // Command-line commands; the executable only wires them.
        .target(
            name: "NTMCommands",
            dependencies: [
                "NTMCore", "NTMData", "NTMSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ntm", dependencies: ["NTMCommands"]),
        .executableTarget(
            name: "ntm-benchmark",
            dependencies: ["NTMCore", "NTMData", "NTMSynthetic"],
            path: "Benchmarks/ntm-benchmark"
        ),
        .testTarget(name: "NTMCoreTests", dependencies: ["NTMCore"]),
        .testTarget(name: "NTMDataTests", dependencies: ["NTMCore", "NTMData", "NTMSynthetic", "NTMCommands"]),
        .testTarget(name: "NTMCommandsTests", dependencies: ["NTMCommands", "NTMCore", "NTMData"]),
    ],
    swiftLanguageModes: [.v6]
)
