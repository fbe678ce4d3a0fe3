#!/usr/bin/env bash
# Install the system packages the tests need when missing: Mesa EGL for headless MuJoCo/Miniworld rendering, and
# Debian's Chromium, in which the demo report's browser check opens the page (through Playwright).
set -euo pipefail
PKGS=(libegl1 libgl1 libegl-mesa0 libgl1-mesa-dri libglx-mesa0 chromium)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "sysdeps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "sysdeps: missing ${missing[*]}; rendering tests need them. Run as root:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
