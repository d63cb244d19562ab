"""Call recording: records calls as the policy says (all, inbound, on demand), compresses the files,
uploads them to the back office in the background and plays a customer's recordings back."""

from agent_desktop.features.crm_link.api import CRM
from agent_desktop.features.phone.api import PHONE
from agent_desktop.features.recording.api import RECORDINGS
from agent_desktop.features.screenpop.api import SCREENPOP
from agent_desktop.shell.feature_spec import FeatureSpec, IndicatorSpec

SPEC = FeatureSpec(
    name="recording",
    requires=(PHONE,),
    optional=(CRM, SCREENPOP),
    provides=(RECORDINGS,),
    indicators=(IndicatorSpec("recording", "", 35),),  # shown only while the call is recorded (or paused)
)
