"""The data file: its format, safe YAML parsing, checks, loading, JSON Schema, starter file and writing."""
