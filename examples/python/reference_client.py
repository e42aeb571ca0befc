#!/usr/bin/env python3
"""A careful client for H Company's Agents API and Skyvern, in plain Python (standard library only).

It does what the platforms' documentation says a client should do when a run fails, and is
judged by Faultline as a real process:

    npx faultline judge --provider hcompany -- python3 examples/python/reference_client.py

Faultline starts it once per scenario with FAULTLINE_BASE_URL, FAULTLINE_API_KEY,
FAULTLINE_REFRESHED_API_KEY (what a secrets manager would hand out on a refresh),
FAULTLINE_PROVIDER, FAULTLINE_SCENARIO, FAULTLINE_TASK (JSON) and FAULTLINE_RESULT (where to write
the outcome as JSON). Outside Faultline, point FAULTLINE_BASE_URL at the real platform.

What it does about failures (seed 000 "Handling failures", seed 001 "Error Handling"):
- a connection lost while starting a run: start it again with the same Idempotency-Key, so the
  platform never runs the task twice; other network errors, 5xx and 429: retry with exponential
  backoff (0.5 s x 1.5^n, capped at 20 s, plus up to 25 % jitter), never sooner than Retry-After;
- H `environment_error` and Skyvern `failed`: retry as is (the platform gives each run a fresh
  browser); `no_answer` / `timeout` / `timed_out`: retry with twice the budget;
  `internal` and unknown codes: retry once;
- a site in maintenance: wait at least a minute; a site rate limiting us: retry from another
  proxy location (Skyvern);
- a login wall or a refused API key: retry once with refreshed credentials, then hand over to
  whoever owns them; an answer that does not fit the schema: retry once with a looser schema (seed
  000: "Simplify the schema, or loosen required fields"), then hand over for review;
- captcha, a missing permission, an unknown obstacle: hand over to a human; a partial or unchecked
  outcome, or an empty answer: hand over for review;
- infeasible, not found, canceled, forbidden, invalid request: give up, never retry.
"""
import email.utils
import http.client
import json
import os
import random
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

BACKOFF_FIRST_S, BACKOFF_GROWTH, BACKOFF_CAP_S, JITTER = 0.5, 1.5, 20.0, 0.25
MAX_ATTEMPTS, MAX_TOTAL_WAIT_S = 11, 3 * 3600
SKYVERN_TERMINAL = {"completed", "failed", "terminated", "timed_out", "canceled"}
H_TERMINAL = {"completed", "failed", "timed_out", "interrupted"}
SKYVERN_POLL_S = 5
# Skyvern picks a run's proxy by location (RESIDENTIAL unless told): the ones to move to.
PROXY_LOCATIONS = ["RESIDENTIAL_ISP", "US-CA", "US-NY", "US-TX"]


class Failure(Exception):
    """A run that did not give a usable answer: what kind, and what the platform said about waiting."""

    def __init__(self, kind, detail, retry_after_s=None, lost=False):
        super().__init__(f"{kind}: {detail}")
        self.kind, self.detail, self.retry_after_s, self.lost = kind, detail, retry_after_s, lost


class Done(Exception):
    """The run ended and the client has its outcome."""

    def __init__(self, result):
        super().__init__(result["outcome"])
        self.result = result


# --- HTTP ---------------------------------------------------------------------------------------


