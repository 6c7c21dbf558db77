#!/usr/bin/env bash
# The e2e suites drive the system's Chromium and Firefox ESR (Debian packages) with their German and Japanese
# language packs; install them when missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
# Their language packs: the e2e runs open the extension with the browser in German and Japanese.
[ -f /usr/lib/chromium/locales/de.pak ] && [ -f /usr/lib/chromium/locales/ja.pak ] || missing+=(chromium-l10n)
ls /usr/lib/firefox-esr/browser/extensions/langpack-de@* >/dev/null 2>&1 || missing+=(firefox-esr-l10n-de)
ls /usr/lib/firefox-esr/browser/extensions/langpack-ja@* >/dev/null 2>&1 || missing+=(firefox-esr-l10n-ja)
# A Japanese font, so the Japanese screenshots show text rather than empty boxes.
[ -d /usr/share/fonts/opentype/ipafont-gothic ] || missing+=(fonts-ipafont-gothic)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} (Debian packages) for the e2e tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The e2e tests need ${missing[*]} at /usr/bin. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
