@testable import AWSCore
import Foundation
import Synchronization
import Testing

@Suite("Credential providers")
struct CredentialProviderTests {
    // MARK: Environment

    @Test("Environment keys and session token are read; empty values count as unset")
    func environment() throws {
        let environment = AWSEnvironment(variables: [
            "AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "token",
        ])
        let credentials = try #require(try EnvironmentCredentialProvider(environment: environment).credentials())
        #expect(credentials.accessKeyID == "AKIAENV")
        #expect(credentials.secretAccessKey == "secret")
        #expect(credentials.sessionToken == "token")
        #expect(!credentials.description.contains("secret"), "description must not leak the secret")

        let empty = AWSEnvironment(variables: ["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""])
        #expect(try EnvironmentCredentialProvider(environment: empty).credentials() == nil)
    }

    @Test("Only one of the two environment keys is an error that names the missing one")
    func partialEnvironment() {
        let environment = AWSEnvironment(variables: ["AWS_ACCESS_KEY_ID": "AKIAENV"])
        #expect {
            _ = try EnvironmentCredentialProvider(environment: environment).credentials()
        } throws: { error in
            (error as? AWSError)?.code == "PartialCredentials"
                && (error as? AWSError)?.message.contains("AWS_SECRET_ACCESS_KEY is not") == true
        }
    }

    // MARK: Shared files

    static let credentialsFile = """
    # comment
    [default]
    aws_access_key_id = AKIADEFAULT
    aws_secret_access_key = default-secret

    [lab]
    aws_access_key_id=AKIALAB
    aws_secret_access_key=lab-secret
    aws_session_token = lab-token
    """

    static let configFile = """
    [default]
    region = eu-west-1

    [profile lab]
    region = us-west-2
    aws_access_key_id = AKIA-IGNORED-BECAUSE-CREDENTIALS-FILE-WINS
    aws_secret_access_key = ignored
    s3 =
      addressing_style = path
    ; another comment

    [profile configonly]
    aws_access_key_id = AKIACONFIG
    aws_secret_access_key = config-secret

    [profile assumer]
    role_arn = arn:aws:iam::123456789012:role/x
    source_profile = default
    """

    @Test("Profiles in ~/.aws: default, AWS_PROFILE, credentials file before config file, region")
    func sharedFilesInHome() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", Self.credentialsFile)
        try home.write(".aws/config", Self.configFile)

        let defaultEnvironment = AWSEnvironment(variables: [:], homeDirectory: home.path)
        let defaultCredentials = try #require(try ProfileCredentialProvider(environment: defaultEnvironment).credentials())
        #expect(defaultCredentials.accessKeyID == "AKIADEFAULT")
        #expect(defaultCredentials.source == "profile default")
        #expect(try RegionResolver.region(environment: defaultEnvironment) == "eu-west-1")

        let labEnvironment = AWSEnvironment(variables: ["AWS_PROFILE": "lab"], homeDirectory: home.path)
        let lab = try #require(try ProfileCredentialProvider(environment: labEnvironment).credentials())
        #expect(lab.accessKeyID == "AKIALAB")
        #expect(lab.sessionToken == "lab-token")
        #expect(try RegionResolver.region(environment: labEnvironment) == "us-west-2")
        let shared = try SharedConfiguration(environment: labEnvironment)
        #expect(shared.setting("s3.addressing_style") == "path", "indented sub-properties are kept as key.subkey")

        let configOnly = AWSEnvironment(variables: ["AWS_PROFILE": "configonly"], homeDirectory: home.path)
        #expect(try ProfileCredentialProvider(environment: configOnly).credentials()?.accessKeyID == "AKIACONFIG")
    }

    @Test("AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE move the files; environment region wins")
    func sharedFilesElsewhere() throws {
        let directory = try TemporaryDirectory()
        let credentials = try directory.write("elsewhere/creds", Self.credentialsFile)
        let config = try directory.write("elsewhere/conf", Self.configFile)
        let environment = AWSEnvironment(
            variables: ["AWS_SHARED_CREDENTIALS_FILE": credentials, "AWS_CONFIG_FILE": config, "AWS_PROFILE": "lab",
                        "AWS_DEFAULT_REGION": "ap-south-1"],
            homeDirectory: "/nonexistent-home")
        #expect(try ProfileCredentialProvider(environment: environment).credentials()?.accessKeyID == "AKIALAB")
        #expect(try RegionResolver.region(environment: environment) == "ap-south-1")
        var withRegion = environment
        withRegion.variables["AWS_REGION"] = "sa-east-1"
        #expect(try RegionResolver.region(environment: withRegion) == "sa-east-1", "AWS_REGION beats AWS_DEFAULT_REGION")
    }

