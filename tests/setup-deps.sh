#!/usr/bin/env bash
# Installs the Debian packages kitpress needs to build and test; idempotent, quick when all are present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config clang clang-format libclang-rt-14-dev
  libcairo2-dev libpango1.0-dev libfontconfig-dev libharfbuzz-dev libfreetype-dev
  libhpdf-dev libyaml-cpp-dev doctest-dev libcli11-dev nlohmann-json3-dev
  libgettextpo-dev gettext libxml2-dev libxml2-utils libcpp-httplib-dev chromium glabels-data
  librsvg2-dev libhyphen-dev hyphen-fr hyphen-en-us hyphen-de hyphen-es fonts-noto-cjk
  python3-jsonschema python3-yaml poppler-utils qpdf mupdf-tools groff-base libgs-common fonts-dejavu-core
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
