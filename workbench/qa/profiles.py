"""Profiles: named sets of enabled checks with their severities and options.

Two profiles are built in ("translation" for translators, "print" for the proof before an
issue goes to the printer); a workspace may store its own and override the built-ins (see
``workbench.qa.store``). A profile names only what differs from the check defaults, so a
check added in a later version is on in old profiles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import NotFoundError
from workbench.qa.model import Severity
from workbench.qa.registry import CHECK_IDS, CheckSpec


@dataclass
class CheckSetting:
    enabled: bool = True
    severity: Severity | None = None  # None: the check's default
    options: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"enabled": self.enabled}
        if self.severity is not None:
            data["severity"] = self.severity.value
        if self.options:
            data["options"] = dict(self.options)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CheckSetting:
        severity = data.get("severity")
        return cls(
            enabled=bool(data.get("enabled", True)),
            severity=Severity(severity) if severity else None,
            options=dict(data.get("options") or {}),
        )


@dataclass
class Profile:
    name: str  # stable key, used on the command line
    label_en: str
    label_zh: str
    settings: dict[str, CheckSetting] = field(default_factory=dict)
    builtin: bool = False

    def label(self, lang: str = "en") -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en

    def setting(self, check_id: str) -> CheckSetting:
        return self.settings.get(check_id) or CheckSetting()

    def is_enabled(self, check_id: str) -> bool:
        return self.setting(check_id).enabled

    def severity(self, spec: CheckSpec) -> Severity:
        return self.setting(spec.id).severity or spec.severity

    def options(self, spec: CheckSpec) -> dict[str, Any]:
        return {**spec.options, **self.setting(spec.id).options}

    def enabled_checks(self) -> list[str]:
        return [check_id for check_id in CHECK_IDS if self.is_enabled(check_id)]

    def only(self, check_ids: Iterable[str]) -> Profile:
        """This profile restricted to ``check_ids`` (``--checks``): those are on, all else off."""
        wanted = set(check_ids)
        settings = {
            check_id: CheckSetting(
                enabled=check_id in wanted,
                severity=self.setting(check_id).severity,
                options=dict(self.setting(check_id).options),
            )
            for check_id in CHECK_IDS
        }
        return Profile(self.name, self.label_en, self.label_zh, settings, self.builtin)

    def settings_json(self) -> str:
        data = {check_id: s.to_json() for check_id, s in sorted(self.settings.items())}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @staticmethod
    def settings_from_json(text: str) -> dict[str, CheckSetting]:
        data = json.loads(text or "{}")
        return {
            check_id: CheckSetting.from_json(value)
            for check_id, value in data.items()
            if check_id in CHECK_IDS  # a check removed in a later version is dropped
        }


def builtin_profiles() -> dict[str, Profile]:
    """Fresh copies of the built-in profiles (callers may edit them)."""
    translation = Profile(
        "translation",
        "Translation",
        "翻译",
        {
            # Web copy may space CJK and Latin; it is a hint, not a defect.
            "cjk-latin-spacing": CheckSetting(enabled=True, severity=Severity.INFO),
        },
        builtin=True,
    )
    print_proof = Profile(
        "print",
        "Print proof",
        "印前校对",
        {
            # Word's autoSpaceDE/DN sets the CJK–Latin gap in print; literal spaces are wrong.
            "cjk-latin-spacing": CheckSetting(enabled=False),
            "untranslated": CheckSetting(severity=Severity.ERROR),
            "spelling": CheckSetting(severity=Severity.ERROR),
        },
        builtin=True,
    )
    return {profile.name: profile for profile in (translation, print_proof)}


DEFAULT_PROFILE = "translation"


def pick_profile(profiles: Mapping[str, Profile], name: str | None = None) -> Profile:
    """The profile called ``name`` (default: the translation profile)."""
    name = name or DEFAULT_PROFILE
    if name not in profiles:
        raise NotFoundError(f"No QA profile {name!r} (known: {', '.join(profiles)})")
    return profiles[name]
