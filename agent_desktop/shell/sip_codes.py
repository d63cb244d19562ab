"""SIP final responses the desktop gives or recognises (RFC 3261 section 21)."""

CODE_NOT_READY = 480
"""Temporarily Unavailable: the agent is not Ready, so the call is refused before it rings."""
CODE_BUSY = 486
"""Busy Here: every line is taken."""
CODE_CANCELLED = 487
"""Request Terminated: the caller hung up while it rang."""
