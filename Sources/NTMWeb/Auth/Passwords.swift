import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt, off the event loops because each hash takes tens of milliseconds by design.
public enum Passwords {
    /// Cost 12: about a quarter of a second per guess on this class of machine.
    public static let cost: UInt8 = 12

    public static func hash(_ password: String, cost: UInt8 = cost) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Shorter passwords are refused (`AccountRules`).
    public static let minimumLength = 10
}
