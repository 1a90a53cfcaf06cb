import Foundation
import Glibc

/// Where `lab run --wait` writes its progress: stderr, as lines. On a terminal the status line is redrawn
/// in place (and cleared before each event line); otherwise a status line is written when what it says
/// changes, and at least every `heartbeatSeconds` so a log shows the experiment is alive.
final class ProgressDisplay {
    let isTerminal: Bool
    let heartbeatSeconds: Double
    /// Where the text goes (stderr; a test collects it).
    private let write: (String) -> Void
    private let width: () -> Int
    private var lastKey: String?
    /// Elapsed seconds at the last status line written (the first heartbeat comes 30 s into the execution).
    private var lastStatusAt = 0.0
    private var statusShown = false

    init(
        isTerminal: Bool = isatty(STDERR_FILENO) != 0, heartbeatSeconds: Double = 30,
        width: @escaping () -> Int = ProgressDisplay.terminalWidth,
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.isTerminal = isTerminal
        self.heartbeatSeconds = heartbeatSeconds
        self.width = width
        self.write = write
    }

    func line(_ text: String) {
        clearStatus()
        write(text + "\n")
    }

    func status(_ progress: RunProgress) {
        let key = ProgressText.key(progress)
        let text = ProgressText.status(progress)
        if isTerminal {
            write("\r\u{1B}[2K" + String(text.prefix(width() - 1)))
            statusShown = true
        } else if (key != lastKey && key != progress.state) || progress.elapsedSeconds - lastStatusAt >= heartbeatSeconds {
            // A status that only names the state repeats the event line just written; it serves as a heartbeat.
            write(text + "\n")
            lastStatusAt = progress.elapsedSeconds
        }
        lastKey = key
    }

    /// Ends a redrawn status line so what follows starts on a clean line.
    func clearStatus() {
        if statusShown {
            write("\r\u{1B}[2K")
            statusShown = false
        }
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 120
    }
}
