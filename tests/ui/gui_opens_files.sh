#!/bin/sh
# `carbondse FILE --screenshot out.png` (issue 12): a 200,000-design session written by
# `carbondse-cli search --session` opens and renders with exit 0; a scenario file given the same
# way opens too; a damaged session is refused with exit 2 and a message naming the file.
# Usage: gui_opens_files.sh CARBONDSE_CLI CARBONDSE SOURCE_DIR
set -eu
cli="$1"; gui="$2"; src="$3"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QT_QPA_PLATFORM=offscreen

"$cli" search --scenario reference-clip-b16 --algorithm random --budget 200000 --threads 2 \
  --session "$dir/run.cdse" --quiet > /dev/null
"$gui" "$dir/run.cdse" --screenshot "$dir/session.png" > "$dir/out.txt" 2>&1
grep -q "200000 designs" "$dir/out.txt" || { cat "$dir/out.txt"; exit 1; }
test -s "$dir/session.png"

"$gui" "$src/resources/scenarios/reference-clip-b16.json" --screenshot "$dir/scenario.png" --search-seconds 0 > /dev/null 2>&1
test -s "$dir/scenario.png"

head -c 1000 "$dir/run.cdse" > "$dir/cut.cdse"
status=0
"$gui" "$dir/cut.cdse" --screenshot "$dir/cut.png" > "$dir/cut.txt" 2>&1 || status=$?
test "$status" -eq 2 || { echo "damaged session: exit $status, expected 2"; cat "$dir/cut.txt"; exit 1; }
grep -q "cut.cdse" "$dir/cut.txt" || { cat "$dir/cut.txt"; exit 1; }
echo "carbondse FILE: 200,000-design session, scenario file and damaged file as expected"
