"""The zh-CN words of the Group Policy template (``zh-CN/AgentDesktop.adml``, written by make_admx.py).

A setting is named and explained with the app's own Chinese for its label, its help text and its
choices (the Settings dialog's, from ``resources/i18n/agent_desktop_zh_CN.ts``), so a policy reads as the
setting the agent sees; a setting without a label in the Settings dialog keeps the README's English
explanation. The template's own texts (categories, the policy file's rules) are below.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cached_property

from make_admx import ROOT, Texts

from agent_desktop import __version__
from agent_desktop.settings.pages import PAGES, Field
from agent_desktop.settings.policy_registry import ALLOW_OVERRIDE, BUNDLE_HTTPS_ONLY, BUNDLE_SIGNING_KEYS

TS_FILE = ROOT / "resources" / "i18n" / "agent_desktop_zh_CN.ts"
CONTEXT = "SettingsDialog"
APP = "坐席工作台"

FIXED = {
    "AgentDesktop": APP,
    "AgentDesktop_Recommended": f"{APP} - 用户可更改的默认值",
    "SUPPORTED_AgentDesktop": f"{APP} {__version__} 及更高版本",
    ALLOW_OVERRIDE: "允许 AGENT_DESKTOP_POLICY 替换策略文件",
    f"{ALLOW_OVERRIDE}_Explain": (
        "已启用：由环境变量 AGENT_DESKTOP_POLICY 指定的策略文件替换 %ProgramData%\\AgentDesktop\\policy.toml"
        "（测试计算机）。已禁用：始终忽略该变量。未配置：只要设置了任何策略就忽略它，除非该文件位于 "
        "%ProgramData%\\AgentDesktop 内。注册表中的策略始终生效。"
    ),
    BUNDLE_HTTPS_ONLY: "设置包仅限 HTTPS",
    f"{BUNDLE_HTTPS_ONLY}_Explain": (
        "已启用：拒绝通过明文 HTTP 获取的设置包（agent-desktop --provision URL、文件 > 导入设置）；"
        "接受文件和 HTTPS 地址。已禁用：接受 HTTP。未配置：按策略文件的设置（bundle_https_only）。"
        "此项替换策略文件中的值。"
    ),
    BUNDLE_SIGNING_KEYS: "设置包必须签名",
    f"{BUNDLE_SIGNING_KEYS}_Explain": (
        "已启用：仅当设置包的签名（旁边的 FILE.sig 或 URL.sig）由下列某个 Ed25519 公钥签署时才导入，"
        "每行一个 base64 公钥（scripts/sign_bundle.py keygen 生成公钥，sign 生成签名）。"
        "未配置：按策略文件的设置（bundle_signing_keys）。此项替换策略文件中的公钥。"
    ),
}
TITLES = {
    "sip": "电话（SIP）",
    "audio": "音频",
    "crm": "CRM",
    "ui": "用户界面",
    "wrapup": "话后处理",
    "hotkeys": "快捷键",
    "monitor": "监听、耳语、强插",
    "screenview": "屏幕查看",
    "coaching": "辅导",
    "recording": "通话录音",
    "logs": "日志文件",
}


class ChineseTexts(Texts):
    language = "zh-CN"
    display_name = APP
    description = f"适用于此计算机所有用户的{APP}设置。"
    signing_keys_box = "Ed25519 公钥（base64，每行一个）"

    @cached_property
    def _translations(self) -> dict[str, str]:
        """The Settings dialog's finished Chinese translations, by English source."""
        found = {}
        for context in ET.parse(TS_FILE).getroot().iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if translation.text and message.findtext("source"):
                    found[message.findtext("source") or ""] = translation.text
        return found

    @cached_property
    def _fields(self) -> dict[str, Field]:
        return {item.key: item for _page, _title, items in PAGES for item in items if isinstance(item, Field)}

    def _tr(self, english: str | None) -> str:
        return self._translations.get(english or "", "")

    def fixed(self, sid: str, english: str) -> str:
        return FIXED.get(sid, english)

    def title(self, section: str) -> str:
        return TITLES.get(section, section)

    def policy_name(self, key: str) -> str:
        field = self._fields.get(key)
        label = self._tr(field.label) if field is not None else ""
        return f"{key}（{label}）" if label else key

    def explain(self, key: str, meaning: str, default: str, locked: bool) -> str:
        field = self._fields.get(key)
        about = [self._tr(field.label), self._tr(field.help)] if field is not None else []
        about = [text.rstrip("。.") for text in about if text] or ([meaning.rstrip(".")] if meaning else [])
        rule = "用户不能更改（在设置中显示为禁用）。" if locked else "用户可以更改；以用户自己的值为准。"
        return f"{key}：{''.join(text + '。' for text in about)}默认值：{default}。{rule}"

    def choice(self, key: str, value: str) -> str:
        field = self._fields.get(key)
        label = next((self._tr(text) for choice, text in field.choices if choice == value), "") if field else ""
        return label or value or "（自动）"
