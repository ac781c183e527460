#!/usr/bin/env bash
# `make bench`: what the Sequel Radar window costs next to a bare Tauri window.
#
# Builds release binaries of the app and of crates/hello (the baseline), then,
# under its own Xvfb and its own D-Bus session, measures for each:
#   cold start   process start to the first paint of the watchlist (1,000 titles;
#                hello shows a static page), as the page reports it to Rust with
#                `report_first_paint`, which prints `FIRST_PAINT_MS <ms>`;
#   idle memory  PSS summed over the process and all its descendants (WebKit's
#                web and network processes) after a few seconds of idle.
# Several runs each, interleaved so drift hits both alike; prints medians and the
# ratios app/hello (goal: at most 1.2). Then, for the watchlist, in the same
# release build and webview:
#   first paint  of the app with a big watchlist (BENCH_BIG_TITLES, 50,000) next
#                to the same app with an empty one (goal: ratio at most 1.5);
#   keystroke    each keystroke of a scripted search in the big watchlist, timed
#                by the page (BENCH_SEARCH=1) from the input to the list's new
#                rows laid out, keys 100 ms apart as a fast typist's; p95 (goal:
#                at most 16 ms), median over runs; with its parts (the shell's
#                query, the IPC floor, the render) and the p95 of keys sent
#                back to back, one per frame, for contrast.
# Then runs the engine's benches if present.
#
# Knobs (environment): BENCH_RUNS (5), BENCH_TITLES (1000), BENCH_BIG_TITLES
# (50000), BENCH_IDLE_SECS (3), BENCH_TIMEOUT_SECS (60), BENCH_SKIP_BUILD=1 (use
# the binaries already built), BENCH_WINDOW_ONLY=1 (leave out the engine's
# benches), BENCH_WATCHLIST_ONLY=1 (only the watchlist measures),
# BENCH_SKIP_WATCHLIST=1 (only the window against hello).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
runs=${BENCH_RUNS:-5}
titles=${BENCH_TITLES:-1000}
big_titles=${BENCH_BIG_TITLES:-50000}
idle_secs=${BENCH_IDLE_SECS:-3}
timeout_secs=${BENCH_TIMEOUT_SECS:-60}
app_bin=$target/release/sequel-radar
hello_bin=$target/release/sequel-radar-hello

say() { printf '%s\n' "$*"; }
# Errors go to fd 3, the terminal's stderr, because stderr itself is the log
# once the D-Bus session runs (the daemon and WebKit write plenty there).
die() { printf 'bench: %s\n' "$*" >&"${err_fd:-2}"; exit 1; }

# --- Phase 2: inside our own D-Bus session (see the end of this file) --------

measure() {
    # fd 5 is the terminal's stdout and fd 3 its stderr: the session bus and the
    # services it starts (at-spi, portals) keep 1 and 2, which go to the log.
    exec 1>&5 5>&-
    err_fd=3
    local work=$1
    local log=$work/bench.log

    start_xvfb "$work"
    # WebKit's caches and the window-state file go here, not into the user's
    # home, and every run finds the same state the warm-up left.
    export XDG_CONFIG_HOME=$work/xdg/config XDG_CACHE_HOME=$work/xdg/cache XDG_DATA_HOME=$work/xdg/data
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME"
    say "Display :$display (Xvfb $xvfb_pid), D-Bus session $DBUS_SESSION_BUS_ADDRESS"

    if [ "${BENCH_WATCHLIST_ONLY:-}" != 1 ]; then
        window_vs_hello "$work"
    fi
    if [ "${BENCH_SKIP_WATCHLIST:-}" != 1 ]; then
        watchlist "$work"
    fi
}

