import Foundation
import NTMProcess
import Testing

@Suite("Child processes")
struct ChildProcessTests {
    @Test("the exit status, standard output and standard error come back; a signal reads as 128 + its number")
    func results() async throws {
        let said = try await ChildProcess.run("sh", ["-c", "printf 'xã Đức Mỹ'; printf 'lỗi' >&2; exit 3"])
        #expect(said.status == 3)
        #expect(said.outputText == "xã Đức Mỹ")
        #expect(said.errorsText == "lỗi")
        #expect(try await ChildProcess.run("sh", ["-c", "kill -TERM $$"]).status == 128 + SIGTERM)
        #expect(try ChildProcess.runBlocking("sh", ["-c", "echo $NTM_CHILD_TEST"], environment: ["NTM_CHILD_TEST": "có"]).outputText == "có\n")
    }

    @Test("a program that does not exist is a launch error naming it")
    func missing() async {
        await #expect(throws: ChildProcess.LaunchError(program: "ntm-khong-co", reason: "No such file or directory")) {
            try await ChildProcess.run("ntm-khong-co", [])
        }
    }

    @Test("sixty short children launched together are all seen to end (Foundation's Process once missed one and hung)")
    func concurrent() async throws {
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for index in 0..<60 { group.addTask { try await ChildProcess.run("sh", ["-c", "exit \(index % 7)"]).status } }
            return try await group.reduce(into: [Int32]()) { $0.append($1) }
        }
        #expect(statuses.sorted() == (0..<60).map { Int32($0 % 7) }.sorted())
    }
}
