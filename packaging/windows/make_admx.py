"""Write the Group Policy template (ADMX, with en-US and zh-CN ADML) for every setting of the schema.

    .venv/bin/python packaging/windows/make_admx.py                 # after adding or changing a setting
    .venv/bin/python packaging/windows/make_admx.py --out-dir DIR   # elsewhere (the shipped ones stay)

Each setting gets two policies: under "Agent Desktop" (set and locked: registry
``HKLM\\SOFTWARE\\Policies\\AgentDesktop\\<section>``) and under "Agent Desktop - defaults users may
change" (``...\\AgentDesktop\\Recommended\\<section>``), plus ``allow_policy_override`` and the settings
bundles' rules ``bundle_https_only`` and ``bundle_signing_keys`` (values of the key itself). The value names
and types are what :mod:`agent_desktop.settings.policy_registry` reads; the explanations are the
README's settings table. The zh-CN ADML (:mod:`adml_zh_cn`) has the same string ids, its settings
named by the app's own Chinese labels. Install: copy ``AgentDesktop.admx`` to
``%SystemRoot%\\PolicyDefinitions`` (or the domain's Central Store) and ``en-US\\AgentDesktop.adml`` (and
``zh-CN\\AgentDesktop.adml``) to its folder of that name.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import typing
from pathlib import Path
from xml.sax.saxutils import escape

# pydantic.fields first: PySide6's import hook, loaded with the app's packages, trips over pydantic's
# lazily loaded modules when pydantic.fields is first imported after it
import pydantic.fields  # noqa: F401
from pydantic import BaseModel
from pydantic_core import to_jsonable_python

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for folder in (ROOT, HERE):  # the app's packages; adml_zh_cn beside this file
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from agent_desktop import __version__  # noqa: E402
from agent_desktop.settings.policy_registry import (  # noqa: E402
    ALLOW_OVERRIDE,
    BUNDLE_HTTPS_ONLY,
    BUNDLE_SIGNING_KEYS,
    RECOMMENDED,
    REGISTRY_KEY,
)
from agent_desktop.settings.schema import SECTIONS  # noqa: E402

ADMX_NAME = "AgentDesktop.admx"
ADML_NAME = "AgentDesktop.adml"
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
SECTION_TITLES = {
    "sip": "Phone (SIP)",
    "audio": "Audio",
    "crm": "CRM",
    "ui": "User interface",
    "wrapup": "Wrap-up",
    "hotkeys": "Hotkeys",
    "monitor": "Listen, whisper, barge",
    "screenview": "Screen view",
    "coaching": "Coaching",
    "recording": "Call recording",
    "logs": "Log files",
}
ROW = re.compile(r"^\| `(\w+)\.(\w+)` \| `(.*?)` \|(.*)\|$")


def element_kind(annotation: object) -> str:
    """The ADMX element for a setting's type (and so the registry type written): ``bool`` (a
    REG_DWORD 1/0 on the policy itself), ``decimal`` (REG_DWORD), ``enum`` (REG_SZ of a choice),
    ``multiText`` (REG_MULTI_SZ) or ``text`` (REG_SZ: text, decimals, a port or "auto"; a list of
    tables, the Not-ready reasons, as a JSON list)."""
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "decimal"
    if typing.get_origin(annotation) is typing.Literal:
        return "enum"
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return "text" if isinstance(item, type) and issubclass(item, BaseModel) else "multiText"
    return "text"


def readme_rows() -> dict[str, tuple[str, str]]:
    """``{"sip.registrar": (default, meaning)}`` from the README's settings table."""
    rows = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            rows[f"{match[1]}.{match[2]}"] = (match[3], match[4].replace("`", "").strip())
    return rows