# The watchlist at BENCH_BIG_TITLES titles: first paint against the same app
# with an empty list, then the search keystrokes.
watchlist() {
    local work=$1 i ext rep empty=() big=() p50s=() p95s=() line
    cold_start "$app_bin" "$work" empty >/dev/null || exit 1
    cold_start "$app_bin" "$work" big >/dev/null || exit 1
    for ((i = 1; i <= runs; i++)); do
        read -r ext rep < <(cold_start "$app_bin" "$work" empty)
        empty+=("$ext")
        read -r ext rep < <(cold_start "$app_bin" "$work" big)
        big+=("$ext")
        say "  run $i/$runs first paint: empty $(fmt1 "${empty[-1]}") ms, $big_titles titles $(fmt1 "${big[-1]}") ms"
    done
    local search_runs=$(( (runs + 1) / 2 ))
    local answers=() renders=() shells=() trips=() bursts=()
    for ((i = 1; i <= search_runs; i++)); do
        line=$(search_keystrokes "$app_bin" "$work" big)
        p50s+=("$(field search_keystroke_ms p50 "$line")"); p95s+=("$(field search_keystroke_ms p95 "$line")")
        answers+=("$(field search_answer_ms p95 "$line")"); renders+=("$(field search_render_ms p95 "$line")")
        shells+=("$(field search_shell_ms p95 "$line")"); trips+=("$(field search_ipc_ms p95 "$line")")
        bursts+=("$(field search_burst_ms p95 "$line")")
        say "  run $i/$search_runs search keystrokes: $line"
    done
    local a e
    say ""
    say "== Watchlist: release build, $big_titles titles against an empty list, medians =="
    say "First paint: process start to the watchlist on screen ($runs runs each)"
    a=$(median "${big[@]}"); e=$(median "${empty[@]}")
    printf '  %-22s %8.1f ms\n' "$big_titles titles" "$a"
    printf '  %-22s %8.1f ms\n' "empty list" "$e"
    ratio_line "first paint" "$a" "$e" 1.5 "ratio big/empty"
    say "Search keystroke: input to the list's new rows laid out, in the webview, keys 100 ms apart ($search_runs runs)"
    printf '  %-22s %8.2f ms\n' "p50" "$(median "${p50s[@]}")"
    goal_line "p95" "$(median "${p95s[@]}")" 16 ms
    printf '  %-22s %8.2f ms   (the shell\x27s answer: IPC and query)\n' "of which p95 answer" "$(median "${answers[@]}")"
    printf '  %-22s %8.2f ms   (in the shell, from memory: search, order, the page\x27s rows)\n' "p95 of the query" "$(median "${shells[@]}")"
    printf '  %-22s %8.2f ms   (a command that does nothing, between two keys)\n' "p95 IPC round trip" "$(median "${trips[@]}")"
    printf '  %-22s %8.2f ms   (the page\x27s DOM work)\n' "of which p95 render" "$(median "${renders[@]}")"
    printf '  %-22s %8.2f ms   (keys back to back, one per frame: no one types so fast)\n' "p95 burst" "$(median "${bursts[@]}")"
}

# field NAME KEY LINES: KEY's value in the part of LINES ("name k=v ... | name
# k=v ...") that starts with NAME.
field() {
    tr '|' '\n' <<<"$3" | awk -v n="$1" -v k="$2" '$1 == n {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] }
    }'
}

# Starts BIN with BENCH_SEARCH=1 on a fresh copy of TEMPLATE; the page types
# its scripted search once painted and reports; prints the BENCH line.
search_keystrokes() {
    local bin=$1 work=$2 template=$3 data fd pid line found=""
    data=$(fresh_data_dir "$work" "$template")
    exec {fd}< <(exec env BENCH_SEARCH=1 SEQUEL_RADAR_DATA_DIR="$data" "$bin" 2>>"$work/bench.log")
    pid=$!
    while IFS= read -r -t "$timeout_secs" line <&"$fd"; do
        # The parts (search_answer_ms, search_render_ms) come first.
        if [[ $line == "BENCH search_"* ]]; then found="$found${found:+ | }${line#BENCH }"; fi
        if [[ $line == "BENCH search_keystroke_ms "* ]]; then break; fi
    done
    exec {fd}<&-
    if [[ $found != *search_keystroke_ms* ]]; then
        stop_tree "$pid"
        die "$(basename "$bin") printed no BENCH search_keystroke_ms line within ${timeout_secs} s with BENCH_SEARCH=1; see $work/bench.log"
    fi
    wait_gone "$pid" || stop_tree "$pid"
    rm -rf "$data"
    printf '%s\n' "$found"
}

