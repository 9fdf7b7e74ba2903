import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program to its end and gives back its exit status and what it wrote, without Foundation's `Process`.
///
/// swift-corelibs-foundation's `Process` learns that a child ended from SIGCHLD and then polls the children it has
/// registered. With several launches at once a child that ended quickly was twice never reported: the test run hung
/// with the child gone and its `terminationHandler` never called (CI of 01/12/2026 and of ae6d5c8, `pg_dump` and
/// LibreOffice children). Here the wait is `waitpid` on the child's own id, on a thread of its own, which cannot miss
/// the exit and never blocks a cooperative thread. Output goes to temporary files, not pipes, so a child writing more
/// than a pipe holds cannot stall before it exits.
public enum ChildProcess {
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal that ended the program.
        public var status: Int32
        public var output: Data
        public var errors: Data

        public var outputText: String { String(decoding: output, as: UTF8.self) }
        public var errorsText: String { String(decoding: errors, as: UTF8.self) }
    }

    /// Why a program could not be run at all (not found, not executable, no room for its output files).
    public struct LaunchError: Error, Hashable, Sendable {
        public var program: String
        public var reason: String

        public init(program: String, reason: String) {
            self.program = program
            self.reason = reason
        }
    }

    /// Runs `program` (a path, or a name looked up in `PATH`) with `arguments`, the current environment with
    /// `environment` laid over it, and standard input empty.
    public static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) async throws(LaunchError)
        -> Result
    {
        await (try start(program, arguments, environment: environment)).wait()
    }

    /// Starts `program` and returns at once: for a server to stop with a signal, or a command to kill mid-way.
    /// Call `wait()` once to reap it.
    public static func start(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws(LaunchError) -> Running {
        Running(launched: try launch(program, arguments, environment: environment))
    }

    /// A started program.
    public struct Running: Sendable {
        fileprivate let launched: Launched

        public var pid: pid_t { launched.pid }

        /// What it has written to standard output so far.
        public var outputSoFar: Data { FileManager.default.contents(atPath: launched.output) ?? Data() }

        /// Sends `signal` (SIGTERM, SIGKILL, …).
        public func send(_ signal: Int32) { kill(launched.pid, signal) }

        /// Waits for it to end, on a thread of its own, and collects what it wrote.
        public func wait() async -> Result {
            let pid = launched.pid
            let status = await withCheckedContinuation { continuation in
                Thread.detachNewThread { continuation.resume(returning: ChildProcess.wait(for: pid)) }
            }
            return launched.collect(status: status)
        }
    }

    /// The same, waiting on the calling thread: for synchronous callers that are not on Swift's cooperative threads.
    public static func runBlocking(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws(LaunchError)
        -> Result
    {
        let launched = try launch(program, arguments, environment: environment)
        return launched.collect(status: wait(for: launched.pid))
    }

    fileprivate struct Launched: Sendable {
        let pid: pid_t
        let output: String
        let errors: String

        func collect(status: Int32) -> Result {
            let result = Result(
                status: status, output: FileManager.default.contents(atPath: output) ?? Data(),
                errors: FileManager.default.contents(atPath: errors) ?? Data())
            unlink(output)
            unlink(errors)
            return result
        }
    }

    private static func launch(_ program: String, _ arguments: [String], environment: [String: String]) throws(LaunchError) -> Launched {
        let directory = FileManager.default.temporaryDirectory.path
        let stem = "\(directory)/ntm-child-\(UUID().uuidString)"
        let (outputPath, errorsPath) = (stem + ".out", stem + ".err")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The child starts with no signal blocked and every signal's default action: threads of this process (NIO,
        // the service lifecycle) block and handle signals, and a child inheriting that would ignore SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = merged.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard code == 0 else {
            unlink(outputPath)
            unlink(errorsPath)
            throw LaunchError(program: program, reason: String(cString: strerror(code)))
        }
        return Launched(pid: pid, output: outputPath, errors: errorsPath)
    }

    /// Blocks until `pid` ends; its exit status, or 128 + the signal that ended it.
    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
