"""What quitting would lose asks first: File > Quit goes through the guards features added
(QUIT_GUARDS), one question at a time; the agent's Cancel keeps the app running; a quit the system
asks for (logout, SIGTERM) does not wait for an answer."""

from __future__ import annotations

from collections.abc import Callable

from agent_desktop.shell.keys import QUIT_GUARDS

Answer = tuple[Callable[[], None], Callable[[], None]]


def test_quit_asks_the_guards_and_cancel_keeps_the_app_running(make_shell) -> None:
    shell = make_shell()
    guards = shell.ctx.services.get(QUIT_GUARDS)
    asked: list[Answer] = []
    guards.add(lambda proceed, cancel: asked.append((proceed, cancel)))  # asks, answered later
    shell.window.act_quit.trigger()
    assert len(asked) == 1 and not shell._quitting and shell.window.isVisible()
    shell.window.close()  # the close button while the question is open: still one question
    assert len(asked) == 1 and shell.window.isVisible()
    asked[0][1]()  # Cancel
    assert not shell._quitting and shell.window.isVisible()
    shell.window.act_quit.trigger()
    asked[1][0]()  # the agent settled it: quitting goes on
    assert shell._quitting and not shell.window.isVisible()


def test_a_quit_the_system_asks_for_does_not_wait(make_shell) -> None:
    shell = make_shell()
    asked: list[Answer] = []
    shell.ctx.services.get(QUIT_GUARDS).add(lambda proceed, cancel: asked.append((proceed, cancel)))
    shell.quit(force=True)  # what SIGTERM and logout call
    assert asked == [] and shell._quitting and not shell.window.isVisible()
