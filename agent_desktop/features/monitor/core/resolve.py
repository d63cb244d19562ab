"""Which agent an extension typed in Call → Monitor an agent... belongs to (no Qt).

The back office knows each agent's SIP user from their desktop (sent with every state change, kept on
the board's line), so the supervisor's desktop finds the agent on the board it may read: the line whose
SIP user is the extension, else (an older desktop, which sends none) whose CRM user name is. Several
lines with the same SIP user (one account set up on two desktops): the one heard from last.
"""

from __future__ import annotations

from crm.schemas.presence import AgentPresence, PresenceBoard


def agent_by_extension(board: PresenceBoard, extension: str) -> AgentPresence | None:
    """The agent of ``board`` whose SIP user (else user name) is ``extension``; None when none is."""
    wanted = extension.strip()
    if not wanted:
        return None
    for matches in (
        [line for line in board.agents if line.sip_user == wanted],
        [line for line in board.agents if not line.sip_user and line.username == wanted],
    ):
        if matches:
            return max(matches, key=lambda line: line.last_seen)
    return None
