#!/bin/sh
# Checks that the catalogues translate every string of the sources, without touching the
# catalogues in the source tree: lupdate runs on copies in the build folder, with the same
# project as `cmake --build build --target update_translations`. A string added without a
# translation, or a catalogue not refreshed, fails here with what to run.
#   check-translations.sh LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT WORK_DIR SOURCE_TS...
set -eu
lupdate="$1"; project_cmake="$2"; generator="$3"; work="$4"; shift 4
rm -rf "$work" && mkdir -p "$work"
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generator" >/dev/null
for ts in "$@"; do
  cp "$ts" "$work/$(basename "$ts")"
  # The copy stands in for the catalogue in the project.
  sed -i "s|\"$ts\"|\"$work/$(basename "$ts")\"|" "$work/project.json"
done
"$lupdate" -project "$work/project.json" -no-obsolete -locations none >/dev/null
status=0
for ts in "$@"; do
  copy="$work/$(basename "$ts")"
  if grep -q 'type="unfinished"' "$copy"; then
    echo "$(basename "$ts"): strings without a translation:" >&2
    grep -B2 'type="unfinished"' "$copy" | grep '<source>' | sed 's/^ *//' >&2
    status=1
  elif ! cmp -s "$ts" "$copy"; then
    echo "$(basename "$ts") is not up to date with the sources: run cmake --build build --target update_translations and translate" >&2
    diff "$ts" "$copy" | head -20 >&2
    status=1
  fi
done
exit $status
