#!/usr/bin/env bash
# OpenMessaging Benchmark at the pinned commit OMB_COMMIT, built with Apache Maven MAVEN_VERSION (verified download),
# installed to /opt/benchmark with OMB's six payload files under /opt/benchmark/payload (checked by size: the
# experiment spec relies on them, docs/experiment-spec.md "Payloads").
set -euo pipefail
: "${OMB_COMMIT:?}" "${MAVEN_VERSION:?}"
# shellcheck source-path=SCRIPTDIR source=verify-download.sh
source "$(dirname "$0")/verify-download.sh"
[[ $OMB_COMMIT =~ ^[0-9a-f]{40}$ ]] || { echo "install-omb: OMB_COMMIT must be a full 40-character commit id" >&2; exit 1; }

maven_url="https://archive.apache.org/dist/maven/maven-3/$MAVEN_VERSION/binaries/apache-maven-$MAVEN_VERSION-bin.tar.gz"
maven_archive=$(verify_apache_download "$maven_url" "https://downloads.apache.org/maven/KEYS")
build=$(mktemp -d)
tar -xzf "$maven_archive" -C "$build"
mvn=$build/apache-maven-$MAVEN_VERSION/bin/mvn

git clone --quiet https://github.com/openmessaging/benchmark.git "$build/benchmark"
git -C "$build/benchmark" checkout --quiet --detach "$OMB_COMMIT"
# A commit id names its content: the checkout is what was pinned, or this stops.
[[ $(git -C "$build/benchmark" rev-parse HEAD) == "$OMB_COMMIT" ]]

# -C: fail on a Maven Central artifact whose checksum does not match.
(cd "$build/benchmark" && "$mvn" -B -q -C -Dmaven.repo.local="$build/m2" -DskipTests -Djacoco.skip \
    -Dcheckstyle.skip -Dspotless.check.skip -Dspotbugs.skip -Dlicense.skip package)

install -d /opt/benchmark
tar -xzf "$build"/benchmark/package/target/openmessaging-benchmark-*-bin.tar.gz -C /opt/benchmark --strip-components 1
install -d /opt/benchmark/payload
cp "$build"/benchmark/payload/payload-*.data /opt/benchmark/payload/
declare -A sizes=([payload-100b.data]=100 [payload-200b.data]=200 [payload-400b.data]=400 [payload-1Kb.data]=1024
    [payload-2Kb.data]=2048 [payload-4Kb.data]=4096)
for file in "${!sizes[@]}"; do
    actual=$(stat -c %s "/opt/benchmark/payload/$file")
    [[ $actual == "${sizes[$file]}" ]] || { echo "install-omb: $file is $actual bytes, expected ${sizes[$file]}" >&2; exit 1; }
done
echo "$OMB_COMMIT" >/opt/benchmark/OMB_COMMIT
test -x /opt/benchmark/bin/benchmark
rm -rf "$build" "$(dirname "$maven_archive")"
