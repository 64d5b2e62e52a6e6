#!/bin/sh
# For teeth/planted/how-01.cjs: runs the worker ("$CC_PLANT_NODE" "$@") as a child of this shell instead of
# in its place, passing on the signals that end it and ending the way it ended.
"$CC_PLANT_NODE" "$@" &
child=$!
for signal in TERM INT HUP; do trap "kill -$signal $child" "$signal"; done
while :; do
  wait "$child"
  status=$?
  kill -0 "$child" 2>/dev/null || break
done
trap - TERM INT HUP
if [ "$status" -gt 128 ]; then kill -"$((status - 128))" $$; fi
exit "$status"
