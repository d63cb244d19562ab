"""Agent evaluation: Tools → Evaluate calls (supervisors, admins) scores an agent's recorded call on a
weighted QA form while it plays; Tools → My evaluations shows an agent their own, with the comments;
the agent is told at once (live event) when a call of theirs was evaluated."""

from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.features.quality.api import QUALITY
from agent_desktop.features.recording.api import RECORDINGS
from agent_desktop.shell.feature_spec import FeatureSpec

SPEC = FeatureSpec(
    name="quality",
    requires=(CRM,),
    optional=(LIVE, RECORDINGS),
    provides=(QUALITY,),
)
