#!/usr/bin/env python3
"""Load test of `ntm serve` on the synthetic national dataset with wrk (Debian's package).

Builds nothing: pass a release `ntm` (swift build -c release --product ntm). Creates the national store
once (63 provinces, 8,883 xã, four dates) under .build/bench-web/, starts the server, signs in, then runs
wrk with 64 connections on: a province overview page, the national overview page and the summary API.
Then a mixed load: wrk on the province overview while another client keeps asking for national summaries of
dates no cache holds (each one builds a national roll-up, ≈35 ms of work); the overview's p99 shows whether
requests queue behind that work. Finally it changes one approved value through the API and checks the very
next summary shows it.

Usage: scripts/bench-web.py [--ntm .build/release/ntm] [--duration 20] [--connections 64]
"""
import argparse
import datetime
import json
import threading
import os
import re
import subprocess
import sys
import time
import urllib.request

PASSWORD = "tai-thu-quoc-gia-2019"
DATE = "2019-06-30"


def run(command, **kwargs):
    return subprocess.run(command, check=True, text=True, capture_output=True, **kwargs)


def request(base, path, cookie=None, csrf=None, body=None, method=None):
    headers = {"Content-Type": "application/json"}
    if cookie:
        headers["Cookie"] = cookie
    if csrf:
        headers["X-CSRF-Token"] = csrf
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, headers=headers, method=method or ("POST" if data else "GET"))
    with urllib.request.urlopen(req, timeout=60) as response:
        return response, json.load(response)


def wrk(url, cookie, duration, connections, threads):
    output = run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--latency",
                  "-H", f"Cookie: {cookie}", url]).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = {}
    for label, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE):
        percentiles[label] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, percentiles, int(errors.group(1)) if errors else 0, output


def main():
    parser = argparse.ArgumentParser()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    parser.add_argument("--ntm", default=os.path.join(root, ".build", "release", "ntm"))
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=8094)
    args = parser.parse_args()

    directory = os.path.join(root, ".build", "bench-web")
    os.makedirs(directory, exist_ok=True)
    store = os.path.join(directory, "national.sqlite")
    if not os.path.exists(store):
        print("creating the national store (once)…", flush=True)
        started = time.time()
        print(run([args.ntm, "demo", "national", "--database", store]).stdout.strip())
        env = dict(os.environ, NTM_PASSWORD=PASSWORD)
        run([args.ntm, "user", "add", "bench", "--role", "office", "--database", store], env=env)
        print(f"  took {time.time() - started:.0f} s")

    server = subprocess.Popen([args.ntm, "serve", "--database", store, "--date", DATE, "--port", str(args.port),
                               "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{args.port}"
    try:
        started = time.time()
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/health", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    raise SystemExit("ntm serve exited: " + server.stderr.read())
                time.sleep(0.1)
        print(f"server up in {time.time() - started:.1f} s (national store loaded into the engine)")
        response, session = request(base, "/api/v1/session", body={"username": "bench", "password": PASSWORD})
        cookie = response.headers["Set-Cookie"].split(";")[0]
        csrf = session["csrfToken"]

        targets = [
            ("province overview page (/?scope=unit:P1)", f"/?scope=unit:P1&date={DATE}"),
            ("national overview page (/)", f"/?date={DATE}"),
            ("summary API, nation (/api/v1/summary?communes=false)", f"/api/v1/summary?scope=all&date={DATE}&communes=false"),
        ]
        for _, path in targets:  # the first request builds each live summary; wrk measures the steady state
            urllib.request.urlopen(urllib.request.Request(base + path, headers={"Cookie": cookie}), timeout=60).read()
        print(f"wrk: {args.threads} threads, {args.connections} connections, {args.duration} s each; targets p99 < 50 ms, ≥ 2,000 requests/s")
        for name, path in targets:
            rps, p, errors, _ = wrk(base + path, cookie, args.duration, args.connections, args.threads)
            print(f"  {name}: {rps:,.0f} requests/s ({rps / 2000:.1f}× the target); latency p50 {p.get('50', 0):.2f} ms, "
                  f"p90 {p.get('90', 0):.2f} ms, p99 {p.get('99', 0):.2f} ms ({p.get('99', 0) / 50:.2f}× the budget)"
                  + (f"; {errors} non-2xx responses" if errors else ""))

        # Mixed load: summaries that miss every cache while the overview page is served.
        stop = threading.Event()
        misses = []

        def cold_summaries():
            day = datetime.date(2019, 1, 1)
            while not stop.is_set():
                day += datetime.timedelta(days=1)
                started = time.time()
                urllib.request.urlopen(urllib.request.Request(
                    base + f"/api/v1/summary?scope=all&date={day.isoformat()}&communes=false", headers={"Cookie": cookie}), timeout=60).read()
                misses.append(time.time() - started)

        miss_thread = threading.Thread(target=cold_summaries, daemon=True)
        miss_thread.start()
        name, path = targets[0]
        rps, p, errors, _ = wrk(base + path, cookie, args.duration, args.connections, args.threads)
        stop.set()
        miss_thread.join(timeout=60)
        misses.sort()
        print(f"  mixed load — {name} while {len(misses)} uncached national summaries were built "
              f"(median {misses[len(misses) // 2] * 1000 if misses else 0:.0f} ms each): {rps:,.0f} requests/s; "
              f"latency p50 {p.get('50', 0):.2f} ms, p99 {p.get('99', 0):.2f} ms ({p.get('99', 0) / 50:.2f}× the budget)"
              + (f"; {errors} non-2xx responses" if errors else ""))

        # One approved value changes; the very next request must show it.
        summary_path = f"/api/v1/summary?scope=all&date={DATE}&communes=false"
        _, before = request(base, summary_path, cookie)
        commune = "P1C1"
        _, evaluation = request(base, f"/api/v1/evaluations/{commune}?date={DATE}", cookie)
        criterion, indicator = next((c, i) for c in evaluation["criteria"] if c["status"] == "met"
                                    for i in c["indicators"] if i.get("kind") == "pass-fail" and i["status"]["status"] == "met")
        slot = {"unit": commune, "criteriaSet": evaluation["criteriaSet"], "indicator": indicator["code"], "date": DATE}
        _, history = request(base, "/api/v1/observations/history?" + "&".join(f"{k}={v}" for k, v in slot.items()), cookie)
        revision = history[-1]["revision"] if history else 0
        timings = []
        for action in (["reopen"] if revision else []) + [None, "submit", "verify", "approve"]:
            started = time.time()
            if action is None:
                request(base, "/api/v1/observations", cookie, csrf,
                        {"changes": [dict(slot, value={"type": "pass-fail", "met": False}, expectedRevision=revision)]})
            else:
                body = dict(slot, action=action, expectedRevision=revision)
                if action == "reopen":
                    body["comment"] = "benchmark"
                request(base, "/api/v1/reviews", cookie, csrf, {"reviews": [body]})
            timings.append(time.time() - started)
            revision += 1
        started = time.time()
        _, after = request(base, summary_path, cookie)
        first = (time.time() - started) * 1000
        number = criterion["number"]
        was = next(c["communesMeeting"] for c in before["criteria"] if c["number"] == number)
        now = next(c["communesMeeting"] for c in after["criteria"] if c["number"] == number)
        if now != was - 1:
            raise SystemExit(f"after the write, criterion {number} shows {now} communes, expected {was - 1}")
        print(f"  after a write and its approval ({sum(timings) * 1000:.0f} ms for the five API calls), the very next summary "
              f"request showed criterion {number} at {now} communes (was {was}), answered in {first:.1f} ms")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