class Texts:
    """The ADML's words in English; :class:`adml_zh_cn.ChineseTexts` says them in Chinese (same ids)."""

    language = "en-US"
    display_name = "Agent Desktop"
    description = "Settings of Agent Desktop for every user of the computer."
    signing_keys_box = "Ed25519 public keys (base64, one per line)"

    def fixed(self, sid: str, english: str) -> str:
        """The text of one of the template's own strings (the categories, the policy file's rules)."""
        return english

    def title(self, section: str) -> str:
        return SECTION_TITLES.get(section, section)

    def policy_name(self, key: str) -> str:
        return key

    def explain(self, key: str, meaning: str, default: str, locked: bool) -> str:
        rule = (
            "Users cannot change it (shown disabled in Settings)."
            if locked
            else "Users may change it; their own value wins."
        )
        about = f"{meaning.rstrip('.')}. " if meaning else ""
        return f"{key}: {about}Default: {default}. {rule}"

    def choice(self, key: str, value: str) -> str:
        return value or "(automatic)"


def _bounds(field: typing.Any) -> tuple[int, int]:
    low, high = 0, 2**32 - 1
    for item in field.metadata:
        low = getattr(item, "ge", low)
        high = getattr(item, "le", high)
    return low, high


def build(texts: Texts | None = None) -> tuple[str, str]:
    """The ADMX and the ADML texts (the ADML in the language of ``texts``, English by default)."""
    texts = texts or Texts()
    rows = readme_rows()
    strings: list[tuple[str, str]] = [
        ("AgentDesktop", "Agent Desktop"),
        ("AgentDesktop_Recommended", "Agent Desktop - defaults users may change"),
        ("SUPPORTED_AgentDesktop", f"Agent Desktop {__version__} and later"),
        (ALLOW_OVERRIDE, "Allow AGENT_DESKTOP_POLICY to replace the policy file"),
        (
            f"{ALLOW_OVERRIDE}_Explain",
            "Enabled: the policy file named by the AGENT_DESKTOP_POLICY environment variable replaces "
            "%ProgramData%\\AgentDesktop\\policy.toml (test machines). Disabled: it is always ignored. "
            "Not configured: it is ignored while any policy is set, unless it lies inside "
            "%ProgramData%\\AgentDesktop. Registry policies always apply.",
        ),
        (BUNDLE_HTTPS_ONLY, "Settings bundles over HTTPS only"),
        (
            f"{BUNDLE_HTTPS_ONLY}_Explain",
            "Enabled: a settings bundle (agent-desktop --provision URL, File > Import settings) fetched over "
            "plain HTTP is refused; files and HTTPS addresses are accepted. Disabled: HTTP is accepted. "
            "Not configured: as the policy file says (bundle_https_only). Replaces the policy file's value.",
        ),
        (BUNDLE_SIGNING_KEYS, "Settings bundles must be signed"),
        (
            f"{BUNDLE_SIGNING_KEYS}_Explain",
            "Enabled: a settings bundle is imported only when its signature (FILE.sig or URL.sig beside it) "
            "is by one of these Ed25519 public keys, one base64 key per line (scripts/sign_bundle.py keygen "
            "prints one; sign makes the signature). Not configured: as the policy file says "
            "(bundle_signing_keys). Replaces the policy file's keys.",
        ),
    ]
    strings = [(sid, texts.fixed(sid, text)) for sid, text in strings]
    categories = [
        '    <category name="AgentDesktop" displayName="$(string.AgentDesktop)" />',
        '    <category name="AgentDesktop_Recommended" displayName="$(string.AgentDesktop_Recommended)" />',
    ]
    policies = [
        f'    <policy name="{ALLOW_OVERRIDE}" class="Machine" displayName="$(string.{ALLOW_OVERRIDE})" '
        f'explainText="$(string.{ALLOW_OVERRIDE}_Explain)" key="{REGISTRY_KEY}" valueName="{ALLOW_OVERRIDE}">',
        '      <parentCategory ref="AgentDesktop" />',
        '      <supportedOn ref="SUPPORTED_AgentDesktop" />',
        '      <enabledValue><decimal value="1" /></enabledValue>',
        '      <disabledValue><decimal value="0" /></disabledValue>',
        "    </policy>",
        f'    <policy name="{BUNDLE_HTTPS_ONLY}" class="Machine" displayName="$(string.{BUNDLE_HTTPS_ONLY})" '
        f'explainText="$(string.{BUNDLE_HTTPS_ONLY}_Explain)" key="{REGISTRY_KEY}" valueName="{BUNDLE_HTTPS_ONLY}">',
        '      <parentCategory ref="AgentDesktop" />',
        '      <supportedOn ref="SUPPORTED_AgentDesktop" />',
        '      <enabledValue><decimal value="1" /></enabledValue>',
        '      <disabledValue><decimal value="0" /></disabledValue>',
        "    </policy>",
        f'    <policy name="{BUNDLE_SIGNING_KEYS}" class="Machine" displayName="$(string.{BUNDLE_SIGNING_KEYS})" '
        f'explainText="$(string.{BUNDLE_SIGNING_KEYS}_Explain)" presentation="$(presentation.{BUNDLE_SIGNING_KEYS})" '
        f'key="{REGISTRY_KEY}">',
        '      <parentCategory ref="AgentDesktop" />',
        '      <supportedOn ref="SUPPORTED_AgentDesktop" />',
        "      <elements>",
        f'        <multiText id="{BUNDLE_SIGNING_KEYS}" valueName="{BUNDLE_SIGNING_KEYS}" required="true" />',
        "      </elements>",
        "    </policy>",
    ]
    presentations: list[str] = [
        f'      <presentation id="{BUNDLE_SIGNING_KEYS}"><multiTextBox refId="{BUNDLE_SIGNING_KEYS}">'
        f"{escape(texts.signing_keys_box)}</multiTextBox></presentation>"
    ]
    for section, model in SECTIONS.items():
        title = texts.title(section)
        for kind, parent in (("", "AgentDesktop"), ("_Recommended", "AgentDesktop_Recommended")):
            strings.append((f"cat_{section}{kind}", title))
            categories += [
                f'    <category name="cat_{section}{kind}" displayName="$(string.cat_{section}{kind})">',
                f'      <parentCategory ref="{parent}" />',
                "    </category>",
            ]
        for name, field in model.model_fields.items():
            key = f"{section}.{name}"
            default, meaning = rows.get(
                key, (json.dumps(to_jsonable_python(field.get_default(call_default_factory=True))), "")
            )
            element = element_kind(field.annotation)
            for suffix, registry, locked in (
                ("", f"{REGISTRY_KEY}\\{section}", True),
                ("_Recommended", f"{REGISTRY_KEY}\\{RECOMMENDED}\\{section}", False),
            ):
                pid = f"{section}_{name}{suffix}"
                strings += [
                    (pid, texts.policy_name(key)),
                    (f"{pid}_Explain", texts.explain(key, meaning, default, locked)),
                ]
                head = (
                    f'    <policy name="{pid}" class="Machine" displayName="$(string.{pid})" '
                    f'explainText="$(string.{pid}_Explain)"'
                )
                body = [
                    f'      <parentCategory ref="cat_{section}{suffix}" />',
                    '      <supportedOn ref="SUPPORTED_AgentDesktop" />',
                ]
                if element == "bool":
                    policies.append(f'{head} key="{registry}" valueName="{name}">')
                    body += [
                        '      <enabledValue><decimal value="1" /></enabledValue>',
                        '      <disabledValue><decimal value="0" /></disabledValue>',
                    ]
                else:
                    policies.append(f'{head} presentation="$(presentation.{pid})" key="{registry}">')
                    body.append("      <elements>")
                    label = f"<label>{escape(key)}</label>"
                    if element == "decimal":
                        low, high = _bounds(field)
                        body.append(
                            f'        <decimal id="{pid}" valueName="{name}" minValue="{low}" maxValue="{high}" />'
                        )
                        presentations.append(
                            f'      <presentation id="{pid}"><decimalTextBox refId="{pid}" defaultValue="{field.default}">'
                            f"{escape(key)}</decimalTextBox></presentation>"
                        )
                    elif element == "enum":
                        body.append(f'        <enum id="{pid}" valueName="{name}" required="true">')
                        for i, choice in enumerate(typing.get_args(field.annotation)):
                            strings.append((f"{pid}_{i}", texts.choice(key, choice)))
                            body.append(
                                f'          <item displayName="$(string.{pid}_{i})"><value><string>{escape(choice)}'
                                "</string></value></item>"
                            )
                        body.append("        </enum>")
                        presentations.append(
                            f'      <presentation id="{pid}"><dropdownList refId="{pid}" noSort="true">'
                            f"{escape(key)}</dropdownList></presentation>"
                        )
                    elif element == "multiText":
                        body.append(f'        <multiText id="{pid}" valueName="{name}" />')
                        presentations.append(
                            f'      <presentation id="{pid}"><multiTextBox refId="{pid}">{escape(key)}</multiTextBox>'
                            "</presentation>"
                        )
                    else:
                        body.append(f'        <text id="{pid}" valueName="{name}" maxLength="1024" />')
                        presentations.append(
                            f'      <presentation id="{pid}"><textBox refId="{pid}">{label}</textBox></presentation>'
                        )
                    body.append("      </elements>")
                policies += [*body, "    </policy>"]
    admx = "\n".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<!-- Generated by packaging/windows/make_admx.py from the settings schema: do not edit. -->",
            '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="{NS}">',
            "  <policyNamespaces>",
            '    <target prefix="agentdesktop" namespace="AgentDesktop.Policies.AgentDesktop" />',
            '    <using prefix="windows" namespace="Microsoft.Policies.Windows" />',
            "  </policyNamespaces>",
            '  <resources minRequiredRevision="1.0" />',
            "  <supportedOn>",
            "    <definitions>",
            '      <definition name="SUPPORTED_AgentDesktop" displayName="$(string.SUPPORTED_AgentDesktop)" />',
            "    </definitions>",
            "  </supportedOn>",
            "  <categories>",
            *categories,
            "  </categories>",
            "  <policies>",
            *policies,
            "  </policies>",
            "</policyDefinitions>",
            "",
        ]
    )
    adml = "\n".join(
        [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<!-- Generated by packaging/windows/make_admx.py from the settings schema: do not edit. -->",
            '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="{NS}">',
            f"  <displayName>{escape(texts.display_name)}</displayName>",
            f"  <description>{escape(texts.description)}</description>",
            "  <resources>",
            "    <stringTable>",
            *(f'      <string id="{sid}">{escape(text)}</string>' for sid, text in strings),
            "    </stringTable>",
            "    <presentationTable>",
            *presentations,
            "    </presentationTable>",
            "  </resources>",
            "</policyDefinitionResources>",
            "",
        ]
    )
    return admx, adml


def languages() -> list[Texts]:
    from adml_zh_cn import ChineseTexts

    return [Texts(), ChineseTexts()]


def write(out_dir: Path) -> list[Path]:
    """Write the ADMX and an ADML per language (``en-US/``, ``zh-CN/``) under ``out_dir``."""
    written = []
    for texts in languages():
        admx, adml = build(texts)
        path = out_dir / texts.language / ADML_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(adml, encoding="utf-8", newline="\r\n")
        written.append(path)
    (out_dir / ADMX_NAME).write_text(admx, encoding="utf-8", newline="\r\n")
    return [out_dir / ADMX_NAME, *written]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_admx.py",
        description="Write the Group Policy template of Agent Desktop's settings: AgentDesktop.admx and its "
        "AgentDesktop.adml in en-US and zh-CN, from the settings schema and the README's settings table.",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=HERE,
        help="write the files under this folder (default: packaging/windows, the files the installer ships)",
    )
    args = parser.parse_args(argv)
    for path in write(args.out_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
