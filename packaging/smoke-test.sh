#!/usr/bin/env bash
# Runs the built bundle (dist/IntegrationDesk) offscreen, so a broken spec fails `make package` and CI:
#   1. `integration-desk --version` prints the package's version;
#   2. `seed-demo` makes a demo database with the bundle itself (migrations, holidays, the models);
#   3. `screenshot overview` paints the main window to a PNG that must be a real picture, and
#      `screenshot reports` with its chart (QtCharts);
#   4. a contract PDF (reportlab, the fonts) and an Excel report (openpyxl, lxml);
#   5. the windowed executable starts, paints and loads the overview's data, then quits.
# Usage: packaging/smoke-test.sh [BUNDLE_DIR]   (default: dist/IntegrationDesk)
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE="${1:-dist/IntegrationDesk}"
CLI="$BUNDLE/integration-desk"
export QT_QPA_PLATFORM=offscreen
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A throw-away settings file and config folder: the developer's own settings neither change the
# result nor get overwritten; the database named on the command line is the only one used.
export INTEGRATION_DESK_SETTINGS="$WORK/settings.ini"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
unset INTEGRATION_DESK_DATABASE_URL

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

test -x "$CLI" || fail "$CLI is missing (run \`make package\`)"
test -x "$BUNDLE/IntegrationDesk" || fail "$BUNDLE/IntegrationDesk is missing"

expected="integration-desk $(sed -n 's/^__version__ = "\(.*\)"/\1/p' integration_desk/__init__.py)"
actual="$("$CLI" --version)"
[ "$actual" = "$expected" ] || fail "--version printed '$actual', expected '$expected'"
echo "ok: $actual"

DB="sqlite:///$WORK/demo.sqlite3"
"$CLI" --database "$DB" seed-demo >"$WORK/seed.log" || { cat "$WORK/seed.log" >&2; fail "seed-demo"; }
echo "ok: seed-demo: $(head -c 200 "$WORK/seed.log")"

PNG="$WORK/overview.png"
"$CLI" --database "$DB" --user mette --today 2016-10-03 screenshot overview --out "$PNG" --size 1280x800 >/dev/null \
  || fail "screenshot overview"
[ -f "$PNG" ] || fail "no picture was written"
size=$(wc -c <"$PNG")
# A blank 1280x800 PNG compresses to a few KiB; the painted overview (text, tables, a chart) is far larger.
[ "$size" -gt 40000 ] || fail "the picture is only $size bytes: nothing was painted"
[ "$(head -c 8 "$PNG" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "the picture is not a PNG"
echo "ok: screenshot overview, $size bytes"

AS_METTE=(--database "$DB" --user mette --today 2016-10-03)
"$CLI" "${AS_METTE[@]}" screenshot reports --out "$WORK/reports.png" --size 1280x800 >/dev/null \
  || fail "screenshot reports"
[ "$(wc -c <"$WORK/reports.png")" -gt 40000 ] || fail "the reports picture is nearly empty"
echo "ok: screenshot reports"

"$CLI" "${AS_METTE[@]}" contract print --ready --out "$WORK/contracts.pdf" >/dev/null || fail "contract print"
[ "$(head -c 5 "$WORK/contracts.pdf")" = "%PDF-" ] || fail "contracts.pdf is not a PDF"
"$CLI" "${AS_METTE[@]}" report hours --from 2016-01-01 --to 2016-10-31 --out "$WORK/hours.xlsx" >/dev/null \
  || fail "report hours (Excel)"
[ "$(head -c 2 "$WORK/hours.xlsx")" = "PK" ] || fail "hours.xlsx is not an Excel file"
echo "ok: contract PDF, Excel report"

timeout 120 "$BUNDLE/IntegrationDesk" "${AS_METTE[@]}" gui --quit-after data || fail "IntegrationDesk did not start"
echo "ok: IntegrationDesk started and painted the overview"

# The Danish catalogues the bundle must carry (ours and Qt's own).
for file in resources/translations/integration_desk_da.qm resources/translations/integration_desk_da.ts \
  PySide6/Qt/translations/qtbase_da.qm; do
  [ -f "$BUNDLE/_internal/$file" ] || fail "$file is not in the bundle"
done
echo "ok: translations bundled"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
