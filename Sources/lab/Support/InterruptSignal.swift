import Foundation
import Synchronization

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP as a flag instead of death, for the commands that must not die mid-way:
/// `lab ami validate` terminates its test instance first, `lab ami build` lets Packer delete its builder, and
/// `lab run --wait` says how to go on following the experiment it leaves running. The handler only stores which
/// signal arrived (an atomic store is async-signal-safe: all a handler may do); the command looks at it between
/// calls (`check`, `receivedSignal`) and while it waits (`sleep`). A signal also reaches a child in the same
/// process group (Packer), which then stops by itself.
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
        if let number = receivedSignal { throw interrupted(by: number, while: doing()) }
    }

    /// Sleeps `seconds` in slices of at most 0.1 s, so a signal cuts it short: returns that signal, or nil after
    /// the whole time without one.
    static func sleep(seconds: Double) -> Int32? {
        let end = Date().addingTimeInterval(seconds)
        while true {
            if let number = receivedSignal { return number }
            let left = end.timeIntervalSinceNow
            if left <= 0 { return nil }
            Thread.sleep(forTimeInterval: min(left, 0.1))
        }
    }

    /// Sleeps `seconds`, throwing `interrupted` as soon as a signal arrives.
    static func sleep(seconds: Double, _ doing: @autoclosure () -> String) throws(LabCLIError) {
        if let number = sleep(seconds: seconds) { throw interrupted(by: number, while: doing()) }
    }

    /// `Ctrl-C`, `SIGTERM`, `SIGHUP`: how a person knows the signal.
    static func name(_ number: Int32) -> String {
        switch number {
        case SIGINT: return "Ctrl-C"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(number)"
        }
    }

    private static func interrupted(by number: Int32, while doing: String) -> LabCLIError {
        LabCLIError(code: .interrupted, message: "interrupted (\(name(number))) while \(doing)")
    }
}
