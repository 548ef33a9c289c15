#!/usr/bin/env bash
# CI smoke test of the installer build (the lead's .ci/run calls it when installer/ or
# pyproject.toml changed):
#   1. builds the Linux one-folder app, the .deb and the .tar.gz into a temporary folder;
#   2. runs the frozen app's --self-test offscreen (fails the job on any failed check);
#   3. reports the unpacked size, the .deb size, start-up and --self-test time frozen
#      against `python -m showroom_app`, and how long this script took.
# Fails when the unpacked app exceeds 250 MB or the .deb 100 MB; the start-up ratio
# (target <= 1.5) is reported, and fails the job only with MAX_START_RATIO set.
#
#   installer/ci_build_check.sh            # uses $PYTHON, else the active venv / python3
#   KEEP=1 installer/ci_build_check.sh     # keep the build folder and print where it is
set -euo pipefail

started=$(date +%s)
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ]; then
  if [ -n "${VIRTUAL_ENV:-}" ]; then PYTHON="$VIRTUAL_ENV/bin/python"; else PYTHON=python3; fi
fi
export PYTHON
MAX_APP_MB="${MAX_APP_MB:-250}"
MAX_DEB_MB="${MAX_DEB_MB:-100}"

BUILD="$(mktemp -d -t showroom-ci-build.XXXXXX)"
if [ "${KEEP:-0}" = 1 ]; then
  echo "ci_build_check: build folder $BUILD (kept)"
else
  trap 'rm -rf "$BUILD"' EXIT
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "== installing PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install -q -r installer/requirements.txt
fi

OUT_DIR="$BUILD/dist" WORK_DIR="$BUILD/work" installer/build_linux.sh
built=$(date +%s)
APP="$BUILD/dist/showroom-assistant/showroom-assistant"

echo "== self-test of the frozen app"
status=0
t0=$(date +%s.%N)
if ! QT_QPA_PLATFORM=offscreen "$APP" --self-test; then
  echo "ci_build_check: the frozen app's --self-test FAILED" >&2
  status=1
fi
t1=$(date +%s.%N)

echo "== figures"
app_kb=$(du -sk "$BUILD/dist/showroom-assistant" | cut -f1)
deb=$(ls "$BUILD"/dist/*.deb)
tgz=$(ls "$BUILD"/dist/*.tar.gz)
deb_kb=$(( $(stat -c %s "$deb") / 1024 ))
tgz_kb=$(( $(stat -c %s "$tgz") / 1024 ))
printf 'unpacked one-folder app  %s   (%d MB, target <= %d MB)\n' \
  "$(du -sh "$BUILD/dist/showroom-assistant" | cut -f1)" $(( app_kb / 1024 )) "$MAX_APP_MB"
printf '.deb                     %d MB   (target <= %d MB)  %s\n' $(( deb_kb / 1024 )) \
  "$MAX_DEB_MB" "$(basename "$deb")"
printf '.tar.gz                  %d MB   %s\n' $(( tgz_kb / 1024 )) "$(basename "$tgz")"
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "frozen --self-test       %.2f s (first run)\n", b - a }'

if [ "$status" = 0 ]; then
  ratio_args=()
  [ -n "${MAX_START_RATIO:-}" ] && ratio_args=(--max-ratio "$MAX_START_RATIO")
  "$PYTHON" installer/startup_compare.py --frozen "$APP" --runs "${RUNS:-3}" \
    "${ratio_args[@]}" || status=1
else
  echo "(start-up comparison skipped: the self-test failed)"
fi

if [ "$app_kb" -gt $(( MAX_APP_MB * 1024 )) ]; then
  echo "ci_build_check: the one-folder app is over $MAX_APP_MB MB" >&2; status=1
fi
if [ "$deb_kb" -gt $(( MAX_DEB_MB * 1024 )) ]; then
  echo "ci_build_check: the .deb is over $MAX_DEB_MB MB" >&2; status=1
fi
finished=$(date +%s)
echo "ci_build_check: build $(( built - started )) s, whole check $(( finished - started )) s"
exit $status
