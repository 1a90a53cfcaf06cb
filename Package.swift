// swift-tools-version:6.0
import PackageDescription

// Every Lambda executable links `GlibcCompat` through `LambdaRuntime`: the `--wrap` flags below
// route `hypot`/`hypotf` to the GLIBC_2.2.5 versions, so a binary built on a newer glibc still
// loads on provided.al2023 (glibc 2.34). See Sources/GlibcCompat/README.md.
let glibcCompatLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "--wrap=hypot", "-Xlinker", "--wrap=hypotf"], .when(platforms: [.linux]))
]

let package = Package(
    name: "pulsar-aws-lab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "echo", targets: ["echo"]),
    ],
    dependencies: [
        // The command line only (it runs on people's machines, not on Lambda).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: System libraries (present on provided.al2023 as curl-minimal and openssl-libs)
        .systemLibrary(
            name: "CLibcurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .yum(["libcurl-devel"])]
        ),
        .systemLibrary(
            name: "CLibcrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .yum(["openssl-devel"])]
        ),
        .target(
            name: "GlibcCompat",
            linkerSettings: glibcCompatLinkerSettings
        ),

        // MARK: Libraries the Lambda functions are made of (no Foundation: see docs/architecture.md)
        .target(name: "JSONCoding", exclude: ["README.md"]),
        .target(name: "LambdaRuntime", dependencies: ["JSONCoding", "GlibcCompat"]),
        .target(name: "AWSCore", dependencies: ["JSONCoding", "CLibcurl", "CLibcrypto"]),
        .target(name: "AWSServices", dependencies: ["AWSCore", "JSONCoding"], exclude: ["README.md"]),
        // The domain: experiment spec, cluster layout, tags, OMB workloads and results, reports. No I/O.
        .target(name: "LabCore", dependencies: ["JSONCoding", "AWSCore"]),
        // One handler per lifecycle stage, on top of LabCore and the AWS clients (docs/stages.md).
        .target(name: "Stages", dependencies: ["LambdaRuntime", "LabCore", "AWSServices", "AWSCore", "JSONCoding"]),

        // MARK: Executables
        // A test fixture for the runtime loop and the benchmark, not a product function.
        .executableTarget(name: "echo", dependencies: ["LambdaRuntime"]),
        .executableTarget(name: "janitor", dependencies: ["Stages"]),
        // Stage functions (docs/stages.md): each main.swift only starts the runtime loop.
        .executableTarget(name: "validate-ami", dependencies: ["Stages"]),
        .executableTarget(name: "apply-infra", dependencies: ["Stages"]),
        .executableTarget(name: "poll-readiness", dependencies: ["Stages"]),
        .executableTarget(name: "run-benchmark", dependencies: ["Stages"]),
        .executableTarget(name: "collect-results", dependencies: ["Stages"]),
        .executableTarget(name: "teardown", dependencies: ["Stages"]),
        // The `lab` command line (may use Foundation: it does not run on Lambda).
        .executableTarget(
            name: "lab",
            dependencies: ["LabCore", "AWSServices", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: Tests
        .testTarget(name: "JSONCodingTests", dependencies: ["JSONCoding"]),
        .testTarget(name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "GlibcCompat", "echo"]),
        .testTarget(name: "AWSCoreTests", dependencies: ["AWSCore"]),
        .testTarget(name: "AWSServicesTests", dependencies: ["AWSServices"], exclude: ["Golden"]),
        .testTarget(name: "LabCoreTests", dependencies: ["LabCore"]),
        .testTarget(name: "LabCLITests", dependencies: ["lab"]),
        .testTarget(name: "StagesTests", dependencies: ["Stages"]),
    ]
)
