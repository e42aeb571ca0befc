#!/bin/sh
# A client for a JSON agent API that answers errors as RFC 9457 problem documents (seed 003), in
# POSIX sh with curl and awk: one `POST /v1/tasks` with an Idempotency-Key, retried the way the
# answer says. Judged by Faultline as a real process:
#
#   npx faultline judge --provider problem -- sh examples/shell/problem_client.sh
#
# It reads FAULTLINE_BASE_URL, FAULTLINE_API_KEY and FAULTLINE_TASK and writes its outcome as JSON
# to FAULTLINE_RESULT. What it does:
# - no answer (connection refused, reset or timed out): resend with the same Idempotency-Key;
# - 408, 429, 502, 503, 504: retry, never sooner than Retry-After or `retry_after_ms`;
#   `is_retriable: false` is obeyed; 500: retry once;
# - every retry waits with one exponential backoff, whatever failed: 1 s, 2 s, 4 s … capped at
#   20 s, plus up to 25 % jitter; each kind of failure is retried at most 3 times;
# - 409 for a request still in flight or a run in the wrong state: wait, retry with the same key;
#   409 for a cancelled run: give up;
# - 401 or a suggestion to authenticate: hand over to whoever owns the credentials; 402: to a
#   human; any other 4xx: give up; a 2xx that is not the task's answer (HTML, cut-off JSON): retry.
set -u

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
new_key() { echo "idem-$$-$1"; }

# The request body from the task (prompt and budget are flat fields: no JSON parser needed).
body=$(printf '%s' "$FAULTLINE_TASK" | awk '{
  match($0, /"prompt" *: *"[^"]*"/); prompt = substr($0, RSTART, RLENGTH); sub(/^"prompt" *: */, "", prompt)
  match($0, /"maxSteps" *: *[0-9]+/); steps = substr($0, RSTART, RLENGTH); sub(/.*: */, "", steps)
  match($0, /"maxTimeS" *: *[0-9]+/); secs = substr($0, RSTART, RLENGTH); sub(/.*: */, "", secs)
  printf "{\"prompt\":%s,\"max_steps\":%s,\"max_time_s\":%s}", prompt, steps, secs }')

# What to do about one answer, decided in one awk run over the retries so far (one line each: its
# kind), the headers and the body: prints `accept`, `retry <seconds> <same|new> <kind>`,
# `gave_up <reason>` or `escalate <to> <reason>`.
decide='
  FILENAME ~ /retries$/ { count[$1]++; next }
  FILENAME ~ /headers$/ { if (tolower($0) ~ /^retry-after: *[0-9]+/) { split($0, h, ":"); after_s = h[2] + 0 } next }
  { text = text $0 "\n" }
  function member(name,   m) {
    if (!match(text, "\"" name "\" *: *\"?[^\",}]*")) return ""
    m = substr(text, RSTART, RLENGTH); sub(/^"[^"]*" *: *"?/, "", m); return m
  }
  function retry(kind, limit, key, why,   delay, ms) {
    if (count[kind] >= limit) { print "gave_up " why; exit }
    delay = 2 ^ streak; if (delay > 20) delay = 20; delay *= 1 + 0.25 * rand()
    ms = member("retry_after_ms") / 1000
    if (after_s > delay) delay = after_s; if (ms > delay) delay = ms
    printf "retry %.3f %s %s\n", delay, key, kind; exit
  }
  END {
    srand(seed)
    if (rc == 7) retry("refused", 3, "same", "the platform kept refusing connections")
    if (rc == 28) retry("timed-out", 3, "same", "the platform kept timing out")
    if (rc != 0) retry("reset", 3, "same", "the platform kept dropping connections")
    kind = member("type"); sub(/.*\//, "", kind); retriable = member("is_retriable")
    if (status ~ /^2/) {
      if (text ~ /"product" *: *"[^"]/ && text ~ /"price" *: *[0-9]/ && text ~ /}[ \n]*$/) { print "accept"; exit }
      retry("garbled", 3, "new", "the answer kept coming back garbled")
    }
    if (status == 401 || text ~ /"authenticate"/) { print "escalate credentials the API key was refused"; exit }
    if (status == 402) { print "escalate human the quota is spent"; exit }
    if (status == 409 && kind ~ /cancel/) { print "gave_up the run was cancelled"; exit }
    if (status == 409) retry("in-flight", 3, "same", "still in flight or in the wrong state")
    if (retriable == "false") { print "gave_up HTTP " status " " kind ": not retriable"; exit }
    if (status ~ /^(408|429|502|503|504)$/) retry("http-" status, 3, "new", "HTTP " status " persisted")
    if (status ~ /^5/) retry("internal", 1, "new", "internal error repeated")
    print "gave_up HTTP " status " " kind ": the request was refused"
  }'

result() { printf '%s\n' "$1" > "$FAULTLINE_RESULT"; exit 0; }
attempt=1
key=$(new_key 1)
: > "$work/retries"
while :; do
  : > "$work/headers"; : > "$work/body"
  status=$(curl -sS -o "$work/body" -D "$work/headers" -w '%{http_code}' -X POST "${FAULTLINE_BASE_URL%/}/v1/tasks" \
    -H "authorization: Bearer $FAULTLINE_API_KEY" -H "idempotency-key: $key" -H 'content-type: application/json' \
    --data "$body" 2>/dev/null)
  rc=$?
  set -- $(awk -v rc="$rc" -v status="$status" -v streak=$((attempt - 1)) -v seed="$$$attempt" \
    "$decide" "$work/retries" "$work/headers" "$work/body")
  action=$1; shift
  case "$action" in
    accept) result "{\"outcome\":\"accepted\",\"answer\":$(cat "$work/body")}" ;;
    gave_up) result "{\"outcome\":\"gave_up\",\"reason\":\"$*\"}" ;;
    escalate) to=$1; shift; result "{\"outcome\":\"escalated\",\"to\":\"$to\",\"reason\":\"$*\"}" ;;
    retry)
      echo "$3" >> "$work/retries"
      attempt=$((attempt + 1))
      [ "$2" = new ] && key=$(new_key "$attempt")
      sleep "$1" ;;
  esac
done
