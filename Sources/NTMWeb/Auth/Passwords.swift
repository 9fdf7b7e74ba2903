import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt, off the event loops because each hash takes tens of milliseconds by design.
public enum Passwords {
    /// Cost 12: about a quarter of a second per guess on this class of machine.
    public static let cost: UInt8 = 12

    public static func hash(_ password: String, cost: UInt8 = cost) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches; input bcrypt would read differently from what was typed (a NUL, more than 72
    /// bytes) never matches, but costs the same time so timing tells nothing.
    public static func verify(_ password: String, hash: String) async throws -> Bool {
        let acceptable = password.utf8.count <= PasswordRules.maximumBytes && !password.utf8.contains(0)
        let checked = acceptable ? password : ""
        let matches = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(checked, hash: hash) }
        return acceptable && matches
    }
}
