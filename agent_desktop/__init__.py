"""Agent Desktop: the shell and composition root of the call-centre agent client."""

__version__ = "0.1.0"
