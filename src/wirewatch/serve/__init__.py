"""``wirewatch serve``: a read-only HTTP API and web UI over the SQLite store."""
