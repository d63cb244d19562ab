"""The CRM link: the embedded or shared back office, the local store and the sync engine."""

from agent_desktop.features.crm_link.api import CRM, LIVE
from agent_desktop.shell.feature_spec import FeatureSpec, IndicatorSpec
from crm.i18n import QT_TRANSLATE_NOOP

SPEC = FeatureSpec(
    name="crm_link",
    provides=(CRM, LIVE),
    indicators=(
        IndicatorSpec("crm", QT_TRANSLATE_NOOP("MainWindow", "CRM: not connected"), 20),
        IndicatorSpec("crm_password", "", 21),  # shown only while the CRM password is not remembered
    ),
)
