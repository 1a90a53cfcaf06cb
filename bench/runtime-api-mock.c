/*
 * runtime-api-mock.c — harness and Lambda Runtime API mock behind scripts/bench-runtime.
 *
 * Why C, and why the mock and the clock live in one process: a Python harness adds milliseconds of
 * fork/exec overhead and scheduler noise to every cold start, and a mock in another process would move
 * the timestamps away from the place where the bytes cross the socket. Here every timestamp is a
 * CLOCK_MONOTONIC read right next to the system call it dates.
 *
 * The mock listens on 127.0.0.1 with an ephemeral port and speaks just enough HTTP/1.1 for the Runtime
 * API (spec: runtime-api.yaml): keep-alive with Content-Length or chunked bodies, `Expect: 100-continue`,
 * `Connection: close`, and new connections at any time (awslambdaric's init-error path opens its own).
 * It is single-threaded on poll(2): a peer is one process with one outstanding request at a time, so
 * threads would only add wake-up latency. Its own ceiling is measured by running bench/raw-client.c as
 * one more peer in the same interleaved run.
 *
 * For each repetition, every peer (in an order rotated by one each repetition, so that no peer always
 * runs right after the same other one) is started with posix_spawn and measured:
 *   cold   posix_spawn() called → the mock has read the complete first `GET /next`
 *   first  the first invocation, /next answer written → complete `POST /response` read (lazy init shows here)
 *   warm   the same for every later invocation (the figure the goals use)
 *   cycle  /next answer written → the following `GET /next` read (warm + reading the 202 + asking again)
 *   cpu    the peer's CPU time (all threads, /proc schedstat) from its first `GET /next` to the last, per
 *          invocation: its own work, without the wake-ups it waits for
 *   rss    VmHWM from /proc/<pid>/status once the peer waits on its last, unanswered `/next`
 * and then killed. One extra repetition before the measured ones is discarded: it fills the page cache
 * and Python's bytecode caches so that the first measured peer is not penalised.
 *
 * Every output is checked (it must carry the event and `"requestId":"<id>"`) so that a fast wrong peer
 * cannot win. Loops are bounded: a peer gets COLD_TIMEOUT_NS to ask for its first event and
 * STEP_TIMEOUT_NS for every later step, or it is killed and reported as failed.
 *
 * Usage (scripts/bench-runtime builds the command line):
 *   runtime-api-mock --cold-runs N --warm-invocations N --log-dir DIR [--pin] [--json FILE]
 *                    --peer NAME CWD PROGRAM [ARG...] -- [--peer ...]
 * The peer named "mock-ceiling" is reported as the mock's ceiling, not as a competitor.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum {
    MAX_PEERS = 8,
    MAX_CONNECTIONS = 8,
    CONNECTION_BUFFER = 1 << 20, /* events and outputs here are a few hundred bytes */
    WARMUP_INVOCATIONS = 20,
    MAX_COLD_RUNS = 10000,
    MAX_WARM_INVOCATIONS = 10 * 1000 * 1000,
};

static const uint64_t COLD_TIMEOUT_NS = 30ULL * 1000 * 1000 * 1000; /* first Python start compiles bytecode */
static const uint64_t STEP_TIMEOUT_NS = 5ULL * 1000 * 1000 * 1000;

static const char CEILING_NAME[] = "mock-ceiling";
static const char NEXT_PATH[] = "/2018-06-01/runtime/invocation/next";
static const char INVOCATION_PREFIX[] = "/2018-06-01/runtime/invocation/";
static const char INIT_ERROR_PATH[] = "/2018-06-01/runtime/init/error";
static const char FUNCTION_ARN[] = "arn:aws:lambda:us-east-1:123456789012:function:echo";
static const char TRACE_ID[] = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
/* A small Step-Functions-like input: the size of what our stages receive, with the JSON types in it. */
static const char EVENT_JSON[] =
    "{\"experimentId\":\"exp-20250101-bench\",\"stage\":\"poll-readiness\",\"attempt\":3,"
    "\"cluster\":{\"brokers\":3,\"bookies\":3,\"zookeepers\":3,\"ready\":false},"
    "\"tags\":[\"bench\",\"runtime\"],\"ratio\":0.75,\"note\":null}";
static const char EVENT_MARKER[] = "exp-20250101-bench"; /* the output must still carry the event */
static const char ACCEPTED[] = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                               "Content-Length: 16\r\n\r\n{\"status\":\"OK\"}\n";

/* ---------------------------------------------------------------- samples and statistics */

typedef struct {
    double *values;
    size_t count, capacity;
} Samples;