# The app against the bare Tauri window: cold start and idle memory.
window_vs_hello() {
    local work=$1
    # Warm-up, not counted: the first start after a build reads the binaries
    # and WebKit's libraries from disk; every counted run finds them cached.
    cold_start "$app_bin" "$work" >/dev/null || exit 1
    cold_start "$hello_bin" "$work" >/dev/null || exit 1

    local app_ext=() app_rep=() hello_ext=() hello_rep=() app_pss=() hello_pss=()
    local i ext rep kb n
    for ((i = 1; i <= runs; i++)); do
        read -r ext rep < <(cold_start "$app_bin" "$work")
        app_ext+=("$ext"); app_rep+=("$rep")
        read -r ext rep < <(cold_start "$hello_bin" "$work")
        hello_ext+=("$ext"); hello_rep+=("$rep")
        say "  run $i/$runs cold start: app $(fmt1 "${app_ext[-1]}") ms, hello $(fmt1 "${hello_ext[-1]}") ms"
    done
    for ((i = 1; i <= runs; i++)); do
        read -r kb n < <(idle_memory "$app_bin" "$work")
        app_pss+=("$kb"); app_procs=$n
        read -r kb n < <(idle_memory "$hello_bin" "$work")
        hello_pss+=("$kb"); hello_procs=$n
        say "  run $i/$runs idle PSS:   app $(mb "${app_pss[-1]}") MB (${app_procs} processes), hello $(mb "${hello_pss[-1]}") MB (${hello_procs} processes)"
    done

    local a h
    say ""
    say "== Window: release build, $runs runs each, medians =="
    say "Cold start: process start to first paint (app: watchlist of $titles titles; hello: static page)"
    a=$(median "${app_ext[@]}"); h=$(median "${hello_ext[@]}")
    printf '  %-22s %8.1f ms   (reported by the app itself: %.1f ms since main)\n' sequel-radar "$a" "$(median "${app_rep[@]}")"
    printf '  %-22s %8.1f ms   (reported by the app itself: %.1f ms since main)\n' sequel-radar-hello "$h" "$(median "${hello_rep[@]}")"
    ratio_line "cold start" "$a" "$h"
    say "Idle tree memory: PSS of the process and its descendants after ${idle_secs} s idle"
    a=$(median "${app_pss[@]}"); h=$(median "${hello_pss[@]}")
    printf '  %-22s %8.1f MB   (%s processes)\n' sequel-radar "$(mb "$a")" "$app_procs"
    printf '  %-22s %8.1f MB   (%s processes)\n' sequel-radar-hello "$(mb "$h")" "$hello_procs"
    ratio_line "idle memory" "$a" "$h"
    say "  per process, median PSS over the runs:"
    sort "$work/pss.txt" | awk '
        { key = $1 " " $2; v[key, ++n[key]] = $3 }
        END {
            for (key in n) {
                m = n[key]
                for (i = 1; i <= m; i++) a[i] = v[key, i]
                # insertion sort: a handful of values
                for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
                med = (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
                split(key, k, " ")
                printf "    %-20s %-18s %8.1f MB\n", k[1], k[2], med / 1024
            }
        }' | sort
}

start_xvfb() {
    local work=$1
    # -displayfd: Xvfb picks a free display itself and writes its number once
    # it accepts connections, so there is no race on guessing one.
    Xvfb -displayfd 4 -screen 0 1920x1080x24 -nolisten tcp 4>"$work/display" >>"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    local waited=0
    until [ -s "$work/display" ]; do
        kill -0 "$xvfb_pid" 2>/dev/null || die "Xvfb did not start; see $work/xvfb.log"
        ((waited++ < 100)) || die "Xvfb did not report a display within 10 s"
        sleep 0.1
    done
    display=$(tr -d '[:space:]' <"$work/display")
    export DISPLAY=:$display
    unset WAYLAND_DISPLAY
}

# Starts BIN on a fresh copy of the prepared data dir (TEMPLATE, default
# "template") and prints "<external ms> <reported ms>": external is measured here
# from just before exec to the moment the FIRST_PAINT_MS line arrives; reported
# is the line's number.
cold_start() {
    local bin=$1 work=$2 data fd pid line t0 t1 reported=""
    data=$(fresh_data_dir "$work" "${3:-template}")
    t0=$EPOCHREALTIME
    exec {fd}< <(exec env BENCH_EXIT_AFTER_PAINT=1 SEQUEL_RADAR_DATA_DIR="$data" "$bin" 2>>"$work/bench.log")
    pid=$!
    while IFS= read -r -t "$timeout_secs" line <&"$fd"; do
        if [[ $line == FIRST_PAINT_MS\ * ]]; then
            t1=$EPOCHREALTIME
            reported=${line#FIRST_PAINT_MS }
            break
        fi
    done
    exec {fd}<&-
    if [ -z "$reported" ]; then
        stop_tree "$pid"
        die "$(basename "$bin") printed no FIRST_PAINT_MS line before it exited or ${timeout_secs} s passed (does it handle BENCH_EXIT_AFTER_PAINT=1?); see $work/bench.log"
    fi
    wait_gone "$pid" || { stop_tree "$pid"; die "$(basename "$bin") did not exit after its first paint with BENCH_EXIT_AFTER_PAINT=1"; }
    rm -rf "$data"
    awk -v a="$t0" -v b="$t1" -v r="$reported" 'BEGIN { printf "%.1f %s\n", (b - a) * 1000, r }'
}

# Starts BIN with BENCH_IDLE=1, waits for its first paint and then idle_secs,
# and prints "<PSS kB summed over the tree> <number of processes>".
idle_memory() {
    local bin=$1 work=$2 data fd pid line painted="" total=0 count=0 p kb
    data=$(fresh_data_dir "$work")
    exec {fd}< <(exec env BENCH_IDLE=1 SEQUEL_RADAR_DATA_DIR="$data" "$bin" 2>>"$work/bench.log")
    pid=$!
    while IFS= read -r -t "$timeout_secs" line <&"$fd"; do
        if [[ $line == FIRST_PAINT_MS\ * ]]; then painted=1; break; fi
    done
    if [ -z "$painted" ]; then
        exec {fd}<&-
        stop_tree "$pid"
        die "$(basename "$bin") printed no FIRST_PAINT_MS line before it exited or ${timeout_secs} s passed with BENCH_IDLE=1; see $work/bench.log"
    fi
    sleep "$idle_secs"
    for p in $pid $(descendants "$pid"); do
        # A process may end between listing and reading; it then holds nothing.
        kb=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null) || kb=""
        [ -n "$kb" ] || continue
        total=$((total + kb)); count=$((count + 1))
        printf '%s %s %s\n' "$(basename "$bin")" "$(cat "/proc/$p/comm" 2>/dev/null)" "$kb" >>"$work/pss.txt"
    done
    stop_tree "$pid"
    exec {fd}<&-
    rm -rf "$data"
    printf '%s %s\n' "$total" "$count"
}

# All descendants of PID (children, grandchildren, ...), from one `ps` listing.
descendants() {
    ps -e -o pid=,ppid= | awk -v root="$1" '
        { kids[$2] = kids[$2] " " $1 }
        END {
            n = split(kids[root], queue, " ")
            for (i = 1; i <= n; i++) {
                print queue[i]
                m = split(kids[queue[i]], more, " ")
                for (j = 1; j <= m; j++) queue[++n] = more[j]
            }
        }'
}

# Ends PID and whatever it started, by pid, politely first.
stop_tree() {
    local pid=$1 kids p
    kids=$(descendants "$pid")
    kill -TERM "$pid" 2>/dev/null || true
    wait_gone "$pid" || kill -KILL "$pid" 2>/dev/null || true
    for p in $kids; do
        wait_gone "$p" || kill -KILL "$p" 2>/dev/null || true
    done
}

# Waits up to 10 s for PID to be gone (reaped or no longer ours to wait for).
wait_gone() {
    local i
    for ((i = 0; i < 100; i++)); do
        kill -0 "$1" 2>/dev/null || return 0
        # A zombie child of ours counts as gone; the shell reaps it later.
        [ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" = Z ] && return 0
        sleep 0.1
    done
    return 1
}

fresh_data_dir() {
    local d
    d=$(mktemp -d "$1/data.XXXXXX")
    cp -a "$1/${2:-template}/." "$d/"
    printf '%s\n' "$d"
}

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
fmt1() { awk -v v="$1" 'BEGIN { printf "%.1f", v }'; }
# ratio_line WHAT A B [GOAL] [LABEL]
ratio_line() {
    awk -v a="$2" -v h="$3" -v g="${4:-1.2}" -v label="${5:-ratio app/hello}" 'BEGIN {
        r = a / h
        printf "  %-22s %8.2f     goal <= %.2f: %s\n", label, r, g, (r <= g ? "met" : "NOT met")
    }'
}
# goal_line LABEL VALUE GOAL UNIT
goal_line() {
    awk -v label="$1" -v v="$2" -v g="$3" -v u="$4" 'BEGIN {
        printf "  %-22s %8.2f %s  goal <= %g %s: %s\n", label, v, u, g, u, (v <= g ? "met" : "NOT met")
    }'
}

