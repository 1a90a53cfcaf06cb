/*
 * c-floor/bootstrap.c — the floor peer of scripts/bench-runtime: a minimal Lambda `bootstrap` in C that
 * loops GET /next → POST /response over libcurl with one reused easy handle (so one keep-alive
 * connection), the way aws-lambda-cpp does. Our Swift loop's warm goal is ≤ 1.15× this figure: it is
 * what "native code over libcurl" costs here, with nothing of our own in the way.
 *
 * Its output is the echo fixture's contract — the event plus "requestId" — made by splicing the field
 * before the closing brace (no JSON parse), so that the mock checks every peer's output the same way.
 * Like Debian's libcurl in our own bootstrap, libcurl is linked dynamically: that load is part of the
 * floor's cold start on purpose.
 *
 * Environment: AWS_LAMBDA_RUNTIME_API=host:port.
 */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum {
    EVENT_CAPACITY = 6 * 1024 * 1024, /* the Runtime API's own payload limit */
    ID_CAPACITY = 128,
    /* The harness kills us; this bound only keeps an orphaned bootstrap from looping forever. */
    MAX_INVOCATIONS = 10 * 1000 * 1000,
};

typedef struct {
    char *data;
    size_t length;
} Buffer;

static char request_id[ID_CAPACITY];

static size_t on_body(char *data, size_t size, size_t count, void *user)
{
    Buffer *buffer = user;
    size_t length = size * count;
    if (buffer->length + length > EVENT_CAPACITY)
        return 0; /* makes curl_easy_perform fail with CURLE_WRITE_ERROR */
    memcpy(buffer->data + buffer->length, data, length);
    buffer->length += length;
    return length;
}

static size_t on_header(char *data, size_t size, size_t count, void *user)
{
    (void)user;
    static const char name[] = "Lambda-Runtime-Aws-Request-Id:";
    size_t length = size * count;
    if (length > sizeof name - 1 && strncasecmp(data, name, sizeof name - 1) == 0) {
        const char *value = data + sizeof name - 1;
        const char *end = data + length;
        while (value < end && (*value == ' ' || *value == '\t'))
            value++;
        while (end > value && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
            end--;
        size_t value_length = (size_t)(end - value);
        if (value_length >= ID_CAPACITY)
            value_length = ID_CAPACITY - 1;
        memcpy(request_id, value, value_length);
        request_id[value_length] = '\0';
    }
    return length;
}

static void fail(const char *what, CURLcode code)
{
    fprintf(stderr, "c-floor: %s: %s\n", what, curl_easy_strerror(code));
    exit(1);
}

int main(void)
{
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (api == NULL) {
        fprintf(stderr, "c-floor: AWS_LAMBDA_RUNTIME_API is not set\n");
        return 1;
    }
    char next_url[256];
    snprintf(next_url, sizeof next_url, "http://%s/2018-06-01/runtime/invocation/next", api);

    curl_global_init(CURL_GLOBAL_ALL); /* as aws-lambda-cpp does; it initialises OpenSSL too */
    CURL *curl = curl_easy_init();
    Buffer event = {.data = malloc(EVENT_CAPACITY), .length = 0};
    char *output = malloc(EVENT_CAPACITY + ID_CAPACITY + 32);
    if (curl == NULL || event.data == NULL || output == NULL) {
        fprintf(stderr, "c-floor: out of memory\n");
        return 1;
    }
    /* curl would otherwise add "Expect: 100-continue" to larger POSTs and wait for the interim answer. */
    struct curl_slist *post_headers = curl_slist_append(NULL, "Content-Type: application/json");
    post_headers = curl_slist_append(post_headers, "Expect:");

    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 1000L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L); /* /next blocks until an invocation arrives */
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &event);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);

    char response_url[512];
    for (long invocation = 0; invocation < MAX_INVOCATIONS; invocation++) {
        long status = 0;
        event.length = 0;
        request_id[0] = '\0';
        curl_easy_setopt(curl, CURLOPT_URL, next_url);
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, NULL);
        CURLcode code = curl_easy_perform(curl);
        if (code != CURLE_OK)
            fail("GET /next", code);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (status != 200 || request_id[0] == '\0' || event.length < 2) {
            fprintf(stderr, "c-floor: GET /next answered %ld without a request id or event; exiting\n", status);
            return 1;
        }

        size_t prefix = event.length - 1; /* drop the closing brace, splice the field in */
        memcpy(output, event.data, prefix);
        size_t length = prefix + (size_t)sprintf(output + prefix, ",\"requestId\":\"%s\"}", request_id);

        snprintf(response_url, sizeof response_url, "http://%s/2018-06-01/runtime/invocation/%s/response", api,
                 request_id);
        curl_easy_setopt(curl, CURLOPT_URL, response_url);
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, output);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)length);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, post_headers);
        event.length = 0; /* the 202 body lands in the same buffer; it is ignored */
        code = curl_easy_perform(curl);
        if (code != CURLE_OK)
            fail("POST /response", code);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (status != 202) {
            fprintf(stderr, "c-floor: POST /response answered %ld, not 202\n", status);
            return 1;
        }
    }
    return 0;
}
