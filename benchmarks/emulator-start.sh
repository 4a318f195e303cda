#!/usr/bin/env bash
# Issue 15 goal 3: `./biliflux followers --format ndjson` on the embedded emulator (World.demo(): 320
# followers, 7 pages of R1) as a whole process, once built: under 0.8 s. Times it ROUNDS times after
# one unmeasured warm run (which trains the launcher's class cache), with baselines in the same run,
# variants alternating round by round:
#   emulator-aot      ./biliflux followers --format ndjson        (the launcher's default: AOT cache on JDK >= 25)
#   emulator-nocache  the same with BILIFLUX_CACHE=off            (no class cache)
#   cli-version       ./biliflux --version                        (JVM + launcher + command line, no emulator, no client)
#   jvm-version       java -version with the launcher's JDK and start-up flags (JVM start alone)
# Prints, per variant, the median, min and max wall time, the median CPU time (user + sys of the whole
# process tree), the ratio to jvm-version, and the load average at the start and the end, as a
# markdown table (docs/benchmarks.md). Timings are noisy when the machine is busy: compare within one run.
#
#   benchmarks/emulator-start.sh [ROUNDS (default 7)]
#
# Builds nothing. Build first with `./biliflux --version` (packages the modules into their target/
# directories, never installs), and run this again after changing sources.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-7}"
case "$rounds" in '' | *[!0-9]* | 0) echo "ROUNDS must be a positive number, was '$rounds'" >&2; exit 2 ;; esac
jar="$root/examples/target/biliflux-examples-0.1.0-SNAPSHOT.jar"
if [ ! -f "$jar" ] || [ ! -f "$root/examples/target/classpath.txt" ] \
   || [ -n "$(find "$root" -path "$root/*/target" -prune -o -path "$root/.git" -prune -o \( -name '*.java' -o -name 'pom.xml' \
        -o -name '*.xml' -o -name '*.properties' \) -newer "$jar" -print -quit)" ]; then
  echo "the command line is not built or older than the sources: run ./biliflux --version first" >&2
  exit 2
fi

# The JDK the launcher picks (BILIFLUX_JAVA, else the newest of JAVA_HOME and /usr/lib/jvm/*, else PATH).
major() { v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1)"; echo "${v:-0}"; }
java_bin="${BILIFLUX_JAVA:-}"
if [ -z "$java_bin" ]; then
  best=0
  for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] || continue
    m="$(major "$home")"
    if [ "$m" -gt "$best" ]; then best="$m"; java_bin="$home/bin/java"; fi
  done
  java_bin="${java_bin:-$(command -v java)}"
fi

names=(emulator-aot emulator-nocache cli-version jvm-version)
run() {
  case "$1" in
    emulator-aot) "$root/biliflux" followers --format ndjson ;;
    emulator-nocache) BILIFLUX_CACHE=off "$root/biliflux" followers --format ndjson ;;
    cli-version) "$root/biliflux" --version ;;
    jvm-version) "$java_bin" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -version ;;
  esac
}

# Warm run: checks the output and trains the class cache on this very command (a cache trained by
# another command, e.g. the --version of the build, holds other classes); an AOT cache is assembled in
# the background.
rm -rf "$root/examples/target/jvm-cache"
lines="$(run emulator-aot 2>/dev/null | wc -l)"
[ "$lines" -eq 320 ] || { echo "followers wrote $lines lines, expected 320" >&2; exit 1; }
for _ in $(seq 1 300); do
  ls "$root"/examples/target/jvm-cache/*.aot "$root"/examples/target/jvm-cache/*.jsa >/dev/null 2>&1 && break
  sleep 0.2
done
run emulator-aot >/dev/null 2>&1 # the first run with the cache maps it cold

load0="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall cpu
TIMEFORMAT='%R %U %S'
for r in $(seq 1 "$rounds"); do
  order=("${names[@]}")
  if [ $((r % 2)) -eq 0 ]; then mapfile -t order < <(printf '%s\n' "${names[@]}" | tac); fi
  for n in "${order[@]}"; do
    t="$( { time run "$n" >/dev/null 2>&1; } 2>&1 )"
    read -r real user sys <<<"$t"
    wall[$n]="${wall[$n]:-} $real"
    cpu[$n]="${cpu[$n]:-} $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.3f", u + s}')"
  done
done
load1="$(cut -d' ' -f1-3 /proc/loadavg)"

stat() { tr ' ' '\n' | grep -v '^$' | sort -n | awk -v f="$1" '{a[NR]=$1} END {
  m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2
  if (f == "median") printf "%.3f", m; else if (f == "min") printf "%.3f", a[1]; else printf "%.3f", a[NR] }'; }
base="$(stat median <<<"${wall[jvm-version]}")"
echo "emulator start (issue 15 goal 3), $rounds rounds, $(nproc) cores, $("$java_bin" -version 2>&1 | head -1)"
echo "load average $load0 (start) / $load1 (end)"
echo
echo "| variant | median s | min s | max s | CPU s (median) | x jvm-version |"
echo "|---|---|---|---|---|---|"
for n in "${names[@]}"; do
  m="$(stat median <<<"${wall[$n]}")"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$m" "$(stat min <<<"${wall[$n]}")" "$(stat max <<<"${wall[$n]}")" \
    "$(stat median <<<"${cpu[$n]}")" "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f", a / b}')"
done
echo
aot="$(stat median <<<"${wall[emulator-aot]}")"
echo "goal: emulator-aot median under 0.8 s: $(awk -v a="$aot" 'BEGIN {print (a < 0.8) ? "met" : "not met"}') ($aot s)"
echo "all runs (s):"
for n in "${names[@]}"; do echo "  $n:${wall[$n]}"; done
