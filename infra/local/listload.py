#!/usr/bin/env python3
"""Offers a fixed rate of GET requests to paths of the running local stack's projects service and prints latency
p50/p99 per path, measured from each request's planned send time (so queueing counts). Reads as the machine client.

Usage: python3 infra/local/listload.py [--rate 200] [--seconds 10] path...
  e.g. python3 infra/local/listload.py /livez "/api/projects?sort=title&size=20"
"""
import argparse
import json
import queue
import threading
import time
import urllib.parse
import urllib.request

BASE = "http://localhost:8081"
TOKEN_URL = "http://localhost:9000/oauth2/token"


def token():
    body = urllib.parse.urlencode({"grant_type": "client_credentials"}).encode()
    request = urllib.request.Request(TOKEN_URL, data=body, headers={
        "Authorization": "Basic " + __import__("base64").b64encode(b"msh-cli:msh-cli-secret").decode()})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["access_token"]


def measure(path, rate, seconds, bearer):
    due_times = queue.Queue()
    latencies, failures, lock = [], [0], threading.Lock()

    def worker():
        while (due := due_times.get()) is not None:
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            try:
                request = urllib.request.Request(BASE + path, headers={"Authorization": "Bearer " + bearer})
                with urllib.request.urlopen(request, timeout=60) as response:
                    response.read()
                with lock:
                    latencies.append((time.perf_counter() - due) * 1000)
            except Exception:  # a refused or failed request is counted, not timed
                with lock:
                    failures[0] += 1

    workers = [threading.Thread(target=worker) for _ in range(32)]
    for w in workers:
        w.start()
    start = time.perf_counter() + 0.2
    for i in range(rate * seconds):
        due_times.put(start + i / rate)
    for _ in workers:
        due_times.put(None)
    for w in workers:
        w.join()
    latencies.sort()
    n = len(latencies)
    if n == 0:
        print(f"{path}: all {failures[0]} requests failed")
        return
    print(f"{path}: {n} answered, {failures[0]} failed, p50 {latencies[n // 2]:.1f} ms, "
          f"p99 {latencies[min(n - 1, int(n * 0.99))]:.1f} ms at {rate}/s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("paths", nargs="+")
    arguments = parser.parse_args()
    for path in arguments.paths:
        measure(path, arguments.rate, arguments.seconds, token())  # a fresh token per path: they live 5 minutes


if __name__ == "__main__":
    main()
