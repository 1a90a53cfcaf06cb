import Glibc

/// Runs a shell command (`/bin/sh -c`) with a given environment and collects its exit status, standard
/// output and standard error, with a time limit. Used for `credential_process`.
struct ChildProcess {
    struct Result {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    let command: String
    let environment: [String: String]
    let timeout: Duration

    /// - Throws: `AWSError` (`.credentials`, `ProcessFailed`) when the process cannot start or overruns.
    func run() throws -> Result {
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
            throw failure("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        // Close-on-exec, so the child holds only the ends dup2 gives it (and a read sees EOF when it exits).
        for descriptor in outputPipe + errorPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)

        let arguments = ["/bin/sh", "-c", command]
        let environmentLines = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawnResult = withCStringArray(arguments) { argv in
            withCStringArray(environmentLines) { envp in
                posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
            }
        }
        close(outputPipe[1])
        close(errorPipe[1])
        defer {
            close(outputPipe[0])
            close(errorPipe[0])
        }
        guard spawnResult == 0 else {
            throw failure("cannot start /bin/sh: \(String(cString: strerror(spawnResult)))")
        }

        var output: [UInt8] = []
        var errorOutput: [UInt8] = []
        let deadline = Timestamp.now().advanced(by: timeout)
        var open: [Int32] = [outputPipe[0], errorPipe[0]]
        while !open.isEmpty {
            let remaining = deadline.duration(since: Timestamp.now())
            guard remaining > .zero else {
                kill(pid, SIGKILL)
                var ignored: Int32 = 0
                waitpid(pid, &ignored, 0)
                throw failure("did not finish within \(timeout); it was killed")
            }
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(remaining.components.seconds * 1000 + 1))
            if ready < 0, errno == EINTR { continue }
            for descriptor in descriptors where descriptor.revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 8192)
                let count = chunk.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if descriptor.fd == outputPipe[0] {
                        output.append(contentsOf: chunk[..<count])
                    } else {
                        errorOutput.append(contentsOf: chunk[..<count])
                    }
                } else if count == 0 || errno != EINTR {
                    open.removeAll { $0 == descriptor.fd }
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import: decode the wait status by hand.
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitStatus, standardOutput: output, standardError: errorOutput)
    }

    private func failure(_ reason: String) -> AWSError {
        AWSError(kind: .credentials, code: "ProcessFailed", message: "credential_process '\(command)' \(reason)")
    }

    private func withCStringArray<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
