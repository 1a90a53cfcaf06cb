// Pins hypot/hypotf to the symbol versions provided.al2023 (glibc 2.34) has.
//
// glibc 2.35 added new default versions of hypot and hypotf. A binary linked on a newer glibc
// (Debian 12 has 2.36) binds to hypot@GLIBC_2.35 and then fails to load on Lambda with
// "version `GLIBC_2.35' not found". Package.swift links every Lambda executable with
// `--wrap=hypot --wrap=hypotf`, so each call lands here instead, and no reference to the new
// versions remains in the binary.
//
// The original versions are looked up at run time with dlvsym rather than bound with `.symver`:
// lld applies `--wrap` to a versioned reference (`hypot@GLIBC_2.2.5`) as well, which would turn the
// wrapper into a call to itself. dlvsym lives in libc from glibc 2.34 on, so it is available there.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "GlibcCompat.h"

#if defined(__GLIBC__)
#  if defined(__x86_64__)
#    define GLIBC_COMPAT_BASE_VERSION "GLIBC_2.2.5"
#  elif defined(__aarch64__)
#    define GLIBC_COMPAT_BASE_VERSION "GLIBC_2.17"
#  else
#    error "GlibcCompat: add the base glibc symbol version for this architecture"
#  endif

typedef double (*hypot_function)(double, double);
typedef float (*hypotf_function)(float, float);

static void *glibc_compat_lookup(const char *name) {
    void *function = dlvsym(RTLD_DEFAULT, name, GLIBC_COMPAT_BASE_VERSION);
    if (function == NULL) {
        // libm may not be loaded yet when nothing else in the binary needed it.
        void *libm = dlopen("libm.so.6", RTLD_LAZY);
        if (libm != NULL) function = dlvsym(libm, name, GLIBC_COMPAT_BASE_VERSION);
    }
    if (function == NULL) {
        fprintf(stderr, "GlibcCompat: cannot find %s@%s: %s\n", name, GLIBC_COMPAT_BASE_VERSION, dlerror());
        abort();
    }
    return function;
}

double __wrap_hypot(double x, double y) {
    // Looked up once; a race only looks the same value up twice.
    static hypot_function base;
    hypot_function function = __atomic_load_n(&base, __ATOMIC_ACQUIRE);
    if (function == NULL) {
        function = (hypot_function)glibc_compat_lookup("hypot");
        __atomic_store_n(&base, function, __ATOMIC_RELEASE);
    }
    return function(x, y);
}

float __wrap_hypotf(float x, float y) {
    static hypotf_function base;
    hypotf_function function = __atomic_load_n(&base, __ATOMIC_ACQUIRE);
    if (function == NULL) {
        function = (hypotf_function)glibc_compat_lookup("hypotf");
        __atomic_store_n(&base, function, __ATOMIC_RELEASE);
    }
    return function(x, y);
}
#else
// musl (Swift Static Linux SDK) and other libcs have no symbol versions: pass straight through.
extern double __real_hypot(double x, double y);
extern float __real_hypotf(float x, float y);
double __wrap_hypot(double x, double y) { return __real_hypot(x, y); }
float __wrap_hypotf(float x, float y) { return __real_hypotf(x, y); }
#endif

double glibc_compat_hypot(double x, double y) { return hypot(x, y); }
float glibc_compat_hypotf(float x, float y) { return hypotf(x, y); }
