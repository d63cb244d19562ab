"""What the phone offers the other features: the softphone's Qt adapter (call events and commands)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from softphone.qt.adapter import PhoneAdapter

__all__ = ["PHONE"]

PHONE: ServiceKey[PhoneAdapter] = ServiceKey("phone")
"""The phone: ``sig_incoming_call``, ``sig_call_changed``, ``sig_call_rejected_before_ringing``,
``dial(number)`` (a dialler adds a ring timeout and ``detect_machine``: ``sig_answered_by``, see
docs/softphone.md), ``set_pre_ring_filter(gate)``, ``set_caller_name(call_id, name)`` (the CRM's name on
the call's line button) and the other call commands."""
