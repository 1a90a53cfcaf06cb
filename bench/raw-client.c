/*
 * raw-client.c — the smallest possible Runtime API client, used by scripts/bench-runtime to show the
 * mock's own ceiling: plain blocking socket calls, no HTTP library, no JSON parsing, one reused
 * keep-alive connection. Whatever per-invocation time it gets is the part of every peer's figure that
 * belongs to the mock, the kernel's loopback path and two context switches, not to the peer's loop.
 *
 * It echoes the event with `"requestId":"<id>"` spliced before the closing brace (a memcpy, not a
 * parse) so that the mock can apply the same output check to it as to the real peers.
 *
 * Environment: AWS_LAMBDA_RUNTIME_API=host:port (IPv4 literal, as the harness passes 127.0.0.1).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

enum {
    BUFFER_SIZE = 1 << 20,
    /* The harness kills us; this bound only keeps an orphaned client from looping forever. */
    MAX_INVOCATIONS = 10 * 1000 * 1000,
};

static char response[BUFFER_SIZE];
static char request[BUFFER_SIZE];

static void die(const char *what)
{
    fprintf(stderr, "raw-client: %s: %s\n", what, errno ? strerror(errno) : "protocol error");
    exit(1);
}

static int connect_api(const char *api)
{
    char host[64];
    const char *colon = strrchr(api, ':');
    if (colon == NULL || (size_t)(colon - api) >= sizeof host) {
        errno = 0;
        die("AWS_LAMBDA_RUNTIME_API must be host:port");
    }
    memcpy(host, api, (size_t)(colon - api));
    host[colon - api] = '\0';

    struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(colon + 1))};
    if (inet_pton(AF_INET, host, &address.sin_addr) != 1) {
        errno = 0;
        die("AWS_LAMBDA_RUNTIME_API host must be an IPv4 literal");
    }
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        die("socket");
    /* Without TCP_NODELAY a small POST written in two pieces can wait for a delayed ACK (~40 ms). */
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0)
        die("connect");
    return fd;
}

static void send_all(int fd, const char *data, size_t length)
{
    while (length > 0) {
        ssize_t sent = send(fd, data, length, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            die("send");
        }
        data += sent;
        length -= (size_t)sent;
    }
}

/* Finds header `name` in the header block; returns its value (not terminated) and sets *length. */
static const char *find_header(const char *headers, size_t headers_length, const char *name, size_t *length)
{
    size_t name_length = strlen(name);
    const char *line = headers;
    const char *end = headers + headers_length;
    while (line < end) {
        const char *eol = memmem(line, (size_t)(end - line), "\r\n", 2);
        if (eol == NULL)
            break;
        if ((size_t)(eol - line) > name_length && line[name_length] == ':' &&
            strncasecmp(line, name, name_length) == 0) {
            const char *value = line + name_length + 1;
            while (value < eol && (*value == ' ' || *value == '\t'))
                value++;
            *length = (size_t)(eol - value);
            return value;
        }
        line = eol + 2;
    }
    return NULL;
}

/*
 * Reads one complete response (headers + Content-Length body) into `response`. The mock never sends
 * anything unasked, so a read never holds bytes of a following response.
 */
static void read_response(int fd, int *status, size_t *header_length, size_t *body_length)
{
    size_t have = 0;
    const char *header_end = NULL;
    size_t content_length = 0;
    for (;;) {
        if (have == sizeof response)
            die("response larger than the buffer");
        ssize_t got = recv(fd, response + have, sizeof response - have, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            errno = got < 0 ? errno : 0;
            die("recv (the mock closed the connection)");
        }
        have += (size_t)got;
        if (header_end == NULL) {
            header_end = memmem(response, have, "\r\n\r\n", 4);
            if (header_end == NULL)
                continue;
            *header_length = (size_t)(header_end - response) + 4;
            size_t value_length = 0;
            const char *value = find_header(response, *header_length, "Content-Length", &value_length);
            content_length = value ? strtoul(value, NULL, 10) : 0;
        }
        if (have >= *header_length + content_length)
            break;
    }
    *status = atoi(response + 9); /* "HTTP/1.1 200 ..." */
    *body_length = content_length;
}

int main(void)
{
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (api == NULL) {
        errno = 0;
        die("AWS_LAMBDA_RUNTIME_API is not set");
    }
    int fd = connect_api(api);
    static const char next[] = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: runtime\r\n\r\n";

    for (long invocation = 0; invocation < MAX_INVOCATIONS; invocation++) {
        int status = 0;
        size_t header_length = 0, body_length = 0;
        send_all(fd, next, sizeof next - 1);
        read_response(fd, &status, &header_length, &body_length);
        errno = 0;
        if (status != 200)
            die("GET /next did not answer 200");
        size_t id_length = 0;
        const char *id = find_header(response, header_length, "Lambda-Runtime-Aws-Request-Id", &id_length);
        if (id == NULL || id_length > 128 || body_length < 2)
            die("GET /next answer lacks a request id or an event object");

        /* Body: event without its closing brace, then ,"requestId":"<id>"} — a splice, not a parse. */
        char body_tail[192];
        int tail_length = snprintf(body_tail, sizeof body_tail, ",\"requestId\":\"%.*s\"}", (int)id_length, id);
        const char *event = response + header_length;
        size_t event_prefix = body_length - 1;
        size_t output_length = event_prefix + (size_t)tail_length;
        int head_length = snprintf(request, sizeof request,
                                   "POST /2018-06-01/runtime/invocation/%.*s/response HTTP/1.1\r\n"
                                   "Host: runtime\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n\r\n",
                                   (int)id_length, id, output_length);
        if ((size_t)head_length + output_length > sizeof request)
            die("event too large for the request buffer");
        memcpy(request + head_length, event, event_prefix);
        memcpy(request + head_length + event_prefix, body_tail, (size_t)tail_length);
        send_all(fd, request, (size_t)head_length + output_length);

        read_response(fd, &status, &header_length, &body_length);
        if (status != 202)
            die("POST /response did not answer 202");
    }
    return 0;
}
