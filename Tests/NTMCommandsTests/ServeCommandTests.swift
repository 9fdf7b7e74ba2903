import ArgumentParser
import Foundation
import NTMCommands
import NTMCore
import NTMProcess
import NTMStore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `ntm serve` as people start it: the demo on a fresh store, accounts printed, and a clean stop on SIGTERM.
@Suite("ntm serve", .tags(.slow), .enabled(if: Tools.ntm != nil, "the ntm executable was not built next to the tests"))
struct ServeCommandTests {
    @Test("serve --demo prints the demo accounts, answers, and stops cleanly on SIGTERM")
    func demoServerStartsAndStops() async throws {
        let ntm = try #require(Tools.ntm)
        // Port 0: the system picks a free port and the server prints it, so parallel runs never collide.
        let child = try ChildProcess.start(ntm, ["serve", "--demo", "--port", "0", "--log-level", "error"])
        var reaped = false
        defer { if !reaped { child.send(SIGKILL) } }

        var printed = ""
        var port: Int?
        for _ in 0..<240 where port == nil {
            printed = String(decoding: child.outputSoFar, as: UTF8.self)
            if let range = printed.range(of: #"Listening on http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(printed[range].split(separator: ":").last?.dropLast() ?? "")
            } else {
                try await Task.sleep(for: .milliseconds(250))
            }
        }
        let bound = try #require(port, "the server printed the port it bound: \(printed)")
        #expect(bound > 0)
        var answered = false
        for _ in 0..<40 where !answered {
            if let url = URL(string: "http://127.0.0.1:\(bound)/health"), let (data, _) = try? await URLSession.shared.data(from: url) {
                answered = String(decoding: data, as: UTF8.self) == "ok"
            }
            if !answered { try await Task.sleep(for: .milliseconds(250)) }
        }
        #expect(answered, "the server answered /health")
        child.send(SIGTERM)
        let ended = await child.wait()
        reaped = true
        printed = ended.outputText
        #expect(ended.status == 0, "SIGTERM ends the server gracefully")
        #expect(printed.contains("Demo accounts (password ntm-demo-2019)"))
        for account in ["vanphong", "lanhdao", "so-nnptnt", "huyen", "xa"] { #expect(printed.contains(account)) }
    }

    @Test("serve --demo refuses a store that already holds data")
    func demoNeedsEmptyStore() async throws {
        let ntm = try #require(Tools.ntm)
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("full.sqlite").path
        try await InitCommand.parse(["--database", path]).run()
        let result = try Tools.run(ntm, ["serve", "--demo", "--database", path, "--port", "0"])
        #expect(result.status != 0)
        #expect(result.errors.contains("--demo needs an empty store"))
    }
}

@Suite("ntm user")
struct UserCommandTests {
    @Test("user add, role and passwd change the account and are audited")
    func userCommands() async throws {
        let directory = try Tools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("users.sqlite").path
        try await InitCommand.parse(["--database", path]).run()
        let passwordFile = directory.appendingPathComponent("password.txt").path
        try "mat-khau-cua-huyen\n".write(toFile: passwordFile, atomically: true, encoding: .utf8)
        try await runUserCommand([
            "add", "canglong", "--role", "district", "--unit", "844", "--name", "Huyện Càng Long",
            "--database", path, "--user", "admin", "--password-file", passwordFile,
        ])
        let created = try await StoreLocation(path).withStore(logger: .init(label: "test")) { try await $0.account("canglong") }
        #expect(created?.account.organisation == .unit("844", since: nil))
        try await runUserCommand(["role", "canglong", "--role", "viewer", "--unit", "", "--database", path, "--user", "admin"])
        let (account, audit) = try await StoreLocation(path).withStore(logger: .init(label: "test")) { store in
            (try await store.account("canglong"), try await store.audit(AuditFilter(actor: "admin", entity: "user")))
        }
        #expect(account?.account.role == .viewer)
        #expect(account?.account.unit == nil)
        #expect(audit.map(\.action) == ["update-user", "create-user"])
        do {
            try await runUserCommand(["add", "xa", "--role", "commune", "--database", path, "--password-file", passwordFile])
            Issue.record("a commune account without its commune was accepted")
        } catch let error as ValidationError {
            #expect(error.message == "--organisation: vai trò Xã cần một xã (unit:MÃ)")
        }
        do {
            try await runUserCommand([
                "add", "so-yte", "--role", "department", "--organisation", "department:SKHONGCO", "--database", path,
                "--password-file", passwordFile,
            ])
            Issue.record("an unknown department was accepted")
        } catch let error as ValidationError {
            #expect(error.message == "--organisation: không có tổ chức 'department:SKHONGCO'")
        }
        try await runUserCommand([
            "add", "so-yte", "--role", "department", "--organisation", "department:SYT", "--database", path,
            "--password-file", passwordFile,
        ])
        let department = try await StoreLocation(path).withStore(logger: .init(label: "test")) { try await $0.account("so-yte") }
        #expect(department?.account.department == "SYT")
    }
}

/// Parses and runs a `ntm user` subcommand as the CLI would.
func runUserCommand(_ arguments: [String]) async throws {
    var command = try UserCommand.parseAsRoot(arguments)
    if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
    } else {
        try command.run()
    }
}