# --- Phase 1: build, prepare the data, enter the D-Bus session ----------------

# Fills DIR with N titles. The CLI's `import` of a backup does it in one
# transaction; should the backup format move on, adding one by one with the CLI
# still works, only slower.
prepare_titles() {
    local dir=$1 n=$2 i
    # 25 x 40 distinct two-word names, cycled with a number past 1,000.
    local adj=(Silent Crimson Broken Hidden Golden Last Midnight Frozen Wild Lost
               Electric Hollow Burning Quiet Savage Paper Velvet Iron Northern Distant
               Bitter Secret Neon Endless Painted)
    local noun=(Harbor Kingdom Protocol Signal Garden Empire Frontier Circuit Orchard Tide
                Cartel Verdict Lantern Station Archive Canyon Mirror Dynasty Compass Meridian
                Harvest Quarry Pilgrim Shelter Voyage Furnace Island Reckoning Heist Orbit
                Academy Republic Witness Monarch Saga Bureau Atlas Outpost Lighthouse Tribunal)
    local names=() years=() kinds=() platforms=(Netflix Max Hulu "Prime Video" Theaters)
    for ((i = 0; i < n; i++)); do
        names[i]="${adj[i % 25]} ${noun[(i / 25) % 40]}"
        ((i < 1000)) || names[i]="${names[i]} $((i / 1000 + 1))"
        years[i]=$((1980 + i % 46))
        if ((i % 3 == 0)); then kinds[i]=series; else kinds[i]=movie; fi
    done
    mkdir -p "$dir"

    local backup=$dir.backup.json
    {
        printf '{"format":"sequel-radar-backup","version":1,"titles":['
        for ((i = 0; i < n; i++)); do
            ((i == 0)) || printf ','
            printf '{"name":"%s","year":%d,"kind":"%s","platform":"%s","watch_state":"want_to_watch",' \
                "${names[i]}" "${years[i]}" "${kinds[i]}" "${platforms[i % 5]}"
            printf '"notes":null,"muted":false,"threshold":"everything","next":null,"status":"unknown",'
            printf '"release":null,"added_at":"2025-%02d-%02dT%02d:%02d:00Z","status_changed_at":null,' \
                $((1 + i % 12)) $((1 + i % 28)) $((i % 24)) $((i % 60))
            printf '"latest_news_at":null,"seen_at":null,"aliases":[],"tags":[],"external_ids":[],'
            printf '"articles_read":[],"evidence":[],"quotes":[],"history":[]}'
        done
        printf ']}\n'
    } >"$backup"
    if "$app_bin" --data-dir "$dir" import "$backup" --format backup >/dev/null 2>"$dir.import.err"; then
        rm -f "$backup" "$dir.import.err"
        return 0
    fi
    say "The CLI did not import the generated backup ($(head -c 300 "$dir.import.err")); adding titles one by one instead"
    rm -rf "$dir" "$backup" "$dir.import.err"
    mkdir -p "$dir"
    for ((i = 0; i < n; i++)); do
        "$app_bin" --data-dir "$dir" add "${names[i]}" --year "${years[i]}" --kind "${kinds[i]}" \
            --platform "${platforms[i % 5]}" >/dev/null ||
            die "could not add title $((i + 1)) (${names[i]}) with the CLI"
    done
}

