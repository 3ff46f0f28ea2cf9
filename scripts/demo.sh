#!/usr/bin/env bash
# make demo: start a local Prefect server (UI on 127.0.0.1), run the codem flow with the demo
# preset (local llama.cpp teacher, SmolLM2-135M student, 9 corpora, 7 languages) and print
# where the report and the UI are. The server keeps running afterwards so the UI can be browsed;
# stop it with: kill $(cat "$CODEM_DEMO_DIR/server.pid")
#
# Environment: CODEM_DEMO_PRESET (default demo), CODEM_STORE (default ./artifacts),
# CODEM_DEMO_PORT (default: a free port from 4200), CODEM_DEMO_DIR (default ./.demo).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
PY=${PYTHON:-$REPO/.venv/bin/python}
PRESET=${CODEM_DEMO_PRESET:-demo}
DIR=${CODEM_DEMO_DIR:-$REPO/.demo}
mkdir -p "$DIR"
export CODEM_DATA_DIR=${CODEM_DATA_DIR:-$(cd "$REPO/.." && pwd)/shared/data}
export CODEM_OFFLINE=${CODEM_OFFLINE:-1}
export CODEM_STORE=${CODEM_STORE:-$REPO/artifacts}
export PREFECT_HOME=${PREFECT_HOME:-$DIR/prefect-home}

port=${CODEM_DEMO_PORT:-}
if [ -z "$port" ]; then
  port=$("$PY" - <<'PY'
import socket
for p in range(4200, 4300):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", p)); print(p); break
    except OSError:
        pass
    finally:
        s.close()
PY
)
fi
export PREFECT_API_URL="http://127.0.0.1:$port/api"
export PREFECT_UI_URL="http://127.0.0.1:$port"
echo "$PREFECT_UI_URL" >"$DIR/ui_url"   # for scripts/screenshots.sh

"$PY" -m codem_core.cli pipeline check --preset "$PRESET"   # bad config: one line, before anything starts

if ! curl -sf "$PREFECT_API_URL/health" >/dev/null 2>&1; then
  t_server=$(date +%s)
  echo "starting the Prefect server on 127.0.0.1:$port (log: $DIR/server.log)"
  nohup "$PY" -m prefect server start --host 127.0.0.1 --port "$port" >"$DIR/server.log" 2>&1 &
  echo $! >"$DIR/server.pid"
  for _ in $(seq 1 120); do
    curl -sf "$PREFECT_API_URL/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "$PREFECT_API_URL/health" >/dev/null || { echo "error: the Prefect server did not start (see $DIR/server.log)" >&2; exit 1; }
  echo "Prefect server up in $(( $(date +%s) - t_server )) s"
fi

start=$(date +%s)
"$PY" -m codem_core.cli pipeline run --preset "$PRESET" | tee "$DIR/run.log"
end=$(date +%s)
echo
"$PY" scripts/stage_times.py --api "$PREFECT_API_URL" || true   # per-stage times from the Prefect API
echo "demo finished in $((end - start)) s"
report=$(grep '^report:' "$DIR/run.log" | awk '{print $2}')
echo "report:     $report  (rendered: ${report%.md}.html)"
echo "Prefect UI: $PREFECT_UI_URL  (flow runs, task states, the report/matrix artifacts)"
echo "stop the server: kill \$(cat $DIR/server.pid)"
