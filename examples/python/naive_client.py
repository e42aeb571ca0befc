#!/usr/bin/env python3
"""A naive client for H Company's Agents API and Skyvern (standard library only): the retry loop
many first versions have. Faultline catches it:

    npx faultline judge --provider hcompany -- python3 examples/python/naive_client.py

Its bugs, each a scenario that fails by name:
- it retries at once whatever went wrong, ignoring Retry-After (hcompany/rate-limited-retry-after-30-thrice);
- every attempt gets a new Idempotency-Key, so a create whose answer was lost is run twice
  (hcompany/create-answer-lost, skyvern/create-answer-lost);
- it retries what no retry can fix, a captcha included (skyvern/captcha-in-errors).
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request
import uuid

MAX_ATTEMPTS = 5


def call(method, url, headers, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"content-type": "application/json", **headers})
    with urllib.request.urlopen(req, timeout=120) as response:
        return json.loads(response.read())


def run_hcompany(base, key, task):
    headers = {"authorization": f"Bearer {key}"}
    body = {"agent": "h/web-surfer-flash", "messages": [{"type": "user_message", "message": task["prompt"]}], "answer_format": task.get("answerSchema")}
    session = call("POST", f"{base}/api/v2/sessions", {**headers, "idempotency-key": str(uuid.uuid4())}, body)
    while session["status"]["status"] not in ("completed", "failed", "timed_out", "interrupted"):
        time.sleep(5)
        session = call("GET", f"{base}/api/v2/sessions/{session['id']}", headers)
    return session["latest_answer"] if session["status"]["outcome"] == "success" else None


def run_skyvern(base, key, task):
    headers = {"x-api-key": key}
    body = {"prompt": task["prompt"], "data_extraction_schema": task.get("answerSchema")}
    run = call("POST", f"{base}/v1/run/tasks", {**headers, "idempotency-key": str(uuid.uuid4())}, body)
    while run["status"] not in ("completed", "failed", "terminated", "timed_out", "canceled"):
        time.sleep(5)
        run = call("GET", f"{base}/v1/runs/{run['run_id']}", headers)
    return run.get("output") if run["status"] == "completed" else None


def main():
    env = os.environ
    base, key, task = env["FAULTLINE_BASE_URL"], env["FAULTLINE_API_KEY"], json.loads(env["FAULTLINE_TASK"])
    platform = {"hcompany": run_hcompany, "skyvern": run_skyvern}[env["FAULTLINE_PROVIDER"]]
    result = {"outcome": "gave_up", "reason": f"{MAX_ATTEMPTS} attempts failed"}
    for _ in range(MAX_ATTEMPTS):
        try:
            answer = platform(base, key, task)
        except (urllib.error.URLError, ConnectionError, ValueError, KeyError, OSError):
            continue  # whatever it was, try again right away
        if answer:
            result = {"outcome": "accepted", "answer": answer}
            break
    with open(env["FAULTLINE_RESULT"], "w", encoding="utf-8") as out:
        json.dump(result, out)


if __name__ == "__main__":
    main()
