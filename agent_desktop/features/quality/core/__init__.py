"""Agent evaluation's Qt-free logic."""
