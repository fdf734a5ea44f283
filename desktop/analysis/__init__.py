"""analysis layer; see ../shared ARCHITECTURE.md for what it may import."""