    @Test("A named profile that exists nowhere, a role_arn profile, and a malformed file are errors that say why")
    func profileErrors() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", Self.credentialsFile)
        try home.write(".aws/config", Self.configFile)

        let missing = AWSEnvironment(variables: ["AWS_PROFILE": "nope"], homeDirectory: home.path)
        #expect { _ = try ProfileCredentialProvider(environment: missing).credentials() } throws: { error in
            (error as? AWSError)?.code == "ProfileNotFound" && "\(error)".contains("profile 'nope'")
        }
        let assumer = AWSEnvironment(variables: ["AWS_PROFILE": "assumer"], homeDirectory: home.path)
        #expect { _ = try ProfileCredentialProvider(environment: assumer).credentials() } throws: { error in
            (error as? AWSError)?.code == "UnsupportedProfile" && "\(error)".contains("role_arn")
        }
        let broken = try home.write("broken", "[default]\naws_access_key_id = A\nthis line has no equals\n")
        let brokenEnvironment = AWSEnvironment(variables: ["AWS_CONFIG_FILE": broken], homeDirectory: home.path)
        #expect { _ = try RegionResolver.region(environment: brokenEnvironment) } throws: { error in
            (error as? AWSError)?.message.hasPrefix("\(broken) line 3: expected 'key = value'") == true
        }
        // No files at all and no profile named: not configured, not an error.
        let nothing = AWSEnvironment(variables: [:], homeDirectory: home.path + "/empty")
        #expect(try ProfileCredentialProvider(environment: nothing).credentials() == nil)
    }

    // MARK: credential_process

    @Test("credential_process runs the command with our environment and reads its JSON")
    func credentialProcess() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("creds.sh", """
        #!/bin/sh
        printf '{"Version": 1, "AccessKeyId": "AKIAPROC", "SecretAccessKey": "proc-secret", "SessionToken": "%s", "Expiration": "2030-01-02T03:04:05Z"}' "$TOKEN_FOR_TEST"
        """, executable: true)
        let config = try directory.write("config", "[profile proc]\ncredential_process = /bin/sh \(script) --ignored-argument\n")
        let environment = AWSEnvironment(
            variables: ["AWS_CONFIG_FILE": config, "AWS_PROFILE": "proc", "TOKEN_FOR_TEST": "from-injected-env"],
            homeDirectory: directory.path)
        let credentials = try #require(try ProfileCredentialProvider(environment: environment).credentials())
        #expect(credentials.accessKeyID == "AKIAPROC")
        #expect(credentials.sessionToken == "from-injected-env")
        #expect(credentials.expiration == (try Timestamp(iso8601: "2030-01-02T03:04:05Z")))
    }

    @Test("A failing credential_process is an error carrying its exit status and stderr")
    func credentialProcessFails() throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("fail.sh", "#!/bin/sh\necho 'token expired, run sso login' >&2\nexit 3\n", executable: true)
        // Run through sh rather than exec'd: a test forking in parallel can hold the just-written file open
        // for writing, and exec then fails with "Text file busy".
        let provider = ProcessCredentialProvider(command: "/bin/sh \(script)", environment: AWSEnvironment(variables: [:]))
        #expect { _ = try provider.credentials() } throws: { error in
            "\(error)".contains("exited with status 3: token expired, run sso login")
        }
        let badJSON = ProcessCredentialProvider(command: "echo '{\"Version\": 2}'", environment: AWSEnvironment(variables: [:]))
        #expect { _ = try badJSON.credentials() } throws: { error in
            (error as? AWSError)?.code == "InvalidCredentialsResponse" && "\(error)".contains("only Version 1")
        }
    }

    // MARK: Container endpoint

    @Test("Container credentials: full URI, authorization token from file (preferred) or variable")
    func containerCredentials() throws {
        let server = try LocalHTTPServer { request in
            guard request.target == "/creds" else { return .init(status: 404) }
            return .init(status: 200, body: """
            {"AccessKeyId":"AKIACONT","SecretAccessKey":"cont-secret","Token":"cont-token","Expiration":"2030-01-01T00:00:00Z","RoleArn":"arn:aws:iam::1:role/task"}
            """)
        }
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        let tokenFile = try directory.write("token", "token-from-file\n")
        let transport = try CurlTransport()

        var environment = AWSEnvironment(variables: [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/creds",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": "token-from-variable",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
        ])
        let credentials = try #require(try ContainerCredentialProvider(environment: environment, transport: transport).credentials())
        #expect(credentials.accessKeyID == "AKIACONT")
        #expect(credentials.sessionToken == "cont-token")
        #expect(server.requests.last?.header("Authorization") == "token-from-file")

        environment.variables["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = nil
        _ = try ContainerCredentialProvider(environment: environment, transport: transport).credentials()
        #expect(server.requests.last?.header("Authorization") == "token-from-variable")
    }

    @Test("Container endpoint errors and insecure URIs are reported")
    func containerErrors() throws {
        let server = try LocalHTTPServer { _ in .init(status: 500, body: "boom") }
        defer { server.stop() }
        let transport = try CurlTransport()
        let failing = AWSEnvironment(variables: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": server.baseURL + "/creds"])
        #expect { _ = try ContainerCredentialProvider(environment: failing, transport: transport).credentials() } throws: { error in
            (error as? AWSError)?.code == "ContainerCredentialsFailed" && "\(error)".contains("/creds answered HTTP 500 for credentials: boom")
        }
        let insecure = AWSEnvironment(variables: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"])
        #expect { _ = try ContainerCredentialProvider(environment: insecure, transport: transport).credentials() } throws: { error in
            (error as? AWSError)?.code == "InsecureContainerCredentialsURI"
        }
        #expect(try ContainerCredentialProvider(environment: AWSEnvironment(variables: [:]), transport: transport).credentials() == nil)
    }

    // MARK: IMDSv2

    @Test("IMDSv2: token PUT, then role name and role credentials with the token")
    func instanceMetadata() throws {
        let server = try LocalHTTPServer { request in
            switch (request.method, request.target) {
            case ("PUT", "/latest/api/token"):
                return request.header("X-aws-ec2-metadata-token-ttl-seconds") == "21600"
                    ? .init(status: 200, body: "imds-token") : .init(status: 400)
            case ("GET", let path) where request.header("X-aws-ec2-metadata-token") != "imds-token":
                return .init(status: 401, body: "missing token for \(path)")
            case ("GET", "/latest/meta-data/iam/security-credentials/"):
                return .init(status: 200, body: "lab-node-role")
            case ("GET", "/latest/meta-data/iam/security-credentials/lab-node-role"):
                return .init(status: 200, body: """
                {"Code":"Success","LastUpdated":"2024-01-01T00:00:00Z","Type":"AWS-HMAC","AccessKeyId":"ASIAIMDS","SecretAccessKey":"imds-secret","Token":"imds-session","Expiration":"2030-01-01T06:00:00Z"}
                """)
            default:
                return .init(status: 404)
            }
        }
        defer { server.stop() }
        let transport = try CurlTransport()
        let environment = AWSEnvironment(variables: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL + "/"])
        let credentials = try #require(try InstanceMetadataCredentialProvider(environment: environment, transport: transport).credentials())
        #expect(credentials.accessKeyID == "ASIAIMDS")
        #expect(credentials.sessionToken == "imds-session")
        #expect(credentials.source == "IMDS role lab-node-role")
        #expect(server.requests.map(\.method) == ["PUT", "GET", "GET"])

        var disabled = environment
        disabled.variables["AWS_EC2_METADATA_DISABLED"] = "TRUE"
        #expect(try InstanceMetadataCredentialProvider(environment: disabled, transport: transport).credentials() == nil)
        #expect(server.requests.count == 3, "a disabled IMDS is not contacted")
    }

    @Test("An unreachable IMDS means no credentials from it, and the chain says where it looked")
    func unreachableInstanceMetadata() throws {
        let closed = try LocalHTTPServer { _ in .init(status: 200) }
        let url = closed.baseURL
        closed.stop()
        let environment = AWSEnvironment(variables: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": url], homeDirectory: "/nonexistent")
        let chain = try CredentialProviderChain.standard(environment: environment)
        #expect(try chain.credentials() == nil)
        #expect { _ = try chain.requireCredentials() } throws: { error in
            (error as? AWSError)?.code == "NoCredentials" && "\(error)".contains("EC2 instance metadata (IMDSv2)")
        }
    }

    // MARK: Chain and refresh

    @Test("The chain takes environment before profile before container")
    func chainOrder() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", Self.credentialsFile)
        var environment = AWSEnvironment(
            variables: ["AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "s",
                        "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9/never-called",
                        "AWS_EC2_METADATA_DISABLED": "true"],
            homeDirectory: home.path)
        #expect(try CredentialProviderChain.standard(environment: environment).credentials()?.accessKeyID == "AKIAENV")
        environment.variables["AWS_ACCESS_KEY_ID"] = nil
        environment.variables["AWS_SECRET_ACCESS_KEY"] = nil
        #expect(try CredentialProviderChain.standard(environment: environment).credentials()?.accessKeyID == "AKIADEFAULT")
    }

    @Test("Temporary credentials are refreshed 5 minutes before expiry; a failed refresh keeps still-valid ones")
    func refreshBeforeExpiry() throws {
        let start = Timestamp(seconds: 1_700_000_000)
        let clock = ManualClock(start)
        let source = CountingProvider(lifetime: .seconds(3600), clock: clock)
        let provider = RefreshingCredentialProvider(source, clock: { clock.now })

        #expect(try provider.credentials()?.accessKeyID == "KEY1")
        clock.now = start.advanced(by: .seconds(3600 - 301))
        #expect(try provider.credentials()?.accessKeyID == "KEY1", "more than 5 minutes left: cached")
        #expect(source.calls == 1)
        clock.now = start.advanced(by: .seconds(3600 - 299))
        #expect(try provider.credentials()?.accessKeyID == "KEY2", "less than 5 minutes left: refreshed")
        #expect(source.calls == 2)

        // KEY2 expires at start + 3600 - 299 + 3600.
        source.failing = true
        clock.now = start.advanced(by: .seconds(3600 - 299 + 3600 - 60))
        #expect(try provider.credentials()?.accessKeyID == "KEY2", "refresh failed, but KEY2 is valid one more minute")
        clock.now = start.advanced(by: .seconds(3600 - 299 + 3600 + 1))
        #expect(throws: AWSError.self, "expired and the refresh fails: the error surfaces") { try provider.credentials() }
        source.failing = false
        #expect(try provider.credentials()?.accessKeyID == "KEY5")
    }

    @Test("Long-term credentials are fetched once")
    func longTermCredentialsAreCached() throws {
        let clock = ManualClock(Timestamp(seconds: 0))
        let source = CountingProvider(lifetime: nil, clock: clock)
        let provider = RefreshingCredentialProvider(source, clock: { clock.now })
        for _ in 0..<5 { _ = try provider.credentials() }
        #expect(source.calls == 1)
    }
}