def request(method, url, headers, body=None, create=False):
    """One HTTP call: the JSON object it answered, or a Failure that says why there is none."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"content-type": "application/json", **headers})
    try:
        with urllib.request.urlopen(req, timeout=120) as response:
            if response.status == 204:
                return {}  # nothing new (a long-poll that waited in vain)
            raw = response.read()
    except urllib.error.HTTPError as error:
        raise http_failure(error.code, error.headers, error.read()) from None
    except (urllib.error.URLError, ConnectionError, http.client.HTTPException, TimeoutError) as error:
        # A create whose answer never came may have started the run: resend it with the same key.
        raise Failure(transport_kind(error), f"{method} {url}: {error}", lost=create) from None
    try:
        value = json.loads(raw)
    except ValueError:
        raise Failure("malformed", f"{method} {url} answered a body that is not JSON: {raw[:80]!r}") from None
    if not isinstance(value, dict):
        raise Failure("malformed", f"{method} {url} answered {type(value).__name__}, not an object")
    return value


def transport_kind(error):
    """Which network failure it was: each kind has its own retries."""
    reason = getattr(error, "reason", error)
    if isinstance(reason, ConnectionRefusedError):
        return "refused"
    if isinstance(reason, TimeoutError):
        return "timed_out"
    return "reset"


def http_failure(status, headers, raw):
    """What an HTTP error status means (the body of these platforms adds no machine-readable code)."""
    text = raw.decode("utf-8", "replace")
    wait = retry_after_s(headers.get("retry-after"))
    if status == 401:
        return Failure("login", f"the API key was refused: {text[:200]}")
    if status == 402:
        return Failure("quota", text)
    if status in (400, 403, 404, 413, 422) or (400 <= status < 500 and status not in (408, 409, 429)):
        return Failure("refused", f"HTTP {status}: {text[:200]}")
    if status == 409:
        return Failure("in_flight", text, wait)
    if status == 429:
        return Failure("too_many", f"HTTP {status}", wait)
    if status in (408, 503):
        return Failure("overloaded", f"HTTP {status}", wait)
    if status in (502, 504):
        return Failure("upstream", f"HTTP {status}", wait)
    return Failure("internal", f"HTTP {status}", wait)


def retry_after_s(value):
    """Retry-After as seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


# --- Answers ------------------------------------------------------------------------------------


def check_answer(answer, schema):
    """Accepts an answer only if it is there and fits the task's JSON schema (the keywords the tasks use)."""
    if answer in (None, "", {}, []):
        raise Done(escalated("review", "the run completed without an answer"))
    problem = schema_problem(answer, schema) if schema else None
    if problem:
        raise Failure("off_schema", f"the answer does not fit the schema: {problem}")
    raise Done({"outcome": "accepted", "answer": answer})


