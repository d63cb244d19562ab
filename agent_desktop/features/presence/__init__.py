"""Agent presence: states with reasons, wrap-up with its limit, following the phone and the PC.

So far its Qt-free core (``core/``): the state machine the desktop's agent state will run on.
"""
