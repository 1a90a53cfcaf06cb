"""One lab run: start an execution, stream its progress, account for it, check nothing is left behind."""
