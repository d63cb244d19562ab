"""Per-collection resources of the back office."""
