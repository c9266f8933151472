"""The SQLite store: documents and their parts, plus the cross-document links over them."""
