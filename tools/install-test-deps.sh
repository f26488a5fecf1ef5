#!/usr/bin/env bash
# Installs the Debian packages the tests need, when missing: Chromium (browser tests), Noto CJK fonts (Chinese in
# rendered pages and PDFs), LibreOffice Writer/Calc/Impress (office fixtures and bootstrap checks), poppler-utils
# (pdftotext), Tesseract with simplified and traditional Chinese, img2pdf (scanned-PDF fixtures).
# Usage: tools/install-test-deps.sh [--check]   (--check lists what is missing and installs nothing)
# Never fails the caller: when it cannot install it says so in one line and the tests that need the package fail.
set -uo pipefail

packages=(chromium fonts-noto-cjk libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
  poppler-utils tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra img2pdf)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "${1:-}" = "--check" ]; then
  echo "test dependencies missing: ${missing[*]}"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "test dependencies: cannot install ${missing[*]} (no apt-get; install them with your package manager)" >&2
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "test dependencies: cannot install ${missing[*]} (not root; run: sudo apt-get install --no-install-recommends ${missing[*]})" >&2
    exit 0
  fi
fi

echo "test dependencies: installing ${missing[*]} …"
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
# Wait for another apt run to finish instead of failing on its lock.
lock=(-o DPkg::Lock::Timeout=600)
if "${sudo[@]}" apt-get "${lock[@]}" update -qq >"$log" 2>&1 \
  && "${sudo[@]}" apt-get "${lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
  echo "test dependencies: installed"
else
  echo "test dependencies: could not install ${missing[*]}: $(grep -E '^(E|W):' "$log" | head -1)" >&2
fi
rm -f "$log"
exit 0
