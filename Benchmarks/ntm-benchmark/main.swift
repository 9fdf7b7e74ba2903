// Release-mode benchmarks. Run:
//   swift run -c release ntm-benchmark            # the evaluation engine
//   swift run -c release ntm-benchmark targets    # status and forecast of 700 targets over the nation
//   swift run -c release ntm-benchmark report   # the briefing report of the demo province and of the nation
//   swift run -c release ntm-benchmark store      # imports, loading and templates (SQLite; PostgreSQL with --postgres URL)
let arguments = Arguments(CommandLine.arguments.dropFirst())
switch arguments.command {
case "store": try await StoreBenchmark.run(arguments)
case "targets": try TargetsBenchmark.run(arguments)
case "funds": try FundsBenchmark.run(arguments)
case "report": try await ReportBenchmark.run(arguments)
case "engine", nil: try EngineBenchmark.run(arguments)
case let other?: print("unknown benchmark '\(other)'; use engine, targets, funds, report or store")
}
