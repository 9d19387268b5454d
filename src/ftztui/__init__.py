"""ftztui: a terminal reader and full-text search app for a small library of documents."""

__version__ = "0.1.0"
