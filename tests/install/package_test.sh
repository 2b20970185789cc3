#!/usr/bin/env bash
# Builds the Debian package, checks what it holds and declares, unpacks it into a scratch root
# (no container, no root needed) and builds the example kit with the unpacked binary.
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/pkg" >/dev/null || fail "cpack"
deb=$(ls "$tmp"/pkg/kitpress_*.deb)
files=$(dpkg-deb -c "$deb")
for f in ./usr/bin/kitpress ./usr/share/kitpress/fonts/NotoSans-Regular.ttf \
         ./usr/share/kitpress/kit/stock/labels.yaml ./usr/share/kitpress/kit/bulle-dg/kit.yaml \
         ./usr/share/man/man1/kitpress.1 ./usr/share/bash-completion/completions/kitpress; do
  grep -q " $f\$" <<<"$files" || fail "the package lacks $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libcairo2 libpango-1.0-0 libyaml-cpp libhpdf hyphen-fr; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done

dpkg-deb -x "$deb" "$tmp/root"
mkdir "$tmp/work"
cd "$tmp/work"
unset KITPRESS_HOME
"$tmp/root/usr/bin/kitpress" --version | grep -qx "data: $tmp/root/usr/share/kitpress" ||
  fail "the unpacked binary does not find its data"
"$tmp/root/usr/bin/kitpress" build "$tmp/root/usr/share/kitpress/kit/bulle-dg" -o out -q ||
  fail "build with the packaged binary"
pdfinfo out/fr/cards.pdf >/dev/null || fail "no cards.pdf"
echo "package: ok ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
