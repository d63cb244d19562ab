"""What the to-do list offers the other features: a new to-do for a customer or a call."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.shell.services import ServiceKey

if TYPE_CHECKING:
    from forms.todo_form import TodoForm

__all__ = ["TODOS", "TodoApi"]


class TodoApi(Protocol):
    """The installed to-do list (provided as :data:`TODOS`)."""

    def new_todo(
        self, customer_id: str | None = None, call_log_id: str | None = None, title: str = "", customer_label: str = ""
    ) -> TodoForm | None:
        """Open the to-do form, optionally linked to a customer and a call (None before the CRM is there)."""


TODOS: ServiceKey[TodoApi] = ServiceKey("todos")
