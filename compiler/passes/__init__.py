"""Passes that transform items (and, for repair, raw document text) between reading and emitting."""
