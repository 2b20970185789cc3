#!/usr/bin/env bash
# Installs the build into a temporary prefix and uses it from another folder, with nothing of the
# source or build tree reachable: data, man page, completion, a kit built, `kitpress new`.
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
p=$tmp/prefix
for f in bin/kitpress share/kitpress/fonts/NotoSans-Regular.ttf share/kitpress/kit/stock/labels.yaml \
         share/kitpress/kit/kitpress.schema.json share/kitpress/kit/template/kit.yaml \
         share/kitpress/kit/bulle-dg/kit.yaml share/man/man1/kitpress.1 \
         share/bash-completion/completions/kitpress; do
  [ -f "$p/$f" ] || fail "$f is not installed"
done

# The binary finds its data from where it is installed (no compiled-in source folder): run it
# from an unrelated folder with no KITPRESS_HOME; --version says where its data is.
mkdir -p "$tmp/elsewhere"
cd "$tmp/elsewhere"
unset KITPRESS_HOME
version=$("$p/bin/kitpress" --version)
echo "$version" | grep -q '^kitpress [0-9.]* (commit ' || fail "--version: $version"
echo "$version" | grep -qx "data: $p/share/kitpress" || fail "data not from the prefix: $version"

cp -r "$p/share/kitpress/kit/bulle-dg" kit
"$p/bin/kitpress" build kit -o out -q || fail "build of the installed example kit"
for f in cards stickers guide worksheets; do
  pdfinfo "out/fr/$f.pdf" >/dev/null || fail "out/fr/$f.pdf"
done

"$p/bin/kitpress" new mine --language en >/dev/null || fail "kitpress new"
grep -q "\$schema=$p/share/kitpress/kit/kitpress.schema.json" mine/kit.yaml || fail "schema link"
"$p/bin/kitpress" build mine -o mine-out -q || fail "build of a new kit"

# The completion offers the commands and a command's options.
# shellcheck disable=SC1091
source "$p/share/bash-completion/completions/kitpress"
COMP_WORDS=(kitpress bu); COMP_CWORD=1; _kitpress
[ "${COMPREPLY[*]}" = "build" ] || fail "completion of 'bu': ${COMPREPLY[*]}"
COMP_WORDS=(kitpress build --pa); COMP_CWORD=2; _kitpress
[[ " ${COMPREPLY[*]} " == *" --paper "* && " ${COMPREPLY[*]} " == *" --participants "* ]] ||
  fail "completion of 'build --pa': ${COMPREPLY[*]}"
man -l "$p/share/man/man1/kitpress.1" >/dev/null 2>&1 || groff -man -Tutf8 -z "$p/share/man/man1/kitpress.1" ||
  fail "the man page does not render"
echo "install: ok"
