#!/usr/bin/env python3
"""Agent Desktop entry point: parse the command line, resolve settings, start the app."""

from __future__ import annotations

import gc
import logging
import os
import sys

from agent_desktop.features.crm_link.core.frozen_flag import FROZEN_FLAG as BACKOFFICE_FLAG
from agent_desktop.features.phone.core.demo_call import FROZEN_FLAG as DEMO_CALLER_FLAG
from agent_desktop.shell.cli import build_parser
from agent_desktop.shell.logging_setup import FILE_ONLY
from crm.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger("agent_desktop.main")


POLICY_INVALID = QT_TRANSLATE_NOOP("Startup", "the system policy file is invalid, ask your IT support")
BUNDLE_REFUSED = QT_TRANSLATE_NOOP("Startup", "settings bundle not imported (nothing was changed)")
AS_NEEDS_EMBEDDED = QT_TRANSLATE_NOOP(
    "Startup",
    "--as signs in a demo account of the embedded back office, but crm.url names a CRM: "
    "sign in there with crm.username and its password instead",
)


def translated_error(summary: str, detail: object) -> tuple[str, str]:
    """What failed and why in the installed language (``summary`` may be a Msg; ``detail`` text, or a
    settings error, shown translated)."""
    from agent_desktop.shell.i18n import translate_msg

    if hasattr(detail, "translated"):  # a SettingsError: its reason in the installed language
        from agent_desktop.settings.dialog import SettingsDialog

        detail = detail.translated(SettingsDialog.error_message)
    return translate_msg(summary), str(detail) if detail else ""


def error_box_texts(summary: str, detail: object) -> tuple[str, str]:
    """Title and text of the start-up error box in the installed language."""
    from PySide6.QtCore import QCoreApplication

    lead, reason = translated_error(summary, detail)
    return QCoreApplication.translate("MainWindow", "Agent Desktop"), f"{lead}\n\n{reason}" if reason else lead


def fail(summary: str, detail: object = "", language: str = "", box: bool = True) -> int:
    """Report a start-up error on stderr, and in a message box when started from a desktop (not with
    ``box=False``: a login script's ``--no-start`` or ``--print-settings`` must not wait for a click).

    ``summary`` (a QT_TRANSLATE_NOOP message or plain text) says what failed, ``detail`` why (text or a
    settings error). With a ``language`` chosen (``--lang``, or the user's setting) stderr and the box
    say it in that language, its translator loaded first; without one, stderr is in English and the
    box in the system's language. The log keeps the English text.
    """
    message = f"{summary}: {detail}" if detail else str(summary)
    has_display = sys.platform != "linux" or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    on_terminal = sys.stderr is not None and sys.stderr.isatty()  # None: a windowed build without a console
    show_box = bool(box and has_display and not on_terminal and os.environ.get("QT_QPA_PLATFORM") != "offscreen")
    app = _translated_app(language, show_box) if show_box or language else None
    printed = f"error: {message}"
    if language:
        from PySide6.QtCore import QCoreApplication

        lead, reason = translated_error(summary, detail)
        error = QCoreApplication.translate("Startup", "error")
        printed = f"{error}: {lead}: {reason}" if reason else f"{error}: {lead}"
    print(f"agent-desktop: {printed}", file=sys.stderr)
    logger.error("%s", message, extra=FILE_ONLY)  # printed just above: the log file keeps it
    if show_box:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, *error_box_texts(summary, detail))
    del app
    return 2


def _translated_app(language: str, widgets: bool) -> object:
    """The application (a QApplication for a message box, else a QCoreApplication: no display needed)
    with ``language``'s translators installed (``""``: the system's)."""
    from PySide6.QtCore import QCoreApplication

    from agent_desktop.shell.i18n import TranslationManager

    app = QCoreApplication.instance()
    if app is None and widgets:
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
    elif app is None:
        app = QCoreApplication(sys.argv[:1])
    TranslationManager(app).set_language(language)
    return app


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [BACKOFFICE_FLAG]:  # the packaged app running its own embedded back office
        from agent_desktop.features.crm_link.backoffice_process import main as backoffice_main

        return backoffice_main(argv[1:])
    if argv[:1] == [DEMO_CALLER_FLAG]:  # the packaged app's Help > "Call me from a demo customer"
        from softphone.demo_caller import main as demo_caller_main

        return demo_caller_main(argv[1:])
    # Start-up (issue 23): no automatic garbage collection until the window is up (start-up's imports
    # alone would run about a hundred collections; the GUI thread's collector, shell/gc_guard.py, owns
    # collection from then on), and no scan of every installed package's metadata for pydantic plugins
    # (the app uses none; PYDANTIC_DISABLE_PLUGINS set in the environment wins).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    collecting = gc.isenabled()
    gc.disable()
    try:
        return start_desktop(argv)
    finally:
        if collecting:
            gc.enable()


