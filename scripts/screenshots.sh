#!/usr/bin/env bash
# Screenshots of a finished `make demo` for the README, with headless Chromium (not part of
# make install: apt-get install -y chromium):
#   docs/img/demo-prefect-run.png   the Prefect UI page of the demo's flow run
#   docs/img/demo-report.png        the rendered report (report.html): Table 1 with gains, Figure 4a/4b
# Run it while the demo's Prefect server is still up (make demo leaves it running).
#
# Environment: CODEM_DEMO_DIR (default ./.demo: server.log, run.log, ui_url), PREFECT_UI_URL
# (default: read from the demo dir), FLOW_RUN_ID (default: the newest run of flow `codem`),
# REPORT (report.md or report.html; default: the `report:` line of run.log), OUT_DIR (default
# docs/img), BUDGET_MS (Chromium virtual-time budget, default 30000: the UI is a JS app).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
PY=${PYTHON:-$REPO/.venv/bin/python}
DIR=${CODEM_DEMO_DIR:-$REPO/.demo}
OUT=${OUT_DIR:-$REPO/docs/img}
BUDGET=${BUDGET_MS:-30000}
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROMIUM" ] || { echo "error: no chromium on PATH (apt-get install -y chromium)" >&2; exit 1; }
mkdir -p "$OUT"

ui=${PREFECT_UI_URL:-}
if [ -z "$ui" ] && [ -s "$DIR/ui_url" ]; then ui=$(cat "$DIR/ui_url"); fi
if [ -z "$ui" ] && [ -f "$DIR/server.log" ]; then
  ui=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$DIR/server.log" | tail -1 || true)
fi
[ -n "$ui" ] || { echo "error: no Prefect UI URL (set PREFECT_UI_URL or CODEM_DEMO_DIR)" >&2; exit 1; }
ui=${ui%/}
curl -sf "$ui/api/health" >/dev/null || { echo "error: the Prefect server at $ui does not answer (is the demo's server still up?)" >&2; exit 1; }

run_id=${FLOW_RUN_ID:-}
if [ -z "$run_id" ]; then
  run_id=$(curl -sf -X POST "$ui/api/flow_runs/filter" -H 'Content-Type: application/json' \
    -d '{"flows": {"name": {"any_": ["codem"]}}, "sort": "START_TIME_DESC", "limit": 1}' |
    "$PY" -c 'import json, sys; runs = json.load(sys.stdin); print(runs[0]["id"] if runs else "")')
fi
[ -n "$run_id" ] || { echo "error: no flow run of 'codem' on $ui" >&2; exit 1; }

report=${REPORT:-}
if [ -z "$report" ] && [ -f "$DIR/run.log" ]; then
  report=$(grep '^report:' "$DIR/run.log" | tail -1 | awk '{print $2}')
fi
report=${report#file://}
[ -n "$report" ] || { echo "error: no report (set REPORT or CODEM_DEMO_DIR)" >&2; exit 1; }
html="${report%.md}.html"
[ -f "$html" ] || { echo "error: $html not found (the report folder has report.html since codem's analysis renders it)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

shoot() {  # url out.png width height
  "$CHROMIUM" --headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$tmp/profile" --window-size="$3,$4" --virtual-time-budget="$BUDGET" \
    --screenshot="$2" "$1" >/dev/null 2>"$tmp/chromium.log" || { cat "$tmp/chromium.log" >&2; return 1; }
}

echo "Prefect UI: $ui/runs/flow-run/$run_id"
shoot "$ui/runs/flow-run/$run_id" "$tmp/prefect.png" 1400 1000

# The report up to the end of Figure 4b (Table 1 with gains, samples, both correlation tables and
# heatmaps): the rest (notes, paper comparison, provenance) is text the README does not need.
"$PY" - "$html" "$tmp/report.html" <<'PY'
import sys
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
cut = text.find("<h2>Degenerate cases")
if cut > 0:
    text = text[:cut] + "</body>\n</html>\n"
Path(sys.argv[2]).write_text(text, encoding="utf-8")
PY
cp "$(dirname "$html")"/*.png "$tmp/" 2>/dev/null || true
echo "report:     $html"
shoot "file://$tmp/report.html" "$tmp/report.png" 1200 4000

# Trim the blank bottom, shrink to fit the README, and keep each PNG under 400 KB.
"$PY" - "$tmp/prefect.png" "$OUT/demo-prefect-run.png" "$tmp/report.png" "$OUT/demo-report.png" <<'PY'
import io, sys
from PIL import Image, ImageChops

LIMIT = 400 * 1024

def save(src, dest, width):
    im = Image.open(src).convert("RGB")
    bg = Image.new("RGB", im.size, im.getpixel((im.width - 1, im.height - 1)))
    box = ImageChops.difference(im, bg).getbbox()
    if box:
        im = im.crop((0, 0, im.width, min(im.height, box[3] + 24)))
    if im.width > width:
        im = im.resize((width, round(im.height * width / im.width)), Image.LANCZOS)
    for colors in (None, 256, 128, 64):
        out = im if colors is None else im.quantize(colors=colors, method=Image.Quantize.MEDIANCUT)
        buf = io.BytesIO()
        out.save(buf, "PNG", optimize=True)
        if buf.tell() <= LIMIT:
            break
    open(dest, "wb").write(buf.getvalue())
    print(f"{dest}: {im.width}x{im.height}, {buf.tell() // 1024} KB")

save(sys.argv[1], sys.argv[2], 1400)
save(sys.argv[3], sys.argv[4], 1000)
PY
