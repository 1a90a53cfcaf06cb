"""Lambda invocations through a local Runtime API: each function's real `bootstrap` runs as a child process."""