def schema_problem(value, schema, path="answer"):
    kinds = {"object": dict, "array": list, "string": str, "boolean": bool}
    expected = schema.get("type")
    if expected in ("number", "integer"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (expected == "integer" and value != int(value)):
            return f"{path} is not a {expected}"
    elif expected in kinds and not isinstance(value, kinds[expected]):
        return f"{path} is not a{'n' if expected in ('object', 'array') else ''} {expected}"
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        return f"{path} is shorter than {schema['minLength']}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{path} is not one of {schema['enum']}"
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                return f"{path}.{name} is missing"
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                problem = schema_problem(item, properties[name], f"{path}.{name}")
                if problem:
                    return problem
            elif schema.get("additionalProperties") is False:
                return f"{path}.{name} is not allowed"
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            problem = schema_problem(item, schema["items"], f"{path}[{index}]")
            if problem:
                return problem
    return None


def loosened(schema):
    """The schema with its constraints dropped (types kept): no required fields, extra fields allowed."""
    if not isinstance(schema, dict):
        return schema
    looser = {k: v for k, v in schema.items() if k not in ("required", "additionalProperties", "minLength", "enum")}
    if isinstance(looser.get("properties"), dict):
        looser["properties"] = {name: loosened(item) for name, item in looser["properties"].items()}
    return looser


def escalated(to, reason):
    return {"outcome": "escalated", "to": to, "reason": reason}


def gave_up(reason):
    return {"outcome": "gave_up", "reason": reason}


# --- Platforms ----------------------------------------------------------------------------------


def run_hcompany(base, key, task, run):
    """H Company: create a session, follow its `changes` long-poll to the end (seed 000)."""
    headers = {"authorization": f"Bearer {key}"}
    body = {
        "agent": "h/web-surfer-flash",
        "messages": [{"type": "user_message", "message": task["prompt"]}],
        "max_steps": run["max_steps"],
        "max_time_s": run["max_time_s"],
    }
    if run["schema"]:
        body["answer_format"] = run["schema"]
    sessions = f"{base}/api/v2/sessions"
    session = request("POST", sessions, {**headers, "idempotency-key": run["key"]}, body, create=True)
    # Each answer of `changes` holds the events after `from_index`, and the end once there is one.
    from_index, changes = 0, {}
    while changes.get("status") not in H_TERMINAL:
        changes = request("GET", f"{sessions}/{session['id']}/changes?from_index={from_index}&wait_for_seconds=30", headers)
        from_index += len(changes.get("new_events") or [])
    status, code, outcome = changes["status"], changes.get("error_code"), changes.get("outcome")
    if status == "completed":
        if outcome == "success":
            check_answer(changes.get("answer"), run["schema"])
        if outcome == "infeasible":
            raise Done(gave_up("the agent says the task cannot be done"))
        if outcome == "blocked":
            raise Done(blocked_by(f"{changes.get('answer') or ''} {changes.get('error') or ''}"))
        raise Done(escalated("review", f"the agent reported outcome {outcome!r}: inspect before trusting"))
    if code == "environment_error":
        raise Failure("crashed", changes.get("error") or code)
    if code in ("no_answer", "timeout") or (status == "timed_out" and not code):
        raise Failure("out_of_budget", changes.get("error") or status)
    if code == "answer_validation":
        raise Failure("off_schema", "no answer matched the answer format")
    raise Failure("internal", f"{status} {code or '(no code)'}: {changes.get('error')}")


def blocked_by(text):
    """Who can clear an obstacle the agent names (seed 000: login wall, captcha, missing permissions)."""
    if re.search(r"captcha|not a robot", text, re.I):
        return escalated("human", "a captcha blocked the agent")
    if re.search(r"\blog(ged)?[ -]?in\b|\bsign(ed)?[ -]?in\b|credential|password|authenticat", text, re.I):
        raise Failure("login", "a login wall blocked the agent")
    return escalated("human", f"the agent was blocked: {text.strip() or 'no detail'}")


SKYVERN_CODES = {
    "login_failed": "login", "mfa_required": "login", "session_expired": "login",
    "captcha_required": "captcha", "captcha_blocked": "captcha", "access_denied": "human",
    "not_found": "not_found", "maintenance": "maintenance", "rate_limited": "site_rate_limited", "timeout": "out_of_budget",
}


def run_skyvern(base, key, task, run):
    """Skyvern: run a task, poll get_run until a terminal status (seed 001), branch on the error code."""
    headers = {"x-api-key": key}
    body = {"prompt": task["prompt"], "max_steps": run["max_steps"]}
    if run["schema"]:
        body["data_extraction_schema"] = run["schema"]
    if run["proxy_location"]:
        body["proxy_location"] = run["proxy_location"]
    result = request("POST", f"{base}/v1/run/tasks", {**headers, "idempotency-key": run["key"]}, body, create=True)
    while result.get("status") not in SKYVERN_TERMINAL:
        time.sleep(SKYVERN_POLL_S)
        result = request("GET", f"{base}/v1/runs/{result['run_id']}", headers)
    status, output = result["status"], result.get("output")
    code = output.get("error") if isinstance(output, dict) else None
    if not code:
        code = next((e.get("error_code") for e in result.get("errors") or [] if isinstance(e, dict) and e.get("error_code")), None)
    reason = result.get("failure_reason") or status
    if status == "completed" and not code:
        check_answer(output, run["schema"])
    meaning = SKYVERN_CODES.get(code)
    if meaning == "login":
        raise Failure("login", f"{code}: {reason}")
    if meaning == "captcha":
        raise Done(escalated("human", f"{code}: a captcha needs a person"))
    if meaning == "human":
        raise Done(escalated("human", f"{code}: {reason}"))
    if meaning == "not_found":
        raise Done(gave_up(f"not found: {reason}"))
    if meaning in ("maintenance", "site_rate_limited", "out_of_budget"):
        raise Failure(meaning, reason)
    # No code, or a code of our own mapping: what the status means (seed 001, "failed vs terminated").
    if status == "failed":
        raise Failure("crashed", reason)
    if status == "timed_out":
        raise Failure("out_of_budget", reason)
    raise Done(gave_up(f"run {status}{f' ({code})' if code else ''}: {reason}"))


# --- Recovery -----------------------------------------------------------------------------------

# kind → (retries allowed, how to wait, what to change), then what to do once they are spent.
PLAN = {
    "refused": (3, "backoff", None, "the platform kept refusing connections"),
    "reset": (3, "backoff", None, "the platform kept dropping connections"),
    "timed_out": (3, "backoff", None, "the platform kept timing out"),
    "malformed": (3, "backoff", None, "the platform kept answering garbage"),
    "overloaded": (3, "backoff", None, "the platform stayed overloaded"),
    "too_many": (3, "backoff", None, "the platform kept refusing too many requests or runs"),
    "in_flight": (3, "backoff", None, "the request stayed in flight"),
    "upstream": (3, "backoff", None, "the platform's upstream kept failing"),
    "crashed": (3, "backoff", None, "the browser environment kept failing"),
    "internal": (1, "backoff", None, "the platform failed twice; contact support"),
    "out_of_budget": (2, "backoff", "raise_budget", "out of budget even with a raised budget"),
    "maintenance": (3, "long", None, "the site stays in maintenance"),
    "site_rate_limited": (3, "backoff", "new_proxy", "the site keeps rate limiting us"),
    "login": (1, "backoff", "refresh_credentials", None),
    "off_schema": (1, "backoff", "simplify_schema", None),
}
# What to hand over to once the retries of a kind are spent, when giving up is not the answer.
HAND_OVER = {"login": ("credentials", "the credentials were refused again after a refresh"), "off_schema": ("review", "the answer does not fit even a looser schema")}


def decide(failure, retries_of_kind, streak):
    """How long to wait before the next attempt and what to change, or the outcome when retrying is over."""
    if failure.kind == "quota":
        return escalated("human", "the account's quota is spent")
    if failure.kind == "refused":
        return gave_up(f"the platform refused the request: {failure.detail}")
    allowed, wait, change, spent = PLAN[failure.kind]
    if change == "refresh_credentials" and not os.environ.get("FAULTLINE_REFRESHED_API_KEY"):
        allowed = 0  # nowhere to get fresh credentials from: hand over at once
    if retries_of_kind >= allowed:
        return escalated(*HAND_OVER[failure.kind]) if failure.kind in HAND_OVER else gave_up(spent)
    backoff = min(BACKOFF_CAP_S, BACKOFF_FIRST_S * BACKOFF_GROWTH ** streak) * (1 + JITTER * random.random())
    delay = max(60.0, failure.retry_after_s or 0) + backoff if wait == "long" else max(failure.retry_after_s or 0, backoff)
    return {"delay_s": delay, "change": change}


def main():
    env = os.environ
    base, key, provider = env["FAULTLINE_BASE_URL"].rstrip("/"), env["FAULTLINE_API_KEY"], env["FAULTLINE_PROVIDER"]
    task = json.loads(env["FAULTLINE_TASK"])
    platform = {"hcompany": run_hcompany, "skyvern": run_skyvern}.get(provider)
    if platform is None:
        return write(gave_up(f"this client does not speak {provider}"))
    budget = task["budget"]
    # What the next run sends: it changes when a retry asks for a change.
    run = {"key": str(uuid.uuid4()), "max_steps": budget["maxSteps"], "max_time_s": budget["maxTimeS"], "proxy_location": None, "schema": task.get("answerSchema")}
    retries, streak, waited = {}, 0, 0.0
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            platform(base, key, task, run)
        except Done as done:
            return write(done.result)
        except Failure as failure:
            if attempt == MAX_ATTEMPTS:
                return write(gave_up(f"{attempt} attempts failed; the last: {failure}"))
            decision = decide(failure, retries.get(failure.kind, 0), streak)
            if "outcome" in decision:
                return write(decision)
            if waited + decision["delay_s"] > MAX_TOTAL_WAIT_S:
                return write(gave_up(f"would wait more than {MAX_TOTAL_WAIT_S} s in all"))
            log(f"attempt {attempt}: {failure}; retrying in {decision['delay_s']:.2f} s")
            time.sleep(decision["delay_s"])
            retries[failure.kind] = retries.get(failure.kind, 0) + 1
            streak, waited = streak + 1, waited + decision["delay_s"]
            # Same key when the answer was lost or the first request is still in flight; else a new run.
            if not (failure.lost or failure.kind == "in_flight"):
                run["key"] = str(uuid.uuid4())
            if decision["change"] == "raise_budget":
                run["max_steps"], run["max_time_s"] = run["max_steps"] * 2, run["max_time_s"] * 2
            if decision["change"] == "new_proxy":
                run["proxy_location"] = next(p for p in PROXY_LOCATIONS if p != run["proxy_location"])
            if decision["change"] == "refresh_credentials":
                key = env["FAULTLINE_REFRESHED_API_KEY"]
            if decision["change"] == "simplify_schema":
                run["schema"] = loosened(run["schema"])
    return write(gave_up("out of attempts"))


def write(result):
    with open(os.environ["FAULTLINE_RESULT"], "w", encoding="utf-8") as out:
        json.dump(result, out)
    log(f"result: {result['outcome']}")
    return 0


def log(line):
    print(f"reference_client: {line}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
