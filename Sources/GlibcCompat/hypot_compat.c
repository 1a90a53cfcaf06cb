// Pins hypot/hypotf to the symbol versions provided.al2023 (glibc 2.34) has.
//
// glibc 2.35 added new default versions of hypot and hypotf. A binary linked on a newer glibc
// (Debian 12 has 2.36) binds to hypot@GLIBC_2.35 and then fails to load on Lambda with
// "version `GLIBC_2.35' not found". Package.swift links every Lambda executable with
// `--wrap=hypot --wrap=hypotf`, so each call lands here, and `.symver` binds these calls to
// the original versions, which compute the same result.
#include <math.h>
#include "GlibcCompat.h"

#if defined(__GLIBC__) && (defined(__x86_64__) || defined(__aarch64__))
#  if defined(__x86_64__)
#    define GLIBC_COMPAT_BASE_VERSION "GLIBC_2.2.5"
#  else
#    define GLIBC_COMPAT_BASE_VERSION "GLIBC_2.17"
#  endif
extern double glibc_compat_hypot_base(double x, double y);
extern float glibc_compat_hypotf_base(float x, float y);
__asm__(".symver glibc_compat_hypot_base, hypot@" GLIBC_COMPAT_BASE_VERSION);
__asm__(".symver glibc_compat_hypotf_base, hypotf@" GLIBC_COMPAT_BASE_VERSION);

double __wrap_hypot(double x, double y) { return glibc_compat_hypot_base(x, y); }
float __wrap_hypotf(float x, float y) { return glibc_compat_hypotf_base(x, y); }
#else
// musl (Swift Static Linux SDK) and other libcs have no symbol versions: pass straight through.
extern double __real_hypot(double x, double y);
extern float __real_hypotf(float x, float y);
double __wrap_hypot(double x, double y) { return __real_hypot(x, y); }
float __wrap_hypotf(float x, float y) { return __real_hypotf(x, y); }
#endif

double glibc_compat_hypot(double x, double y) { return hypot(x, y); }
float glibc_compat_hypotf(float x, float y) { return hypotf(x, y); }
