#!/usr/bin/env bash
# Build a Debian package from the PyInstaller folder:
#   packaging/linux/build_deb.sh            -> dist/agent-desktop_<version>_amd64.deb
#
# Layout (upgrade-safe while agents work, see debian/postinst):
#   /usr/lib/agent-desktop/<version>/   the frozen app, owned by dpkg
#   /opt/agent-desktop/<version>/       hard-linked copy made by postinst, never touched by dpkg
#   /opt/agent-desktop/current          -> the newest version; /usr/bin/agent-desktop starts it
# plus a desktop entry, the icon, and example policies in /usr/share/doc/agent-desktop (IT copies one
# to /etc/agent-desktop/policy.toml).
#
# Environment: AGENT_DESKTOP_DIST (where the PyInstaller folder is; built when missing),
# AGENT_DESKTOP_VERSION (default: the project's version), DEB_MAINTAINER (name <address> of the
# team that ships the package; set it for a release build), DEB_OUT (output folder, default dist).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${AGENT_DESKTOP_VERSION:-$(.venv/bin/python -c 'import agent_desktop; print(agent_desktop.__version__)')}"
dist="${AGENT_DESKTOP_DIST:-dist}"
out="${DEB_OUT:-dist}"
maintainer="${DEB_MAINTAINER:-Agent Desktop packagers <packagers@agent-desktop.invalid>}"
if [ ! -x "$dist/agent-desktop/agent-desktop" ]; then
  scripts/setup.sh app
  .venv/bin/python -m pip install -q -e ".[packaging]"
  .venv/bin/pyinstaller --noconfirm --distpath "$dist" --workpath build/pyinstaller packaging/agent_desktop.spec
fi
root="$(mktemp -d)/agent-desktop_${version}_amd64"
trap 'rm -rf "$(dirname "$root")"' EXIT
doc="$root/usr/share/doc/agent-desktop"
mkdir -p "$root/DEBIAN" "$root/usr/lib/agent-desktop" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/scalable/apps" "$doc"
cp -a "$dist/agent-desktop" "$root/usr/lib/agent-desktop/$version"
echo "$version" > "$root/usr/lib/agent-desktop/VERSION"
ln -s /opt/agent-desktop/current/agent-desktop "$root/usr/bin/agent-desktop"
install -m 644 resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/agent-desktop.svg"
install -m 644 packaging/linux/agent-desktop.desktop "$root/usr/share/applications/"
install -m 644 packaging/policy/*.toml packaging/linux/debian/copyright "$doc/"
printf '%s\n' "agent-desktop (${version}) stable; urgency=medium" "" \
  "  * Release ${version}; what changed: the project's history." "" \
  " -- ${maintainer}  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n > "$doc/changelog.Debian.gz"
install -m 755 packaging/linux/debian/postinst packaging/linux/debian/postrm "$root/DEBIAN/"
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: agent-desktop
Version: ${version}
Section: comm
Priority: optional
Architecture: amd64
Installed-Size: ${installed_kib}
Depends: libportaudio2, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, fonts-wqy-microhei | fonts-noto-cjk
Recommends: gnome-keyring | kwalletmanager
Maintainer: ${maintainer}
Description: Desktop client for call-centre agents
 Softphone, customer card on incoming calls, orders, to-dos and callbacks,
 working with a back-office CRM (a reference back office is included).
 Upgrades install next to the running version: agents finish their calls on
 the old one and are told to restart when convenient.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out/agent-desktop_${version}_amd64.deb" >/dev/null
echo "built $out/agent-desktop_${version}_amd64.deb"
