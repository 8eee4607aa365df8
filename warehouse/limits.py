"""Resource limits of the projection, importable without DuckDB (the CLI
checks them before it starts anything heavy)."""

# DuckDB would take up to 80% of the machine's memory for a build it can do in
# a few hundred MB; past the limit it spills to disk beside the copy.
MEMORY_LIMIT_ENV = "NEWSLEDGER_DUCKDB_MEMORY_LIMIT"
DEFAULT_MEMORY_LIMIT = "300MB"
