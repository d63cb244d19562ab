"""Where this run keeps its files: platform user directories, or everything under ``--profile DIR``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

APP_NAME = "agent-desktop"


@dataclass(frozen=True)
class AppPaths:
    """The four directories of one run; created on demand by :meth:`ensure`."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @classmethod
    def for_profile(cls, profile: Path | str | None) -> AppPaths:
        """Directories under ``profile`` when given, else the platform's per-user directories."""
        if profile:
            root = Path(profile).expanduser().resolve()
            return cls(root / "config", root / "data", root / "logs", root / "cache")
        import platformdirs

        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> AppPaths:
        for d in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def window_state_file(self) -> Path:
        return self.config_dir / "window.ini"
