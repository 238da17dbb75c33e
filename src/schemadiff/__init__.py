"""schemadiff: declarative schema diffing for PostgreSQL."""

__version__ = "0.1.0"
