# Sourced by the examples' tests (python, go, typescript, java), after
# server_harness.sh: checks what an example's change-feed consumer printed.
#   check_conversion_events OUTPUT
# OUTPUT is the example's output. Each example watches the feed from just
# before its ConvertLead and, after the "converted account=A contact=C
# opportunity=O" line, prints the events it saw, one "event SEQUENCE TYPE
# RESOURCE" line each. Being the server's only client, it must see exactly
# the conversion's four events, with consecutive sequences and the lead's
# LEAD_CONVERTED last:
#   event N   ACCOUNT_CREATED A
#   event N+1 CONTACT_CREATED C
#   event N+2 OPPORTUNITY_CREATED O
#   event N+3 LEAD_CONVERTED L      (L from the "created L status=..." line)

check_conversion_events() {
  local out=$1 lead account="" contact="" opportunity="" converted sequence expected
  lead=$(sed -n 's|^created \(leads/[^ ]*\) .*|\1|p' "$out")
  read -r account contact opportunity < <(sed -n \
    's|^converted account=\([^ ]*\) contact=\([^ ]*\) opportunity=\([^ ]*\)$|\1 \2 \3|p' "$out") || true
  [[ -n $lead && -n $account && -n $contact && -n $opportunity ]] ||
    { cat "$out"; fail "no created or converted line to check the change feed's events against"; }
  converted=$(grep -xE "event [0-9]+ LEAD_CONVERTED $lead" "$out") ||
    { cat "$out"; fail "the example printed no line 'event N LEAD_CONVERTED $lead'"; }
  sequence=${converted#event }
  sequence=${sequence%% *}
  expected=$(printf '%s\n' \
    "event $((sequence - 3)) ACCOUNT_CREATED $account" \
    "event $((sequence - 2)) CONTACT_CREATED $contact" \
    "event $((sequence - 1)) OPPORTUNITY_CREATED $opportunity" \
    "$converted")
  if [[ $(grep '^event ' "$out") != "$expected" ]] ||
    [[ $(grep -A4 '^converted ' "$out" | tail -n +2) != "$expected" ]]; then
    cat "$out"
    fail "the change feed's events are not, right after the converted line, exactly:"$'\n'"$expected"
  fi
}