/// A settable clock for expiry tests.
final class ManualClock: Sendable {
    private let value: Mutex<Timestamp>
    init(_ start: Timestamp) { value = Mutex(start) }
    var now: Timestamp {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// Returns KEY1, KEY2, … (one per call), each valid for `lifetime` from the clock's now; can be made to fail.
final class CountingProvider: CredentialProvider, Sendable {
    private let state = Mutex<(calls: Int, failing: Bool)>((0, false))
    let lifetime: Duration?
    let clock: ManualClock
    var name: String { "counting test provider" }

    init(lifetime: Duration?, clock: ManualClock) {
        self.lifetime = lifetime
        self.clock = clock
    }

    var calls: Int { state.withLock { $0.calls } }
    var failing: Bool {
        get { state.withLock { $0.failing } }
        set { state.withLock { $0.failing = newValue } }
    }

    func credentials() throws -> AWSCredentials? {
        let (call, failing) = state.withLock { state -> (Int, Bool) in
            state.calls += 1
            return (state.calls, state.failing)
        }
        if failing { throw AWSError(kind: .credentials, code: "TestFailure", message: "refresh failed on purpose") }
        return AWSCredentials(
            accessKeyID: "KEY\(call)", secretAccessKey: "s", sessionToken: "t",
            expiration: lifetime.map { clock.now.advanced(by: $0) }, source: name)
    }
}
