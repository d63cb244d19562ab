"""The back office's campaign endpoints (docs/backoffice.md, "Campaigns") over the CRM client.

Every call blocks: the desktop runs them through its background tasks."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from crm.schemas.campaigns import (
    AttemptReport,
    CampaignRead,
    CampaignStatus,
    ClaimedTarget,
    DialCheck,
    ExplainPage,
    ImportReport,
    ProgressList,
    TargetRecord,
)

if TYPE_CHECKING:
    from crm.client import CrmClient

DNC_CHECK_TIMEOUT_S = 2.0
"""A manual dial waits this long for the do-not-call check at most."""
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CampaignRemote:
    """Typed access to ``/campaigns`` and ``/dnc`` for one signed-in client."""

    def __init__(self, client: CrmClient) -> None:
        self.client = client

    def campaigns(self) -> list[CampaignRead]:
        resp = self.client.request("GET", "/campaigns")
        return [CampaignRead.model_validate(item) for item in resp.json()]

    def claim_next(self) -> ClaimedTarget | None:
        """The next record to call (the one already held, after a retry); None: nothing now."""
        resp = self.client.request("POST", "/campaigns/claim-next", idempotency_key=str(uuid.uuid4()))
        if resp.status_code == 204:
            return None
        return ClaimedTarget.model_validate(resp.json())

    def renew(self, record_id: str) -> TargetRecord:
        """Keep the claim on ``record_id`` (409 :class:`~crm.client_errors.StateConflict`: the caller
        holds no live claim on it any more)."""
        resp = self.client.request("POST", f"/campaigns/records/{record_id}/renew")
        return TargetRecord.model_validate(resp.json())

    def release(self, record_id: str) -> None:
        """Give the record in hand back undialled: it waits for the next agent at once (409
        :class:`~crm.client_errors.StateConflict` or 404: the caller holds it no longer, nothing to do)."""
        self.client.request("POST", f"/campaigns/records/{record_id}/release")

    def worked(self) -> list[CampaignRead]:
        """The campaigns of the user's team that are running or paused."""
        found = []
        for status in ("running", "paused"):
            resp = self.client.request("GET", "/campaigns", params={"status": status})
            found += [CampaignRead.model_validate(item) for item in resp.json()]
        return found

    def report(self, record_id: str, report: dict[str, Any], key: str) -> None:
        """Send one attempt's result (``key``: its Idempotency-Key, the same on every retry)."""
        body = AttemptReport.model_validate(report).model_dump(mode="json", exclude_none=True)
        self.client.request("POST", f"/campaigns/records/{record_id}/result", json=body, idempotency_key=key)

    def progress(self) -> ProgressList:
        return ProgressList.model_validate(self.client.request("GET", "/campaigns/progress").json())

    def explain(self, campaign_id: str, limit: int = 200) -> ExplainPage:
        resp = self.client.request(
            "GET", f"/campaigns/{campaign_id}/explain", params={"skipped_only": "true", "limit": limit}
        )
        return ExplainPage.model_validate(resp.json())

    def set_status(self, campaign_id: str, status: CampaignStatus) -> CampaignRead:
        """Run, pause, resume or finish a campaign (read for its version, then changed)."""
        current = CampaignRead.model_validate(self.client.request("GET", f"/campaigns/{campaign_id}").json())
        resp = self.client.request(
            "PATCH",
            f"/campaigns/{campaign_id}",
            json={"status": status.value},
            if_match=current.version,
            idempotency_key=str(uuid.uuid4()),
        )
        return CampaignRead.model_validate(resp.json())

    def from_search(self, campaign_id: str, search: dict[str, Any], dry_run: bool = False) -> ImportReport:
        """The customers a search finds become the campaign's targets; the validation report."""
        resp = self.client.request(
            "POST",
            f"/campaigns/{campaign_id}/records/from-search",
            json={"search": search, "dry_run": dry_run},
            idempotency_key=str(uuid.uuid4()),
        )
        return ImportReport.model_validate(resp.json())

    def create_draft(self, body: dict[str, Any]) -> CampaignRead:
        """A new campaign (a draft), or :class:`~crm.client_errors.ValidationFailed` naming the fields."""
        resp = self.client.request("POST", "/campaigns", json=body, idempotency_key=str(uuid.uuid4()))
        return CampaignRead.model_validate(resp.json())

    def campaign(self, campaign_id: str) -> CampaignRead:
        """One campaign as it is now (its ``version`` is what an edit sends as If-Match)."""
        return CampaignRead.model_validate(self.client.request("GET", f"/campaigns/{campaign_id}").json())

    def edit(self, campaign_id: str, changes: dict[str, Any], version: int) -> CampaignRead:
        """Change the campaign read at ``version`` (412 :class:`~crm.client_errors.VersionMismatch`:
        someone changed it since)."""
        resp = self.client.request(
            "PATCH", f"/campaigns/{campaign_id}", json=changes, if_match=version, idempotency_key=str(uuid.uuid4())
        )
        return CampaignRead.model_validate(resp.json())

    def import_list(
        self,
        campaign_id: str,
        data: bytes,
        fmt: str,
        mapping: dict[str, str],
        header: bool,
        dry_run: bool = False,
        replace: bool = False,
    ) -> ImportReport:
        """Send a CSV file or an Excel workbook as the campaign's targets; ``mapping`` names the columns
        (``phone``, ``customer_id``, ``time_zone``, ``name``, ``notes``: a header text, or a column letter
        without a header); ``replace``: the list replaces a draft's records."""
        media = "text/csv" if fmt == "csv" else XLSX_MEDIA_TYPE
        params: dict[str, Any] = {
            **mapping,
            "format": fmt,
            "header": str(header).lower(),
            "dry_run": str(dry_run).lower(),
            "replace": str(replace).lower(),
        }
        resp = self.client.request(
            "POST",
            f"/campaigns/{campaign_id}/records/import",
            params=params,
            content=(data, media),
            idempotency_key=str(uuid.uuid4()),
        )
        return ImportReport.model_validate(resp.json())

    def dnc_check(self, number: str) -> DialCheck:
        """May a manual dial go to ``number`` (a short timeout: the dial waits for it)."""
        resp = self.client.request("GET", "/dnc/check", params={"number": number}, read_timeout_s=DNC_CHECK_TIMEOUT_S)
        return DialCheck.model_validate(resp.json())
