#!/usr/bin/env bash
# Build a Debian package from the PyInstaller folder:
#   packaging/linux/build_deb.sh            -> dist/agent-desktop_<version>_amd64.deb
# Installs to /opt/agent-desktop with a launcher, a desktop entry and an example policy in
# /usr/share/doc/agent-desktop (IT copies it to /etc/agent-desktop/policy.toml).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(.venv/bin/python -c 'import agent_desktop; print(agent_desktop.__version__)')"
dist="${AGENT_DESKTOP_DIST:-dist}"   # where the PyInstaller folder is (built here when missing)
if [ ! -x "$dist/agent-desktop/agent-desktop" ]; then
  scripts/setup.sh app
  .venv/bin/python -m pip install -q -e ".[packaging]"
  .venv/bin/pyinstaller --noconfirm --distpath "$dist" --workpath build/pyinstaller packaging/agent_desktop.spec
fi
root="build/deb/agent-desktop_${version}_amd64"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/agent-desktop"
cp -a "$dist/agent-desktop" "$root/opt/agent-desktop"
ln -s /opt/agent-desktop/agent-desktop "$root/usr/bin/agent-desktop"
cp resources/icons/app.svg "$root/usr/share/icons/hicolor/scalable/apps/agent-desktop.svg"
cp packaging/linux/agent-desktop.desktop "$root/usr/share/applications/"
cp packaging/policy/*.toml "$root/usr/share/doc/agent-desktop/"
cat > "$root/DEBIAN/control" <<CONTROL
Package: agent-desktop
Version: ${version}
Section: comm
Priority: optional
Architecture: amd64
Depends: libportaudio2, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, fonts-wqy-microhei | fonts-noto-cjk
Recommends: gnome-keyring | kwalletmanager
Maintainer: Agent Desktop maintainers <maintainers@invalid>
Description: Desktop client for call-centre agents
 Softphone, customer card on incoming calls, orders, to-dos and callbacks,
 working with a back-office CRM (a reference back office is included).
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/agent-desktop_${version}_amd64.deb"
rm -rf "$root"
echo "built dist/agent-desktop_${version}_amd64.deb"