static void samples_add(Samples *samples, double value)
{
    if (samples->count == samples->capacity) {
        samples->capacity = samples->capacity ? samples->capacity * 2 : 256;
        samples->values = realloc(samples->values, samples->capacity * sizeof(double));
        if (samples->values == NULL) {
            perror("runtime-api-mock: realloc");
            exit(1);
        }
    }
    samples->values[samples->count++] = value;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sorts in place; the median of an even count is the mean of the two middle values. */
static double median(Samples *samples)
{
    if (samples->count == 0)
        return NAN;
    qsort(samples->values, samples->count, sizeof(double), compare_doubles);
    size_t middle = samples->count / 2;
    return samples->count % 2 ? samples->values[middle]
                              : (samples->values[middle - 1] + samples->values[middle]) / 2;
}

/* Nearest-rank percentile (p in 0..100): the smallest value with at least p % of samples at or below. */
static double percentile(Samples *samples, double p)
{
    if (samples->count == 0)
        return NAN;
    qsort(samples->values, samples->count, sizeof(double), compare_doubles);
    size_t rank = (size_t)ceil(p / 100.0 * (double)samples->count);
    return samples->values[rank == 0 ? 0 : rank - 1];
}

static double minimum(Samples *samples) { return percentile(samples, 0); }
static double maximum(Samples *samples) { return percentile(samples, 100); }

/* ---------------------------------------------------------------- peers and runs */

typedef struct {
    const char *name;
    const char *cwd;
    char **argv; /* NULL-terminated, points into main's argv */
    int log_fd;
    Samples cold_ms, first_us, warm_us, cycle_us, rss_mib, cpu_us;
    int failed;
    char failure[600];
} Peer;

typedef enum { AWAIT_FIRST_NEXT, AWAIT_RESPONSE, AWAIT_NEXT, PARKED } Phase;

typedef struct {
    int fd;
    char *buffer;
    size_t length;
    int continue_sent; /* 100 Continue already sent for the request at the head of the buffer */
} Connection;

typedef struct {
    Peer *peer;
    pid_t pid;
    int record; /* 0 in the discarded warm-up repetition */
    int total;  /* invocations to serve before parking the last /next */
    int done;
    Phase phase;
    uint64_t spawned_at, answered_at, deadline;
    double cpu_at_first_next; /* the peer's CPU time (ns) when it first asked, to leave init out */
    char request_id[64];
    Connection connections[MAX_CONNECTIONS];
    int connection_count;
    int failed;
} Run;

static uint64_t now_ns(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000000000ULL + (uint64_t)now.tv_nsec;
}

static void fail_run(Run *run, const char *format, ...)
{
    if (run->failed)
        return;
    run->failed = 1;
    run->peer->failed = 1;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(run->peer->failure, sizeof run->peer->failure, format, arguments);
    va_end(arguments);
}

static int send_all(int fd, const char *data, size_t length)
{
    while (length > 0) {
        ssize_t sent = send(fd, data, length, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += sent;
        length -= (size_t)sent;
    }
    return 0;
}

/* ---------------------------------------------------------------- HTTP/1.1 request parsing */

typedef struct {
    char method[8];
    char path[256];
    int headers_complete;
    int expect_continue, close_after;
    size_t wire_length; /* header + body bytes as received, to consume from the buffer */
    const char *body;
    size_t body_length;
} Request;

static char chunked_body[CONNECTION_BUFFER]; /* decoded chunked bodies; one request at a time */

/* Decodes a chunked body starting at `data`; returns bytes consumed, 0 if incomplete, -1 if malformed. */
static long decode_chunked(const char *data, size_t length, size_t *decoded_length)
{
    size_t at = 0, out = 0;
    for (;;) {
        const char *eol = memmem(data + at, length - at, "\r\n", 2);
        if (eol == NULL)
            return 0;
        char *after = NULL;
        unsigned long size = strtoul(data + at, &after, 16);
        if (after == data + at)
            return -1;
        at = (size_t)(eol - data) + 2;
        if (size == 0) { /* skip trailer fields up to the empty line */
            for (;;) {
                const char *line_end = memmem(data + at, length - at, "\r\n", 2);
                if (line_end == NULL)
                    return 0;
                int empty = line_end == data + at;
                at = (size_t)(line_end - data) + 2;
                if (empty) {
                    *decoded_length = out;
                    return (long)at;
                }
            }
        }
        if (out + size > sizeof chunked_body)
            return -1;
        if (length - at < size + 2)
            return 0;
        memcpy(chunked_body + out, data + at, size);
        out += size;
        at += size + 2;
    }
}

/* Returns 1 with *request filled when the buffer holds a complete request, 0 if not yet, -1 if malformed. */
static int parse_request(const char *data, size_t length, Request *request)
{
    memset(request, 0, sizeof *request);
    const char *header_end = memmem(data, length, "\r\n\r\n", 4);
    if (header_end == NULL)
        return length >= CONNECTION_BUFFER ? -1 : 0;
    size_t header_length = (size_t)(header_end - data) + 4;
    request->headers_complete = 1;

    const char *line_end = memmem(data, header_length, "\r\n", 2);
    const char *space = memchr(data, ' ', (size_t)(line_end - data));
    const char *space2 = space ? memchr(space + 1, ' ', (size_t)(line_end - space - 1)) : NULL;
    if (space == NULL || space2 == NULL || (size_t)(space - data) >= sizeof request->method ||
        (size_t)(space2 - space - 1) >= sizeof request->path)
        return -1;
    memcpy(request->method, data, (size_t)(space - data));
    memcpy(request->path, space + 1, (size_t)(space2 - space - 1));
    request->close_after = strncmp(space2 + 1, "HTTP/1.0", 8) == 0; /* 1.0 closes unless told otherwise */

    long content_length = 0;
    int chunked = 0;
    for (const char *line = line_end + 2; line < header_end; line = line_end + 2) {
        line_end = memmem(line, (size_t)(header_end + 2 - line), "\r\n", 2);
        const char *colon = memchr(line, ':', (size_t)(line_end - line));
        if (colon == NULL)
            continue;
        const char *value = colon + 1;
        while (value < line_end && (*value == ' ' || *value == '\t'))
            value++;
        size_t name_length = (size_t)(colon - line), value_length = (size_t)(line_end - value);
#define IS(name) (name_length == sizeof(name) - 1 && strncasecmp(line, name, name_length) == 0)
#define VALUE_HAS(text) (memmem(value, value_length, text, sizeof(text) - 1) != NULL)
        if (IS("Content-Length"))
            content_length = strtol(value, NULL, 10);
        else if (IS("Transfer-Encoding"))
            chunked = VALUE_HAS("chunked");
        else if (IS("Expect"))
            request->expect_continue = VALUE_HAS("100-continue");
        else if (IS("Connection"))
            request->close_after = VALUE_HAS("close") || VALUE_HAS("Close") ? 1
                                   : VALUE_HAS("keep-alive") || VALUE_HAS("Keep-Alive") ? 0
                                                                                       : request->close_after;
#undef IS
#undef VALUE_HAS
    }
    if (content_length < 0 || content_length > CONNECTION_BUFFER)
        return -1;
    if (chunked) {
        size_t decoded = 0;
        long consumed = decode_chunked(data + header_length, length - header_length, &decoded);
        if (consumed <= 0)
            return (int)consumed;
        request->body = chunked_body;
        request->body_length = decoded;
        request->wire_length = header_length + (size_t)consumed;
        return 1;
    }
    if (length - header_length < (size_t)content_length)
        return 0;
    request->body = data + header_length;
    request->body_length = (size_t)content_length;
    request->wire_length = header_length + (size_t)content_length;
    return 1;
}

/* ---------------------------------------------------------------- the Runtime API */

static void close_connection(Run *run, int index)
{
    close(run->connections[index].fd);
    free(run->connections[index].buffer);
    run->connections[index] = run->connections[--run->connection_count];
}

static void answer_simple(Connection *connection, int status, const char *reason, const char *body)
{
    char answer[512];
    int length = snprintf(answer, sizeof answer,
                          "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s",
                          status, reason, strlen(body), body);
    send_all(connection->fd, answer, (size_t)length);
}

/* Writes the /next answer for invocation run->done and notes when the write returned. */
static void answer_next(Run *run, Connection *connection)
{
    static unsigned long long serial;
    snprintf(run->request_id, sizeof run->request_id, "b3a1c0de-%04x-4000-8000-%012llx",
             (unsigned)(run->done & 0xffff), ++serial);
    struct timespec wall;
    clock_gettime(CLOCK_REALTIME, &wall);
    unsigned long long deadline_ms = (unsigned long long)wall.tv_sec * 1000 + (unsigned long long)wall.tv_nsec / 1000000 + 900000;
    char answer[2048];
    int length = snprintf(answer, sizeof answer,
                          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Lambda-Runtime-Aws-Request-Id: %s\r\nLambda-Runtime-Deadline-Ms: %llu\r\n"
                          "Lambda-Runtime-Invoked-Function-Arn: %s\r\nLambda-Runtime-Trace-Id: %s\r\n"
                          "Content-Length: %zu\r\n\r\n%s",
                          run->request_id, deadline_ms, FUNCTION_ARN, TRACE_ID, sizeof EVENT_JSON - 1, EVENT_JSON);
    /*
     * Dated before the write, not after: on loopback send() itself delivers the bytes and wakes the peer,
     * and a peer on the other CPU can have answered before send() returns — a timestamp taken after it
     * would hide that part of the peer's work (seen: 2.7 us "round trips" for the raw client).
     */
    run->answered_at = now_ns();
    if (send_all(connection->fd, answer, (size_t)length) != 0) {
        fail_run(run, "writing the /next answer failed: %s", strerror(errno));
        return;
    }
    run->phase = AWAIT_RESPONSE;
}

/* The output must be the event plus "requestId":"<id>" (whitespace after the colon allowed). */
static int output_is_echo(const Run *run, const char *body, size_t length)
{
    char quoted_id[80];
    int id_length = snprintf(quoted_id, sizeof quoted_id, "\"%s\"", run->request_id);
    const char *key = memmem(body, length, "\"requestId\"", 11);
    return length >= 2 && body[0] == '{' && key != NULL && memmem(key, length - (size_t)(key - body), quoted_id, (size_t)id_length) != NULL &&
           memmem(body, length, EVENT_MARKER, sizeof EVENT_MARKER - 1) != NULL;
}

/*
 * CPU time (user + system, ns) used so far by all threads of `pid`, from /proc/<pid>/task/<tid>/schedstat:
 * nanosecond resolution, where utime/stime tick at 10 ms — too coarse for ~100 invocations of ~30 us.
 * It tells how much of a warm figure is the peer's own work, as opposed to wake-ups it waits for.
 */
static double cpu_time_ns(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
    DIR *tasks = opendir(path);
    if (tasks == NULL)
        return NAN;
    double total = 0;
    struct dirent *task;
    while ((task = readdir(tasks)) != NULL) {
        if (task->d_name[0] == '.')
            continue;
        char stat_path[300];
        snprintf(stat_path, sizeof stat_path, "/proc/%d/task/%s/schedstat", (int)pid, task->d_name);
        FILE *stat = fopen(stat_path, "re");
        unsigned long long on_cpu = 0;
        if (stat != NULL) {
            if (fscanf(stat, "%llu", &on_cpu) == 1)
                total += (double)on_cpu;
            fclose(stat);
        }
    }
    closedir(tasks);
    return total;
}

static void handle_request(Run *run, Connection *connection, const Request *request, uint64_t received_at)
{
    Peer *peer = run->peer;
    size_t prefix_length = sizeof INVOCATION_PREFIX - 1;
    const char *suffix = NULL;
    if (strcmp(request->method, "POST") == 0 && strncmp(request->path, INVOCATION_PREFIX, prefix_length) == 0)
        suffix = strchr(request->path + prefix_length, '/');

    if (strcmp(request->method, "GET") == 0 && strcmp(request->path, NEXT_PATH) == 0) {
        if (run->phase == AWAIT_FIRST_NEXT) {
            if (run->record) {
                samples_add(&peer->cold_ms, (double)(received_at - run->spawned_at) / 1e6);
                run->cpu_at_first_next = cpu_time_ns(run->pid); /* outside every timed window */
            }
        } else if (run->phase == AWAIT_NEXT) {
            if (run->record && run->done >= 2) /* the first invocation's cycle holds its lazy init */
                samples_add(&peer->cycle_us, (double)(received_at - run->answered_at) / 1e3);
        } else {
            fail_run(run, "GET /next while invocation %s was still open", run->request_id);
            return;
        }
        if (run->done < run->total) {
            answer_next(run, connection);
        } else {
            run->phase = PARKED; /* left unanswered: the peer now waits, as in a frozen sandbox */
        }
    } else if (suffix != NULL && strcmp(suffix, "/response") == 0) {
        size_t id_length = (size_t)(suffix - request->path) - prefix_length;
        if (run->phase != AWAIT_RESPONSE || id_length != strlen(run->request_id) ||
            strncmp(request->path + prefix_length, run->request_id, id_length) != 0) {
            fail_run(run, "unexpected POST %s (open invocation: %s)", request->path,
                     run->phase == AWAIT_RESPONSE ? run->request_id : "none");
            return;
        }
        double elapsed_us = (double)(received_at - run->answered_at) / 1e3;
        if (!output_is_echo(run, request->body, request->body_length)) {
            fail_run(run, "output is not the event plus \"requestId\":\"%s\": %.*s", run->request_id,
                     (int)(request->body_length > 300 ? 300 : request->body_length), request->body);
            return;
        }
        if (run->record)
            samples_add(run->done == 0 ? &peer->first_us : &peer->warm_us, elapsed_us);
        if (send_all(connection->fd, ACCEPTED, sizeof ACCEPTED - 1) != 0)
            fail_run(run, "writing the 202 answer failed: %s", strerror(errno));
        run->done++;
        run->phase = AWAIT_NEXT;
    } else if (suffix != NULL && strcmp(suffix, "/error") == 0) {
        answer_simple(connection, 202, "Accepted", "{\"status\":\"OK\"}");
        fail_run(run, "the peer reported an invocation error: %.*s",
                 (int)(request->body_length > 300 ? 300 : request->body_length), request->body);
    } else if (strcmp(request->method, "POST") == 0 && strcmp(request->path, INIT_ERROR_PATH) == 0) {
        answer_simple(connection, 202, "Accepted", "{\"status\":\"OK\"}");
        fail_run(run, "the peer reported an init error: %.*s",
                 (int)(request->body_length > 300 ? 300 : request->body_length), request->body);
    } else {
        answer_simple(connection, 404, "Not Found", "{\"errorMessage\":\"not a Runtime API path\"}");
        fail_run(run, "unexpected request %s %s", request->method, request->path);
    }
}

/* Reads what the connection has, then serves every complete request in it. Returns 0 if it closed. */
static int serve_connection(Run *run, int index)
{
    Connection *connection = &run->connections[index];
    ssize_t got = recv(connection->fd, connection->buffer + connection->length,
                       CONNECTION_BUFFER - connection->length, 0);
    uint64_t received_at = now_ns(); /* right after the read that completed the request */
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return 1;
    if (got <= 0)
        return 0; /* the peer closed (or reset) it; awslambdaric may reconnect */
    connection->length += (size_t)got;

    while (!run->failed) {
        Request request;
        int parsed = parse_request(connection->buffer, connection->length, &request);
        if (parsed < 0) {
            answer_simple(connection, 400, "Bad Request", "{\"errorMessage\":\"malformed request\"}");
            fail_run(run, "malformed or oversized HTTP request: %.80s", connection->buffer);
            return 0;
        }
        if (parsed == 0) {
            if (request.headers_complete && request.expect_continue && !connection->continue_sent) {
                send_all(connection->fd, "HTTP/1.1 100 Continue\r\n\r\n", 25);
                connection->continue_sent = 1;
            }
            return 1;
        }
        handle_request(run, connection, &request, received_at);
        run->deadline = received_at + STEP_TIMEOUT_NS;
        memmove(connection->buffer, connection->buffer + request.wire_length, connection->length - request.wire_length);
        connection->length -= request.wire_length;
        connection->continue_sent = 0;
        if (request.close_after)
            return 0;
    }
    return 1;
}

/* ---------------------------------------------------------------- one peer process */

typedef struct {
    int listen_fd;
    int pin;
    char **environment;
    char **task_root_slot; /* the environment entry that names the peer's folder, as Lambda's /var/task */
} Harness;

static void set_cpu(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
}

static long vm_hwm_kb(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *status = fopen(path, "re");
    long kb = -1;
    if (status == NULL)
        return -1;
    while (fgets(line, sizeof line, status) != NULL)
        if (strncmp(line, "VmHWM:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    fclose(status);
    return kb;
}

static void run_peer(Harness *harness, Peer *peer, int invocations, int record)
{
    Run run = {.peer = peer, .record = record, .total = invocations, .phase = AWAIT_FIRST_NEXT};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, peer->log_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, peer->log_fd, 2);
    posix_spawn_file_actions_addchdir_np(&actions, peer->cwd);

    char task_root[1100];
    snprintf(task_root, sizeof task_root, "LAMBDA_TASK_ROOT=%s", peer->cwd);
    *harness->task_root_slot = task_root;

    if (harness->pin)
        set_cpu(1); /* the child inherits the affinity at clone time */
    run.spawned_at = now_ns();
    /*
     * Its own process group, so that the whole peer is stopped: a peer started under a wrapper (strace,
     * valgrind) would otherwise outlive the wrapper and reconnect into the next run (seen: curl retries a
     * GET on a fresh connection when the reused one is closed).
     */
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    int error = posix_spawn(&run.pid, peer->argv[0], &actions, &attributes, peer->argv, harness->environment);
    if (harness->pin)
        set_cpu(0);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0) {
        fail_run(&run, "cannot start %s: %s", peer->argv[0], strerror(error));
        return;
    }
    /* A pidfd in the poll set tells at once when the peer dies, with no waitpid per loop turn. */
    int pidfd = (int)syscall(SYS_pidfd_open, run.pid, 0);
    run.deadline = run.spawned_at + COLD_TIMEOUT_NS;

    while (!run.failed && run.phase != PARKED) {
        struct pollfd fds[2 + MAX_CONNECTIONS];
        int count = 0;
        fds[count++] = (struct pollfd){.fd = harness->listen_fd, .events = POLLIN};
        fds[count++] = (struct pollfd){.fd = pidfd, .events = POLLIN};
        for (int i = 0; i < run.connection_count; i++)
            fds[count++] = (struct pollfd){.fd = run.connections[i].fd, .events = POLLIN};
        uint64_t now = now_ns();
        if (now >= run.deadline) {
            fail_run(&run, "timed out after %d of %d invocations (%s)", run.done, run.total,
                     run.phase == AWAIT_FIRST_NEXT ? "no first GET /next"
                     : run.phase == AWAIT_RESPONSE ? "no POST /response"
                                                   : "no following GET /next");
            break;
        }
        int ready = poll(fds, (nfds_t)count, (int)((run.deadline - now) / 1000000 + 1));
        if (ready < 0 && errno != EINTR) {
            fail_run(&run, "poll: %s", strerror(errno));
            break;
        }
        if (ready <= 0)
            continue;
        /* Connections first: a peer that posted and then died still had its request read. */
        for (int i = count - 1; i >= 2; i--) {
            if (fds[i].revents == 0)
                continue;
            if (!serve_connection(&run, i - 2))
                close_connection(&run, i - 2);
        }
        if (fds[1].revents & POLLIN) {
            int status = 0;
            waitpid(run.pid, &status, 0);
            fail_run(&run, "exited during invocation %d (%s %d); see its log", run.done,
                     WIFSIGNALED(status) ? "signal" : "status",
                     WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
            run.pid = -run.pid; /* reaped; the negative id still names its process group */
        }
        if (fds[0].revents & POLLIN) {
            int fd = accept4(harness->listen_fd, NULL, NULL, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            if (run.connection_count == MAX_CONNECTIONS) {
                close(fd);
                fail_run(&run, "opened more than %d connections at once", MAX_CONNECTIONS);
                continue;
            }
            /* The real Runtime API (Go's net/http) runs with TCP_NODELAY, as Go sets it by default. */
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            run.connections[run.connection_count++] =
                (Connection){.fd = fd, .buffer = malloc(CONNECTION_BUFFER), .length = 0};
        }
    }

    if (run.phase == PARKED && !run.failed && record) {
        long kb = vm_hwm_kb(run.pid);
        if (kb > 0)
            samples_add(&peer->rss_mib, (double)kb / 1024.0);
        double cpu_ns = cpu_time_ns(run.pid) - run.cpu_at_first_next;
        if (!isnan(cpu_ns))
            samples_add(&peer->cpu_us, cpu_ns / 1e3 / run.total);
    }
    if (run.pid > 0) {
        /*
         * SIGTERM first so that a wrapper such as `strace -c` can write its summary when a peer is run under
         * it by hand; then SIGKILL to whatever is left of the group. Measurements are already taken.
         */
        kill(-run.pid, SIGTERM);
        struct pollfd exited = {.fd = pidfd, .events = POLLIN};
        if (pidfd >= 0)
            poll(&exited, 1, 1000);
        kill(-run.pid, SIGKILL);
        waitpid(run.pid, NULL, 0);
    } else if (run.pid < -1) { /* never -1: kill(-1) would signal every process */
        kill(run.pid, SIGKILL); /* the peer itself died (pid is its negated group id); its group may not have */
    }
    if (pidfd >= 0)
        close(pidfd);
    while (run.connection_count > 0)
        close_connection(&run, 0);
}

/* ---------------------------------------------------------------- report */

static Peer *find_peer(Peer *peers, int count, const char *name)
{
    for (int i = 0; i < count; i++)
        if (strcmp(peers[i].name, name) == 0)
            return &peers[i];
    return NULL;
}

static void read_first_line(const char *path, const char *prefix, char *out, size_t size)
{
    char line[512];
    snprintf(out, size, "unknown");
    FILE *file = fopen(path, "re");
    if (file == NULL)
        return;
    while (fgets(line, sizeof line, file) != NULL) {
        if (strncmp(line, prefix, strlen(prefix)) == 0) {
            const char *value = line + strlen(prefix);
            while (*value == ' ' || *value == '\t' || *value == ':')
                value++;
            snprintf(out, size, "%s", value);
            out[strcspn(out, "\n")] = '\0';
            break;
        }
    }
    fclose(file);
}

static void json_string(FILE *out, const char *text)
{
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == '"' || *c == '\\')
            fprintf(out, "\\%c", *c);
        else if (*c < 0x20)
            fprintf(out, "\\u%04x", *c);
        else
            fputc(*c, out);
    }
    fputc('"', out);
}

static void json_number(FILE *out, double value)
{
    if (isnan(value))
        fputs("null", out);
    else
        fprintf(out, "%.3f", value);
}

typedef struct {
    const char *name;
    double ratio, limit;
    const char *unit_note;
} Goal;

static void print_goal(const Goal *goal)
{
    if (isnan(goal->ratio))
        printf("  %-46s n/a (a peer it needs was not measured)\n", goal->name);
    else
        printf("  %-46s %6.3f %s (goal <= %.2f)  %s\n", goal->name, goal->ratio, goal->unit_note, goal->limit,
               goal->ratio <= goal->limit ? "PASS" : "FAIL");
}

static int usage(const char *problem)
{
    fprintf(stderr,
            "runtime-api-mock: %s\nusage: runtime-api-mock --cold-runs N --warm-invocations N --log-dir DIR "
            "[--pin] [--json FILE] --peer NAME CWD PROGRAM [ARG...] -- [--peer ...]\n",
            problem);
    return 2;
}

int main(int argc, char **argv)
{
    Peer peers[MAX_PEERS];
    int peer_count = 0, cold_runs = 20, warm_invocations = 2000, pin = 0;
    const char *json_path = NULL, *log_dir = NULL;
    memset(peers, 0, sizeof peers);

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--cold-runs") == 0 && i + 1 < argc)
            cold_runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--warm-invocations") == 0 && i + 1 < argc)
            warm_invocations = atoi(argv[++i]);
        else if (strcmp(argv[i], "--json") == 0 && i + 1 < argc)
            json_path = argv[++i];
        else if (strcmp(argv[i], "--log-dir") == 0 && i + 1 < argc)
            log_dir = argv[++i];
        else if (strcmp(argv[i], "--pin") == 0)
            pin = 1;
        else if (strcmp(argv[i], "--peer") == 0 && i + 3 < argc && peer_count < MAX_PEERS) {
            Peer *peer = &peers[peer_count++];
            peer->name = argv[++i];
            peer->cwd = argv[++i];
            peer->argv = &argv[++i];
            while (i < argc && strcmp(argv[i], "--") != 0)
                i++;
            if (i == argc)
                return usage("a --peer's argument list must end with --");
            argv[i] = NULL; /* terminates this peer's argv in place */
        } else
            return usage("unknown or incomplete option");
    }
    if (peer_count == 0 || log_dir == NULL)
        return usage("at least one --peer and --log-dir are required");
    if (cold_runs < 1 || cold_runs > MAX_COLD_RUNS || warm_invocations < 1 || warm_invocations > MAX_WARM_INVOCATIONS)
        return usage("--cold-runs must be 1..10000 and --warm-invocations 1..10000000");
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (pin && cpus < 2)
        return usage("--pin needs at least 2 CPUs");

    /* Warm invocations are spread over the cold-start processes, so every sample is interleaved too. */
    int warm_per_process = (warm_invocations + cold_runs - 1) / cold_runs;

    Harness harness = {.pin = pin};
    harness.listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = 0, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t address_length = sizeof address;
    if (harness.listen_fd < 0 || bind(harness.listen_fd, (struct sockaddr *)&address, sizeof address) != 0 ||
        listen(harness.listen_fd, 64) != 0 ||
        getsockname(harness.listen_fd, (struct sockaddr *)&address, &address_length) != 0) {
        perror("runtime-api-mock: cannot listen on 127.0.0.1");
        return 1;
    }

    /* A clean, Lambda-like environment (as provided.al2023 gives), plus the caller's PYTHON* settings. */
    static char api_variable[64];
    snprintf(api_variable, sizeof api_variable, "AWS_LAMBDA_RUNTIME_API=127.0.0.1:%d", ntohs(address.sin_port));
    char *environment[64] = {
        api_variable,
        "PATH=/usr/local/bin:/usr/bin:/bin",
        "LANG=C.UTF-8",
        "TZ=:UTC",
        "AWS_REGION=us-east-1",
        "AWS_DEFAULT_REGION=us-east-1",
        "AWS_LAMBDA_FUNCTION_NAME=echo",
        "AWS_LAMBDA_FUNCTION_VERSION=$LATEST",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128",
        "AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/echo",
        "AWS_LAMBDA_LOG_STREAM_NAME=2025/01/01/[$LATEST]bench",
        "_HANDLER=handler.echo",
        NULL, /* LAMBDA_TASK_ROOT, set per peer in run_peer */
    };
    int environment_count = 13;
    for (char **variable = environ; *variable && environment_count < 63; variable++)
        if (strncmp(*variable, "PYTHON", 6) == 0)
            environment[environment_count++] = *variable;
    environment[environment_count] = NULL;
    harness.environment = environment;
    harness.task_root_slot = &environment[12];

    for (int p = 0; p < peer_count; p++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.log", log_dir, peers[p].name);
        peers[p].log_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
        if (peers[p].log_fd < 0) {
            fprintf(stderr, "runtime-api-mock: cannot open %s: %s\n", path, strerror(errno));
            return 1;
        }
    }

    char load_before[128], load_after[128], cpu_model[256];
    read_first_line("/proc/loadavg", "", load_before, sizeof load_before);
    read_first_line("/proc/cpuinfo", "model name", cpu_model, sizeof cpu_model);
    if (pin)
        set_cpu(0);
    signal(SIGPIPE, SIG_IGN);

    fprintf(stderr, "bench: mock on 127.0.0.1:%d; %d peers x (1 warm-up + %d measured) repetitions, %d warm invocations per process\n",
            ntohs(address.sin_port), peer_count, cold_runs, warm_per_process);
    int progress = isatty(2); /* a progress line only where a person watches; logs stay clean */
    for (int repetition = -1; repetition < cold_runs; repetition++) {
        int record = repetition >= 0;
        for (int k = 0; k < peer_count; k++) {
            Peer *peer = &peers[(k + (repetition + 1)) % peer_count];
            if (peer->failed)
                continue;
            /* 1 first invocation + the warm ones; the warm-up run serves a few only. */
            run_peer(&harness, peer, record ? 1 + warm_per_process : WARMUP_INVOCATIONS, record);
        }
        if (progress)
            fprintf(stderr, "\rbench: repetition %d/%d done", repetition + 1, cold_runs);
    }
    if (progress)
        fprintf(stderr, "\n");
    read_first_line("/proc/loadavg", "", load_after, sizeof load_after);

    /* ---- table */
    struct utsname system;
    uname(&system);
    printf("\nLambda Runtime API loop benchmark (echo function, %zu-byte event)\n", sizeof EVENT_JSON - 1);
    printf("machine: %ld CPUs (%s), kernel %s; %s; load average before %s, after %s\n", cpus, cpu_model,
           system.release, pin ? "pinned: mock on CPU 0, peer on CPU 1" : "not pinned (mock and peer float over all CPUs)",
           load_before, load_after);
    printf("runs: %d cold starts per peer (median), %d warm invocations per process -> %d warm samples per peer; "
           "interleaved round-robin, 1 warm-up repetition discarded\n\n",
           cold_runs, warm_per_process, cold_runs * warm_per_process);
    printf("%-14s %10s %10s %10s %10s %10s %10s %10s\n", "peer", "cold ms", "1st us", "warm us", "warm p99",
           "cycle us", "CPU us", "RSS MiB");
    printf("%-14s %10s %10s %10s %10s %10s %10s %10s\n", "", "(median)", "(median)", "(median)", "(us)", "(median)",
           "per inv.", "(VmHWM)");
    int failures = 0;
    for (int p = 0; p < peer_count; p++) {
        Peer *peer = &peers[p];
        printf("%-14s %10.2f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f%s\n", peer->name, median(&peer->cold_ms),
               median(&peer->first_us), median(&peer->warm_us), percentile(&peer->warm_us, 99),
               median(&peer->cycle_us), median(&peer->cpu_us), median(&peer->rss_mib),
               peer->failed ? "  INCOMPLETE" : "");
        failures += peer->failed;
    }
    for (int p = 0; p < peer_count; p++)
        if (peers[p].failed)
            printf("\n%s FAILED: %s\n  (its stdout/stderr: %s/%s.log)\n", peers[p].name, peers[p].failure, log_dir,
                   peers[p].name);

    Peer *ceiling = find_peer(peers, peer_count, CEILING_NAME);
    Peer *echo = find_peer(peers, peer_count, "echo");
    Peer *ric = find_peer(peers, peer_count, "awslambdaric");
    Peer *floor_peer = find_peer(peers, peer_count, "c-floor");
    if (ceiling != NULL)
        printf("\nmock ceiling: %.1f us per invocation (warm median), %.1f us per full cycle, with a raw-socket "
               "client doing no work;\n  every peer's warm figure includes this much mock + loopback + wake-up time.\n",
               median(&ceiling->warm_us), median(&ceiling->cycle_us));

    Goal goals[3] = {
        {"echo cold / awslambdaric cold", echo && ric ? median(&echo->cold_ms) / median(&ric->cold_ms) : NAN, 0.20, "x"},
        {"echo warm / c-floor warm", echo && floor_peer ? median(&echo->warm_us) / median(&floor_peer->warm_us) : NAN,
         1.15, "x"},
        {"echo peak RSS (MiB)", echo ? median(&echo->rss_mib) : NAN, 10.0, "  "},
    };
    printf("\ngoals (issue #2):\n");
    for (int g = 0; g < 3; g++)
        print_goal(&goals[g]);
    if (echo && floor_peer)
        printf("  (for reference: echo cycle / c-floor cycle = %.3f x; echo cold / c-floor cold = %.3f x)\n",
               median(&echo->cycle_us) / median(&floor_peer->cycle_us),
               median(&echo->cold_ms) / median(&floor_peer->cold_ms));

    if (json_path != NULL) {
        FILE *out = fopen(json_path, "w");
        if (out == NULL) {
            fprintf(stderr, "runtime-api-mock: cannot write %s: %s\n", json_path, strerror(errno));
            return 1;
        }
        fprintf(out, "{\n  \"machine\": {\"cpus\": %ld, \"cpu\": ", cpus);
        json_string(out, cpu_model);
        fprintf(out, ", \"kernel\": ");
        json_string(out, system.release);
        fprintf(out, ", \"pinned\": %s, \"loadavg_before\": ", pin ? "true" : "false");
        json_string(out, load_before);
        fprintf(out, ", \"loadavg_after\": ");
        json_string(out, load_after);
        fprintf(out, "},\n  \"config\": {\"cold_runs\": %d, \"warm_invocations_per_process\": %d, "
                     "\"warm_samples_per_peer\": %d, \"event_bytes\": %zu, \"warmup_repetitions\": 1},\n  \"peers\": {",
                cold_runs, warm_per_process, cold_runs * warm_per_process, sizeof EVENT_JSON - 1);
        for (int p = 0; p < peer_count; p++) {
            Peer *peer = &peers[p];
            fprintf(out, "%s\n    ", p ? "," : "");
            json_string(out, peer->name);
            fprintf(out, ": {\"complete\": %s, \"failure\": ", peer->failed ? "false" : "true");
            if (peer->failed)
                json_string(out, peer->failure);
            else
                fputs("null", out);
            struct {
                const char *key;
                Samples *samples;
            } series[] = {{"cold_ms", &peer->cold_ms}, {"first_us", &peer->first_us}, {"warm_us", &peer->warm_us},
                          {"cycle_us", &peer->cycle_us}, {"cpu_us_per_invocation", &peer->cpu_us},
                          {"peak_rss_mib", &peer->rss_mib}};
            for (size_t s = 0; s < sizeof series / sizeof series[0]; s++) {
                fprintf(out, ",\n      \"%s\": {\"n\": %zu, \"median\": ", series[s].key, series[s].samples->count);
                json_number(out, median(series[s].samples));
                fputs(", \"p99\": ", out);
                json_number(out, percentile(series[s].samples, 99));
                fputs(", \"min\": ", out);
                json_number(out, minimum(series[s].samples));
                fputs(", \"max\": ", out);
                json_number(out, maximum(series[s].samples));
                fputs("}", out);
            }
            fputs("}", out);
        }
        fputs("\n  },\n  \"goals\": [", out);
        for (int g = 0; g < 3; g++) {
            fprintf(out, "%s\n    {\"name\": ", g ? "," : "");
            json_string(out, goals[g].name);
            fputs(", \"value\": ", out);
            json_number(out, goals[g].ratio);
            fprintf(out, ", \"limit\": %.2f, \"pass\": %s}", goals[g].limit,
                    isnan(goals[g].ratio) ? "null" : goals[g].ratio <= goals[g].limit ? "true" : "false");
        }
        fputs("\n  ]\n}\n", out);
        fclose(out);
    }
    return failures ? 1 : 0;
}
