#ifndef GLIBC_COMPAT_H
#define GLIBC_COMPAT_H

/// Calls hypot/hypotf through the same `--wrap` path every Lambda executable uses, so a test can
/// prove the pinned versions still compute (hypot(3, 4) == 5).
double glibc_compat_hypot(double x, double y);
float glibc_compat_hypotf(float x, float y);

#endif
