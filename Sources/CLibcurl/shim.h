#ifndef CLIBCURL_SHIM_H
#define CLIBCURL_SHIM_H
#include <curl/curl.h>

/* Swift cannot call C variadic functions, and curl_easy_setopt/curl_easy_getinfo are variadic:
   these typed, non-variadic wrappers are what Swift calls instead. */

typedef size_t (*clibcurl_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode clibcurl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode clibcurl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode clibcurl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode clibcurl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode clibcurl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode clibcurl_setopt_callback(CURL *handle, CURLoption option, clibcurl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode clibcurl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline long clibcurl_global_default_flags(void) {
    return CURL_GLOBAL_DEFAULT;
}
#endif