def start_desktop(argv: list[str]) -> int:
    """The desktop app: settings from the command line, policy and profile, then the window."""
    from agent_desktop.shell.console import attach_parent_console, wants_console

    if wants_console(argv):  # the windowed Windows build: print to the prompt that started it
        attach_parent_console()
    args = build_parser().parse_args(argv)

    import PySide6.QtCore  # noqa: F401 - the first Qt import, so that:

    from agent_desktop.shell.memory import stop_pyside_source_scan

    stop_pyside_source_scan()  # every module imported from here to the window is not read twice by PySide6
    from agent_desktop.shell.logging_setup import configure_logging, install_excepthook
    from agent_desktop.shell.paths import AppPaths

    paths = AppPaths.for_profile(args.profile).ensure()
    redactor = configure_logging(paths.log_dir, logging.DEBUG if args.debug else logging.INFO)
    install_excepthook(None)
    from agent_desktop import __version__

    logger.info("Agent Desktop %s starting; profile %s", __version__, args.profile or "(user directories)")

    from agent_desktop.settings import LockedKeyError, SettingsError, SettingsManager, load_policy
    from agent_desktop.settings.policy import POLICY_ENV

    interactive = not (args.no_start or args.print_settings or args.export_diagnostics)  # a script: no box

    try:
        policy = load_policy()
        manager = SettingsManager(paths.settings_file, policy, deferred=True)  # validated after the first paint
    except SettingsError as exc:
        return fail(POLICY_INVALID, exc, args.lang or "", interactive)
    if policy.ignored_override is not None:  # a user's own policy file does not replace IT's
        print(
            f"agent-desktop: warning: {POLICY_ENV}={policy.ignored_override} ignored: the system policy does not "
            f"allow it (allow_policy_override); using {', '.join(policy.sources)}",
            file=sys.stderr,
        )

    if args.provision:
        from agent_desktop.settings.provision import load_bundle

        try:
            keys = manager.import_bundle(load_bundle(args.provision, rules=policy.bundle_rules), args.provision)
        except SettingsError as exc:
            return fail(BUNDLE_REFUSED, exc, args.lang or manager.settings.ui.language, interactive)
        print(f"agent-desktop: imported {len(keys)} settings from {args.provision}", file=sys.stderr)

    overrides = list(args.overrides)
    if args.lang:
        overrides.append(("ui.language", args.lang))
    if args.as_user:  # the embedded back office signs this demo account in (crm_link)
        overrides.append(("crm.username", args.as_user))
    for key, value in overrides:
        try:
            manager.set_override(key, value)
        except LockedKeyError as exc:
            print(f"agent-desktop: warning: --set {key} ignored: {exc}", file=sys.stderr)
            logger.warning("--set %s ignored: %s", key, exc, extra=FILE_ONLY)
        except SettingsError as exc:
            return fail(f"--set {key}={value}", exc, args.lang or manager.settings.ui.language, interactive)

    if args.as_user and manager.settings.crm.url:
        return fail(AS_NEEDS_EMBEDDED, "", args.lang or manager.settings.ui.language, interactive)

    if args.print_settings:
        from agent_desktop.settings.report import settings_report

        sys.stdout.write(settings_report(manager, args.print_settings, __version__))
        return 0
    if args.export_diagnostics:
        from agent_desktop.shell.diagnostics import export_diagnostics, standard_texts

        dest = args.export_diagnostics.resolve()
        export_diagnostics(dest, paths.log_dir, redactor.redact, standard_texts(manager, paths, __version__))
        print(f"agent-desktop: diagnostics written to {dest}", file=sys.stderr)
        return 0
    if args.no_start:
        logger.info("not starting (--no-start)")
        return 0

    from agent_desktop.features import INSTALL_ORDER, catalogue
    from agent_desktop.shell.app import RunOptions, run

    only = None
    if args.features is not None:
        only = tuple(n.strip() for n in args.features.split(",") if n.strip())
        unknown = sorted(set(only) - set(INSTALL_ORDER))
        if unknown:
            print(
                f"agent-desktop: no feature {', '.join(unknown)}; features: {', '.join(INSTALL_ORDER)}", file=sys.stderr
            )
            return 2
    options = RunOptions(
        features=not args.no_features,
        only_features=only,
        quit_after_ms=args.quit_after_ms,
        screenshot=args.screenshot,
    )
    return run(manager, paths, redactor, options, catalogue())


if __name__ == "__main__":
    sys.exit(main())
