#!/usr/bin/env python3
"""Registers a burst of projects through the API of the running local stack and measures how long after the last
acknowledged registration the reporting read model counts them all.

Usage: python3 infra/local/burst.py [count] [threads]   (defaults 5000 and 8; the stack must be running)
"""
import concurrent.futures
import json
import subprocess
import sys
import time
import urllib.request
import uuid

PROJECTS = "http://localhost:8081/api/projects"
PHASES = "http://localhost:8085/api/reporting/portfolio/phases"


def call(url, token, body=None):
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def counted(token):
    return sum(p["count"] for p in json.loads(call(PHASES, token)[1])["phases"])


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    token = subprocess.run(["bash", "infra/local/login.sh", "steering"], check=True, capture_output=True,
                           text=True).stdout.strip()
    before = counted(token)
    run = uuid.uuid4().hex[:6].upper()

    def register(i):
        status, _ = call(PROJECTS, token, {"code": f"BURST-{run}-{i}", "title": f"Lastprobe {i}", "phase": "IDEA"})
        if status != 201:
            raise RuntimeError(f"registration {i} answered {status}")
        return time.monotonic()

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        last_ack = max(pool.map(register, range(count)))
    accepted = last_ack - start
    while counted(token) < before + count:
        if time.monotonic() - last_ack > 300:
            sys.exit(f"reporting did not count all {count} within 300 s")
        time.sleep(0.05)
    done = time.monotonic()
    print(f"burst: {count} registrations accepted in {accepted:.1f} s ({count / accepted:.0f}/s); "
          f"reporting counted all {done - last_ack:.2f} s after the last acknowledgment")


if __name__ == "__main__":
    main()
