#!/usr/bin/env bash
# CI: build the Linux bundle and self-test it the way a user would get it: unpack the tarball in a
# temporary folder outside the repository and run it with a clean environment (no Python, no venv,
# no display on PATH or in the environment).
#
#   packaging/ci-build-and-selftest.sh          # from .ci/run, with the project's venv active
#   SLM_SKIP_BUNDLE=1 .ci/run                   # locally: skip this step (it takes a few minutes)
#
# SLM_SKIP_BUNDLE is ignored when CI=true: CI always builds and tests the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if [[ "${SLM_SKIP_BUNDLE:-}" == 1 ]]; then
    if [[ "${CI:-}" == true ]]; then
        echo "== bundle: SLM_SKIP_BUNDLE=1 is ignored because CI=true"
    else
        echo "== bundle: skipped (SLM_SKIP_BUNDLE=1)"
        exit 0
    fi
fi

echo "== bundle: build (PyInstaller)"
python -c "import PyInstaller" 2>/dev/null || pip install -e ".[packaging]"
started=$SECONDS
python packaging/build.py
build_seconds=$((SECONDS - started))

tarball=$(ls -t dist/slm-workbench-*-linux-*.tar.gz | head -n 1)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/slm-workbench-ci.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$tarball" -C "$tmp"
app=$(echo "$tmp"/slm-workbench-*/slm-workbench)

echo "== bundle: self-test from $tmp, clean environment"
cd "$tmp"
clean=(env -i "PATH=/usr/bin:/bin" "HOME=$tmp")
"${clean[@]}" "$app" --version
started=$SECONDS
"${clean[@]}" "$app" --self-test --self-test-screenshot "$tmp/self-test.png" | tee "$tmp/self-test.log"
selftest_seconds=$((SECONDS - started))

# The bundle must use its own starter model, not the repository's or the venv's.
grep -q "starter model: $tmp/" "$tmp/self-test.log" || { echo "the bundle's self-test did not use its own starter model"; exit 1; }
if grep -rqs -- "$repo" "$tmp/self-test.log"; then echo "the bundle's self-test touched $repo"; exit 1; fi
cp "$tmp/self-test.png" "$repo/dist/self-test.png"

echo "== bundle: built in ${build_seconds} s, self-test in ${selftest_seconds} s"
echo "   $(du -sh "$(dirname "$app")" | cut -f1) unpacked, $(du -h "$repo/$tarball" | cut -f1) $tarball"
echo "   screenshot: dist/self-test.png"
