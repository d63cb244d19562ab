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
find "$root/usr/lib/agent-desktop/$version" -type f -name '*.so*' -exec chmod 644 {} +  # loaded, never run
echo "$version" > "$root/usr/lib/agent-desktop/VERSION"
ln -s /opt/agent-desktop/current/agent-desktop "$root/usr/bin/agent-desktop"
install -m 644 resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/agent-desktop.svg"
install -m 644 packaging/linux/agent-desktop.desktop "$root/usr/share/applications/"
install -m 644 packaging/policy/*.toml packaging/linux/debian/copyright "$doc/"
printf '%s\n' "agent-desktop (${version}) stable; urgency=medium" "" \
  "  * Release ${version}; what changed: the project's history." "" \
  " -- ${maintainer}  $(date -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" \
  | gzip -9n > "$doc/changelog.gz"  # a native package (its version has no Debian revision)
mkdir -p "$root/usr/share/man/man1"
gzip -9n < packaging/linux/agent-desktop.1 > "$root/usr/share/man/man1/agent-desktop.1.gz"
install -m 755 packaging/linux/debian/postinst packaging/linux/debian/postrm "$root/DEBIAN/"
install -D -m 644 packaging/linux/debian/agent-desktop.lintian-overrides "$root/usr/share/lintian/overrides/agent-desktop"
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# The frozen folder carries the Python packages' own libraries (Qt, pjsua2 with its OpenSSL 1.0.2k,
# libsndfile) but none of the system's (packaging/build_filter.py): these come from the
# distribution and get its security updates. packaging/linux/deb_depends.py lists what the folder's
# libraries need; PortAudio is loaded by name (sounddevice), the CJK font is for the Chinese UI.
depends="libc6, libgcc-s1, libstdc++6, zlib1g, libbz2-1.0, liblzma5, libzstd1, libffi8, libuuid1, \
libssl3t64 | libssl3, libsqlite3-0, libexpat1, libgssapi-krb5-2, libbrotli1, libglib2.0-0t64 | libglib2.0-0, \
libdbus-1-3, libfontconfig1, libfreetype6, libegl1, libgl1, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, \
libxcb-glx0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, \
libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, \
libxkbcommon-x11-0, libportaudio2, fonts-wqy-microhei | fonts-noto-cjk"
cat > "$root/DEBIAN/control" <<CONTROL
Package: agent-desktop
Version: ${version}
Section: comm
Priority: optional
Architecture: amd64
Installed-Size: ${installed_kib}
Depends: ${depends}
Recommends: gnome-keyring | kwalletmanager
Maintainer: ${maintainer}
Description: Desktop client for call-centre agents
 Softphone, customer card on incoming calls, orders, to-dos and callbacks,
 working with a back-office CRM (a reference back office is included).
 Upgrades install next to the running version: agents finish their calls on
 the old one and are told to restart when convenient.
CONTROL
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz -z9 --build "$root" "$out/agent-desktop_${version}_amd64.deb" >/dev/null
echo "built $out/agent-desktop_${version}_amd64.deb"
