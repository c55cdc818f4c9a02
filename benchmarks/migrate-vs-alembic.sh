#!/usr/bin/env bash
# Applying the five built-in microblog revisions to an empty SQLite file, as whole processes from
# the command line: Rowboat (`target/rowboat db upgrade`, the launcher the build makes) against
# Alembic 1.8 doing the same five revisions
# (benchmarks/alembic-microblog, written by hand to match the YAML). Runs alternate, each on a
# fresh temporary file; prints each side's median and the ratio, and for context the same run as
# plain `java -jar target/rowboat.jar` (no class-data archive, default JIT and collector). Builds nothing: run
# `mvn -q package -DskipTests` first. Never fails on time; fails only if a side does not produce
# the five tables. Usage: benchmarks/migrate-vs-alembic.sh [RUNS] (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
JAR=target/rowboat.jar
LAUNCHER=target/rowboat
PY=/usr/bin/python3
ALEMBIC_INI=benchmarks/alembic-microblog/alembic.ini
[ -f "$JAR" ] && [ -x "$LAUNCHER" ] || { echo "No $JAR or $LAUNCHER: run mvn -q package -DskipTests first" >&2; exit 2; }
$PY -c 'import alembic' 2>/dev/null || { echo "Alembic is not installed for $PY (apt-get install python3-alembic)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# millisecond wall-clock of one whole process; its output goes to a log, shown on failure
run_ms() {
  local log=$1; shift
  local start end
  start=$(date +%s%N)
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "FAILED: $*" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
check_tables() {
  $PY - "$1" <<'PYEOF'
import sqlite3, sys
names = {r[0] for r in sqlite3.connect(sys.argv[1]).execute("select name from sqlite_master where type='table'")}
missing = {"user", "post", "followers", "profile", "tag", "post_tag"} - names
if missing:
    sys.exit("missing tables in %s: %s" % (sys.argv[1], sorted(missing)))
PYEOF
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

rowboat_ms=()
jar_ms=()
alembic_ms=()
for i in $(seq 1 "$RUNS"); do
  sides=(rowboat alembic jar)
  # alternate which side goes first, so neither always gets the warmer page cache
  if (( i % 2 == 0 )); then sides=(alembic rowboat jar); fi
  for side in "${sides[@]}"; do
    db="$work/$side-$i.db"
    if [ "$side" = rowboat ]; then
      ms=$(run_ms "$work/log" "$LAUNCHER" db upgrade --url "sqlite:///$db")
      rowboat_ms+=("$ms")
    elif [ "$side" = jar ]; then
      ms=$(run_ms "$work/log" java -jar "$JAR" db upgrade --url "sqlite:///$db")
      jar_ms+=("$ms")
    else
      ms=$(DATABASE_URL="sqlite:///$db" run_ms "$work/log" $PY -m alembic -c "$ALEMBIC_INI" upgrade head)
      alembic_ms+=("$ms")
    fi
    check_tables "$db"
  done
done

r=$(printf '%s\n' "${rowboat_ms[@]}" | median)
a=$(printf '%s\n' "${alembic_ms[@]}" | median)
j=$(printf '%s\n' "${jar_ms[@]}" | median)
echo "runs: $RUNS each, alternating, fresh SQLite file each; $(nproc) cores; $(java -version 2>&1 | head -1); Alembic $($PY -c 'import alembic; print(alembic.__version__)')"
echo "rowboat ms: ${rowboat_ms[*]}   (target/rowboat)"
echo "java -jar:  ${jar_ms[*]}   (context)"
echo "alembic ms: ${alembic_ms[*]}"
echo "median rowboat: ${r} ms   median alembic: ${a} ms   median java -jar: ${j} ms"
awk -v r="$r" -v a="$a" 'BEGIN { printf "ratio rowboat/alembic: %.2f (target: <= 1.00)\n", r / a }'
