import Foundation
import Synchronization

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP as a flag instead of death, for commands that must clean up what they
/// started (`lab ami validate` terminates its test instance). The handler only sets the flag, which is all a signal
/// handler may safely do; the command checks it between calls (`sleep`, `check`). A signal also reaches a child in
/// the same process group (Packer), which then stops by itself.
enum InterruptSignal {
    private static let received = Atomic<Int32>(0)

    /// Installs the handler (idempotent). Handlers, unlike ignored signals, are reset in a child at exec.
    static func install() {
        _ = received.load(ordering: .relaxed)  // initialise the flag outside the handler
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in InterruptSignal.received.store(number, ordering: .relaxed) }
        }
    }

    /// The signal received since `install`, or nil.
    static var receivedSignal: Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }

    /// Throws `interrupted` once a signal has arrived.
    static func check(_ doing: @autoclosure () -> String) throws(LabCLIError) {
        if let number = receivedSignal {
            throw LabCLIError(code: .interrupted, message: "interrupted (\(name(number))) while \(doing())")
        }
    }

    /// Sleeps `seconds` in short slices, throwing `interrupted` as soon as a signal arrives.
    static func sleep(seconds: Double, _ doing: @autoclosure () -> String) throws(LabCLIError) {
        let end = Date().addingTimeInterval(seconds)
        while true {
            try check(doing())
            let left = end.timeIntervalSinceNow
            if left <= 0 { return }
            Thread.sleep(forTimeInterval: min(left, 0.1))
        }
    }

    static func name(_ number: Int32) -> String {
        switch number {
        case SIGINT: return "Ctrl-C"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(number)"
        }
    }
}
