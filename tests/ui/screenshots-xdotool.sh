#!/bin/bash
# Screenshots of the real window under a window manager, driven as a clerk and a technician
# drive it: the keyboard where the screens take it (scanner Enter, Enter from field to field,
# Ctrl+S), the mouse where a clerk would click. For docs/screenshots, in both languages, on a
# 1366 × 768 screen (the size of the counter laptops that showed the status bar off screen).
#
#   tests/ui/screenshots-xdotool.sh BUILD_DIR OUTPUT_DIR [DISPLAY_NUMBER]
#   e.g. tests/ui/screenshots-xdotool.sh build/check docs/screenshots 17
#
# Needs Xvfb, openbox, xdotool, ImageMagick's import and sqlite3. The clicks are screen
# coordinates of the layout at 1366 × 768 (one table per language, below): after a layout
# change, look at each PNG and adjust them. Every PNG must be looked at before it is committed.
set -euo pipefail

BUILD=$(realpath "$1")
OUT=$(realpath "$2")
NUMBER=${3:-17}
export DISPLAY=":$NUMBER"
export LC_ALL=C.UTF-8 # xdotool types Chinese only in a UTF-8 locale
WORK=$(mktemp -d /tmp/counter-demo.XXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
sleep 2
openbox >"$WORK/openbox.log" 2>&1 &
PIDS+=($!)
sleep 2

# A demo store with a price list.
"$BUILD/app/repairctl/repairctl" --db "$WORK/demo.sqlite" demo seed --tickets 300 >/dev/null
cat >"$WORK/prices.csv" <<'EOF'
code,kind,name_zh,name_en,unit_price,currency,stock,active
SCR-GEN,part,屏幕总成,Display assembly,450.00,CNY,12,1
MIC-GEN,part,送话器,Microphone,60.00,CNY,30,1
BAT-GEN,part,电池,Battery,129.00,CNY,20,1
LAB-STD,labour,标准工时,Standard labour,50.00,CNY,0,1
EOF
"$BUILD/app/repairctl/repairctl" --db "$WORK/demo.sqlite" price import "$WORK/prices.csv" >/dev/null

APP=
shot() { sleep "${2:-0.8}"; import -window root "$OUT/$1"; echo "wrote $OUT/$1"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.3; }
start() { # start LANG STORE USER
    HOME="$WORK/home-$1" XDG_CONFIG_HOME="$WORK/home-$1/.config" \
        "$BUILD/app/repair-counter/repair-counter" --db "$2" --lang "$1" >"$WORK/app-$1.log" 2>&1 &
    APP=$!
    PIDS+=("$APP")
    sleep 3
    xdotool windowactivate --sync "$(xdotool search --pid "$APP" | tail -1)" 2>/dev/null || true
    login "$3"
}
login() { xdotool type --delay 30 "$1"; xdotool key Tab; xdotool type --delay 30 1234; xdotool key Return; sleep 1; }
quit() { xdotool key alt+F4; sleep 2; }

for L in en zh_CN; do
    # Where things are at 1366 × 768 (screen coordinates).
    if [ "$L" = en ]; then
        NAV0=67; NAVSTEP=42                       # first navigation entry, spacing
        STATUS_X=443; STATUS_Y=658; NOTE_X=860; MOVE_X=1243
        LOGOUT_X=1188; BOTTOM_Y=727
        FINDINGS="No sound from the microphone; corrosion on its connector"
        NAME="Li Hua"; FAULT="The other side cannot hear me on calls"
        FINDINGS_Y=185; CODE_Y=438; PRICE_X=908; PRICE_Y=568; ADD_X=1162; LIQUID_Y=581
        REASON="The customer took the phone back before diagnosis"
    else
        NAV0=74; NAVSTEP=46
        STATUS_X=360; STATUS_Y=652; NOTE_X=820; MOVE_X=1251
        LOGOUT_X=1188; BOTTOM_Y=726
        FINDINGS="送话器无声，排线接口有腐蚀"
        NAME="李华"; FAULT="通话时对方听不到声音"
        FINDINGS_Y=195; CODE_Y=489; PRICE_X=900; PRICE_Y=556; ADD_X=1166; LIQUID_Y=564
        REASON="客户未检测即取回手机"
    fi
    nav() { click 90 $((NAV0 + NAVSTEP * $1)); }
    STORE="$WORK/demo-$L.sqlite"
    cp "$WORK/demo.sqlite" "$STORE"

    # The clerk: an empty intake, then one filled from the keyboard.
    start "$L" "$STORE" clerk
    nav 1
    shot "intake-empty-$L.png"
    # A pause after each field: xdotool types a Chinese character by remapping a key, and
    # keys sent while the application reloads its keyboard map can be lost or reordered.
    xdotool type --delay 5 356938035643809; xdotool key Return; sleep 0.5   # a scan
    xdotool type --delay 40 13912345678; sleep 0.5; xdotool key Return; sleep 0.5
    xdotool type --delay 100 "$NAME"; sleep 0.8; xdotool key Return; sleep 0.5
    xdotool type --delay 100 "$FAULT"; sleep 0.8; xdotool key Tab Return Return Return
    sleep 0.3
    xdotool type --delay 40 "$(date -d '-4 days' +%F)"; xdotool key Return Down Return Down
    for _ in $(seq 12); do xdotool key Return; done; xdotool key space      # SIM tray
    for _ in $(seq 7); do xdotool key Return; done; xdotool key space       # consent
    # Back to the top: the wheel over the gap between the boxes (over a list it would pick)
    xdotool mousemove 614 300 click 4 click 4 click 4 click 4 click 4 click 4
    shot "intake-filled-$L.png"

    # The window closes mid-intake; the same clerk gets the draft offered back.
    quit
    start "$L" "$STORE" clerk
    nav 1
    shot "intake-draft-$L.png"
    xdotool key Return                          # Restore
    sleep 0.5
    xdotool key ctrl+s
    sleep 1
    NUMBER_SAVED=$(sqlite3 "$STORE" "SELECT number FROM tickets ORDER BY rid DESC LIMIT 1")

    # The ticket: the status box starts on "choose", closing asks for a reason and a yes.
    nav 0
    click 400 61; xdotool type --delay 20 "$NUMBER_SAVED"; xdotool key Return; sleep 1
    click "$STATUS_X" "$STATUS_Y"
    shot "ticket-status-$L.png"
    xdotool key Down Return
    click "$NOTE_X" "$STATUS_Y"; xdotool type --delay 100 "$REASON"; sleep 0.8
    click "$MOVE_X" "$STATUS_Y"
    shot "ticket-cancel-$L.png"
    xdotool key Return                          # the default: keep it open

    # Pickup by the last four digits of the customer's phone.
    LAST4=$(sqlite3 "$STORE" "SELECT substr(c.phone, -4) FROM tickets t JOIN customers c ON \
        c.id = t.customer_id WHERE t.status = 'ready' ORDER BY t.rid DESC LIMIT 1")
    nav 4
    xdotool type --delay 40 "$LAST4"; xdotool key Return
    shot "pickup-search-$L.png"

    # The technician: lines added, then liquid found.
    click "$LOGOUT_X" "$BOTTOM_Y"; sleep 1
    login tech1
    nav 2
    click 700 61; xdotool type --delay 20 "$NUMBER_SAVED"; xdotool key Return; sleep 1
    click 520 "$FINDINGS_Y"; xdotool type --delay 100 "$FINDINGS"; sleep 0.8
    click 240 "$CODE_Y"                         # no sound, one-way audio
    # The price list by keyboard: open and close it on the first entry, then Down to one.
    click "$PRICE_X" "$PRICE_Y"; xdotool key Escape
    xdotool key Down; click "$ADD_X" "$PRICE_Y"              # the microphone
    click "$PRICE_X" "$PRICE_Y"; xdotool key Escape
    xdotool key Down Down; click "$ADD_X" "$PRICE_Y"         # labour
    shot "diagnosis-lines-$L.png"
    click 237 "$LIQUID_Y"                       # liquid found
    shot "diagnosis-damage-$L.png"
    quit
done