# No sources: a refresh at start would measure the network (and leave the
# machine), not the window. Both windows then do the same: nothing.
no_sources() {
    local dir=$1 id ids
    ids=$("$app_bin" --data-dir "$dir" sources list --json | { grep -o '"id": *[0-9]*' || true; } | grep -o '[0-9]*$' || true)
    for id in $ids; do
        "$app_bin" --data-dir "$dir" sources remove "$id" >/dev/null ||
            die "could not remove source $id from the bench watchlist in $dir"
    done
}

main() {
    for tool in Xvfb dbus-run-session ps awk python3; do
        command -v "$tool" >/dev/null 2>&1 || die "$tool not found; run \`scripts/install-deps.sh test\` (make bench does)"
    done
    [[ $runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive number, not '$runs'"

    cd "$root"
    if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
        say "Building release binaries (the app, then the hello baseline)"
        # Built one at a time so the baseline gets plain Tauri, not the app's
        # Tauri features; custom-protocol is what `tauri build` ships.
        cargo build --release -p sequel-radar --features tauri/custom-protocol
        cargo build --release -p sequel-radar-hello --features tauri/custom-protocol
    fi
    [ -x "$app_bin" ] || die "no $app_bin; build it or drop BENCH_SKIP_BUILD"
    [ -x "$hello_bin" ] || die "no $hello_bin; build it or drop BENCH_SKIP_BUILD"

    local work
    work=$(mktemp -d "${TMPDIR:-/tmp}/sequel-radar-bench.XXXXXX")
    local t0=$EPOCHREALTIME
    prepare_titles "$work/template" "$titles"
    say "Prepared a watchlist of $titles titles with the CLI in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"
    no_sources "$work/template"
    local count
    count=$("$app_bin" --data-dir "$work/template" list --json | { grep -o '"name"' || true; } | wc -l)
    [ "$count" -eq "$titles" ] || die "the prepared watchlist lists $count titles, not $titles"

    t0=$EPOCHREALTIME
    mkdir -p "$work/empty"
    "$app_bin" --data-dir "$work/empty" list --json >/dev/null || die "the app could not create an empty watchlist"
    no_sources "$work/empty"
    python3 "$root/bench/fill.py" "$app_bin" "$work/big" "$big_titles" || die "bench/fill.py could not fill $big_titles titles"
    no_sources "$work/big"
    say "Prepared an empty watchlist and one of $big_titles titles in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"

    say "Measuring in $work (logs: $work/bench.log)"
    # Our own session bus: the app's single-instance lock and WebKit's portals
    # stay away from the desktop's and from other runs. Its output goes to the
    # log; our own report comes back on fds 5 (stdout) and 3 (stderr).
    local rc=0
    dbus-run-session -- "$0" --measure "$work" 3>&2 5>&1 >>"$work/bench.log" 2>&1 || rc=$?
    ((rc == 0)) || die "measuring failed (exit $rc); see $work/bench.log"
    rm -rf "$work"

    [ "${BENCH_WINDOW_ONLY:-}" != 1 ] || return 0
    local ex
    for ex in bench_extract bench_import bench_refresh; do
        if [ -f "$root/crates/core/examples/$ex.rs" ]; then
            say ""
            say "== Engine: $ex =="
            cargo run --quiet --release -p sequel-radar-core --example "$ex"
        fi
    done
}

if [ "${1:-}" = --measure ]; then
    work=$2
    cleanup() {
        [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
        wait 2>/dev/null
        true
    }
    trap cleanup EXIT
    measure "$work"
else
    main
fi
