#!/usr/bin/env bash
# shellcheck shell=bash
# Shared by the node-side scripts of the pulsar-base AMI (docs/node-contract.md). Sourced, never run.
#
# Testability: every file path is under PULSAR_LAB_ROOT (empty on a node, a temporary folder in tests), and every
# external command is looked up on PATH (Pulsar's and OMB's bin folders are appended, not prepended), so a test
# puts small fake executables first on PATH and runs the real scripts.

PULSAR_LAB_ROOT=${PULSAR_LAB_ROOT:-}
PULSAR_HOME=${PULSAR_HOME:-$PULSAR_LAB_ROOT/opt/pulsar}
OMB_HOME=${OMB_HOME:-$PULSAR_LAB_ROOT/opt/benchmark}
LAB_ETC=$PULSAR_LAB_ROOT/etc/pulsar-lab
LAB_STATE=$PULSAR_LAB_ROOT/var/lib/pulsar-lab
LAB_DATA=$LAB_STATE/data
export LAB_DATA
export PATH="$PATH:$PULSAR_HOME/bin:$OMB_HOME/bin"

export ZOOKEEPER_PORT=2181 BOOKIE_PORT=3181 BROKER_BINARY_PORT=6650 BROKER_HTTP_PORT=8080
readonly ROLES="zookeeper bookkeeper broker client"

log() {
    printf '%s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${0##*/}" "$*" >&2
}

die() {
    log "error: $*"
    exit 1
}

# A JSON string literal for $1: quotes, backslashes and control characters escaped or dropped.
json_string() {
    local text=$1
    text=${text//\\/\\\\}
    text=${text//\"/\\\"}
    text=${text//$'\n'/\\n}
    text=${text//$'\r'/\\r}
    text=${text//$'\t'/\\t}
    text=$(printf '%s' "$text" | tr -d '\000-\010\013\014\016-\037')
    printf '"%s"' "$text"
}

# retry ATTEMPTS DELAY_SECONDS COMMAND...: runs COMMAND until it succeeds, at most ATTEMPTS times.
retry() {
    local attempts=$1 delay=$2 attempt=1
    shift 2
    until "$@"; do
        if ((attempt >= attempts)); then
            log "gave up after $attempts attempts: $*"
            return 1
        fi
        log "attempt $attempt/$attempts failed, retrying in ${delay}s: $*"
        sleep "$delay"
        attempt=$((attempt + 1))
    done
}

# The instance metadata service, version 2 (a session token first): imds PATH, e.g. imds instance-id.
imds() {
    local token
    token=$(curl -sS --fail --max-time 5 -X PUT "http://169.254.169.254/latest/api/token" \
        -H "X-aws-ec2-metadata-token-ttl-seconds: 300") || return 1
    curl -sS --fail --max-time 5 -H "X-aws-ec2-metadata-token: $token" "http://169.254.169.254/latest/meta-data/$1"
}

is_role() {
    [[ " $ROLES " == *" $1 "* ]]
}

# The node's identity as node-bootstrap recorded it (ROLE, EXPERIMENT_ID, REGION, BUCKET, CLUSTER_NAME, ...).
load_node_env() {
    local file=$LAB_ETC/node.env
    [[ -f $file ]] || return 1
    # shellcheck source=/dev/null
    source "$file"
}

# ZooKeeper's four-letter words on HOST:2181 (ruok -> imok; srvr -> Mode: leader/follower/standalone).
zookeeper_word() {
    local host=$1 word=$2
    printf '%s' "$word" | nc -w 3 "$host" "$ZOOKEEPER_PORT" 2>/dev/null
}

zookeeper_serving() {
    local host=$1
    zookeeper_word "$host" srvr | grep -Eq '^Mode: (leader|follower|standalone)'
}

# Total memory in MiB (from /proc/meminfo), for JVM sizing.
memory_mib() {
    awk '/^MemTotal:/ { printf "%d\n", $2 / 1024 }' "$PULSAR_LAB_ROOT/proc/meminfo"
}

# set_property FILE KEY VALUE: KEY=VALUE in a Java properties file, replacing every earlier KEY= line.
set_property() {
    local file=$1 key=$2 value=$3 tmp
    tmp=$(mktemp "$file.XXXXXX")
    awk -v key="$key" -v value="$value" '
        index($0, key "=") == 1 { if (!done) { print key "=" value; done = 1 } next }
        { print }
        END { if (!done) print key "=" value }' "$file" >"$tmp"
    chmod 0644 "$tmp"
    mv "$tmp" "$file"
}
