"""Routes between roles: the search, the per-step walk, the answers and why there is none."""
