"""Runs a command and names the processes it leaves behind (Linux, Python 3 standard library).

usage: python3 left-behind.py <grace seconds> <command> [args...]

This process becomes a child subreaper (prctl PR_SET_CHILD_SUBREAPER), so every process the
command starts that outlives its parent -- a browser, a server, a proxy, a worker -- is handed to
it rather than to init. Once the command exits, it waits up to the grace period for them to exit
too (a browser that was just closed takes a moment), then prints one last line to stderr,
`left behind: [...]` (a JSON list of "pid name"), kills what is left and exits with the command's
status. It ignores SIGINT itself, so a Ctrl-C sent to the process group reaches the command alone.
Only the command's own descendants count: other programs on the machine never do.
"""

import ctypes
import json
import os
import signal
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def children():
    """This process's live children (zombies are reaped on the way)."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                break
        except ChildProcessError:
            break
    found = []
    for tid in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{tid}/children") as f:
            found += [int(pid) for pid in f.read().split()]
    return found


def name(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f"{pid} {f.read().strip()}"
    except OSError:
        return str(pid)


def main():
    grace, command = float(sys.argv[1]), sys.argv[2:]
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit(f"left-behind.py: prctl(PR_SET_CHILD_SUBREAPER) failed (errno {ctypes.get_errno()})")
    run = subprocess.Popen(command, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    status = run.wait()
    deadline = time.monotonic() + grace
    left = children()
    while left and time.monotonic() < deadline:
        time.sleep(0.25)
        left = children()
    names = [name(pid) for pid in left]
    for _ in range(8):  # what is killed may hand its own children to this process
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.1)
        left = children()
    print(f"left behind: {json.dumps(names)}", file=sys.stderr)
    sys.exit(status if status >= 0 else 128 - status)


main()
