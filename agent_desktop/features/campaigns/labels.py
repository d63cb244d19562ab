"""The back office's keys (results, dispositions, skip reasons, import problems, states) in the
agent's language: the back office writes no text for people here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("CampaignLabels", text)


def result_label(key: str) -> str:
    labels = {
        "answered": _t("Answered"),
        "busy": _t("Busy"),
        "no_answer": _t("No answer"),
        "rejected": _t("Rejected"),
        "network_error": _t("Network error"),
        "invalid_number": _t("Invalid number"),
        "machine": _t("Answering machine or fax"),
        "skipped": _t("Skipped"),
    }
    return labels.get(key, key)


def disposition_label(key: str) -> str:
    labels = {
        "sale": _t("Sale"),
        "call_back": _t("Call back later"),
        "not_interested": _t("Not interested"),
        "wrong_person": _t("Wrong person"),
        "machine": _t("Answering machine or fax"),
    }
    return labels.get(key, key)


def skip_reason_label(key: str) -> str:
    labels = {
        "campaign_not_running": _t("Campaign not running"),
        "before_start": _t("Campaign not started yet"),
        "past_deadline": _t("Past the deadline"),
        "outside_window": _t("Outside the calling window"),
        "attempts_exhausted": _t("Attempts used up"),
        "daily_limit": _t("Daily attempt limit reached"),
        "dnc": _t("On the do-not-call list"),
        "invalid_number": _t("Invalid number"),
        "retry_not_due": _t("Retry not due yet"),
        "claimed": _t("Held by an agent"),
        "done": _t("Done"),
        "call_back_queue": _t("Done: call back after the deadline, handed to the Call Back queue"),
    }
    return labels.get(key, key)


def problem_label(key: str) -> str:
    labels = {
        "missing_number": _t("No number"),
        "invalid_number": _t("Invalid number"),
        "duplicate_in_list": _t("Repeated in the list"),
        "duplicate_in_campaign": _t("Already in this campaign"),
        "in_running_campaign": _t("In another running campaign"),
        "dnc": _t("On the do-not-call list"),
        "blocklisted": _t("On the blocklist"),
        "unknown_customer": _t("Unknown customer"),
        "bad_time_zone": _t("Unknown time zone"),
    }
    return labels.get(key, key)


def status_label(key: str) -> str:
    labels = {
        "draft": _t("Draft"),
        "running": _t("Running"),
        "paused": _t("Paused"),
        "finished": _t("Finished"),
    }
    return labels.get(key, key)


def dnc_source_label(key: str) -> str:
    labels = {
        "customer_request": _t("customer's request"),
        "regulator": _t("regulator"),
        "complaint": _t("complaint"),
        "import": _t("import"),
        "other": _t("other"),
    }
    return labels.get(key, key)
