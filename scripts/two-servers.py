#!/usr/bin/env python3
"""Two `ntm serve` processes on one PostgreSQL database, as a province runs them behind a reverse proxy.

Checks that a value entered and approved through one server counts in the other's official numbers within the
catch-up interval, that units imported by a third process (`ntm units import`) reach both servers, that a review step taken on the other server is seen by the first, that a target saved on one
is listed by the other, and that two officers writing the same cell at the same moment through different servers
lose nothing: one write is stored, the other is refused as a conflict (409), never silently overwritten.

    python3 scripts/two-servers.py --ntm .build/debug/ntm --database-url postgres://ntm:ntm@127.0.0.1:5432/ntm

A fresh database `ntm_two_servers` is created next to the one named (the role needs CREATEDB) and dropped at the end.
Standard library only.
"""
import argparse
import http.cookiejar
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "ntm-demo-2019"
SCOPE = "registered:2019@84"
DATE = "2019-07-31"
CELL = {"unit": "29305", "criteriaSet": "commune-2016-2020", "indicator": "11", "date": DATE}


def check(condition, message):
    print(("  ok: " if condition else "  FAILED: ") + message)
    if not condition:
        raise SystemExit(1)


class Client:
    """A signed-in user of one server: its session cookie and anti-forgery token."""

    def __init__(self, base, username):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        status, body = self.send("POST", "/api/v1/session", {"username": username, "password": PASSWORD}, token=False)
        if status != 201:
            raise SystemExit(f"sign-in of {username} on {base} failed: {status} {body}")
        self.csrf = body["csrfToken"]

    def send(self, method, path, payload=None, token=True):
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if token and method != "GET":
            request.add_header("X-CSRF-Token", self.csrf)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def at_standard(self):
        status, body = self.send("GET", f"/api/v1/summary?scope={urllib.parse.quote(SCOPE)}&date={DATE}&communes=false")
        return body["atStandard"] if status == 200 else None


def write(client, numerator, revision):
    change = dict(CELL, value={"type": "ratio", "numerator": numerator, "denominator": 2927}, expectedRevision=revision,
                  source="Báo cáo rà soát hộ nghèo (two-servers)")
    return client.send("POST", "/api/v1/observations", {"changes": [change]})


def review(client, action, revision):
    return client.send("POST", "/api/v1/reviews", {"reviews": [dict(CELL, action=action, expectedRevision=revision)]})


def wait_until(predicate, seconds=5.0):
    """Polls `predicate` until it holds; returns the seconds it took, or None."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.05)
    return None


def serve(ntm, database, port, *extra):
    process = subprocess.Popen([ntm, "serve", "--database", database, "--port", str(port), "--log-level", "warning", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(base + "/health", timeout=1):
                return process, base
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"ntm serve on {port} exited: {process.stdout.read()}")
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"ntm serve on {port} did not start")


def psql(url, sql):
    environment = dict(os.environ, PGOPTIONS="--client-min-messages=warning")
    subprocess.run(["psql", url, "-qAtc", sql], check=True, stdout=subprocess.DEVNULL, env=environment)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ntm", required=True)
    parser.add_argument("--database-url", required=True, help="a PostgreSQL URL whose role may create databases")
    parser.add_argument("--port", type=int, default=8491)
    args = parser.parse_args()
    admin = args.database_url
    database = admin.rsplit("/", 1)[0] + "/ntm_two_servers"
    psql(admin, "DROP DATABASE IF EXISTS ntm_two_servers")
    psql(admin, "CREATE DATABASE ntm_two_servers")
    servers = []
    try:
        # The first server seeds the demo and its accounts; the second joins the same database.
        first, a = serve(args.ntm, database, args.port, "--demo")
        servers.append(first)
        second, b = serve(args.ntm, database, args.port + 1)
        servers.append(second)
        print(f"== two servers on one PostgreSQL database: {a} and {b}")
        commune_a, office_a = Client(a, "xa"), Client(a, "vanphong")
        district_b, office_b = Client(b, "huyen"), Client(b, "vanphong")
        check(office_b.at_standard() == 2, "server B starts at 02/17 registered xã at the standard")

        status, _ = write(commune_a, 150, 0)
        check(status == 201, f"the commune enters Đức Mỹ's poverty rate on server A ({status})")
        check(review(commune_a, "submit", 1)[0] == 201, "and submits it on A")
        status, body = review(district_b, "verify", 2)
        check(status == 201, f"the district verifies it on server B: A's write is there ({status} {body if status != 201 else ''})")
        status, body = review(office_a, "approve", 3)
        check(status == 201, f"the office approves it on server A: B's review step is there ({status} {body if status != 201 else ''})")
        took = wait_until(lambda: office_b.at_standard() == 3)
        check(took is not None, "server B's official numbers count the value approved on A"
              + (f" ({took * 1000:.0f} ms after the approval)" if took is not None else ""))
        check(office_a.at_standard() == 3, "and server A agrees")

        target = {"id": "two-servers-70", "title": {"vi": "Càng Long: 70% (hai máy chủ)"}, "scope": "844",
                  "measure": {"kind": "share-at-standard", "value": "70"}, "deadline": "2019-10-15",
                  "source": {"document": "Kiểm tra hai máy chủ", "date": "2019-07-24"}, "owner": "office"}
        check(office_b.send("POST", "/api/v1/targets", target)[0] == 201, "the office saves a target on server B")
        status, targets = office_a.send("GET", "/api/v1/targets?date=2019-07-31")
        check(status == 200 and any(t["definition"]["id"] == "two-servers-70" for t in targets), "server A lists it")

        # Two officers write one new cell at the same moment, through different servers.
        cell = dict(CELL, date="2019-08-20")
        results = {}

        def race(name, client, numerator):
            change = dict(cell, value={"type": "ratio", "numerator": numerator, "denominator": 2927}, expectedRevision=0)
            results[name] = client.send("POST", "/api/v1/observations", {"changes": [change]})[0]

        threads = [threading.Thread(target=race, args=("a", Client(a, "xa"), 140)),
                   threading.Thread(target=race, args=("b", Client(b, "xa"), 145))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        check(sorted(results.values()) == [201, 409], f"one write is stored and the other refused as a conflict: {results}")
        query = urllib.parse.urlencode({k: cell[k] for k in ("unit", "criteriaSet", "indicator", "date")})
        for client, name in ((office_a, "A"), (office_b, "B")):
            status, history = client.send("GET", f"/api/v1/observations/history?{query}")
            check(status == 200 and len(history) == 1, f"server {name} shows exactly one revision of that cell")
        # Reference data changed by a third process: both servers reload and know the new unit.
        directory = os.path.dirname(os.path.abspath(__file__))
        units_file = os.path.join(directory, "..", ".build", "two-servers-units.csv")
        os.makedirs(os.path.dirname(units_file), exist_ok=True)
        with open(units_file, "w", encoding="utf-8") as handle:
            handle.write("code,name,kind,parent,valid_from,valid_until,region\n29999,Xã Thử Hai Máy,commune,86,2026-01-01,,\n")
        imported = subprocess.run([args.ntm, "units", "import", units_file, "--database", database, "--user", "two-servers"],
                                  capture_output=True, text=True)
        check(imported.returncode == 0, f"ntm units import adds a commune from 01/01/2026: {imported.stdout.strip()}")
        for client, name in ((office_a, "A"), (office_b, "B")):
            took = wait_until(lambda: client.send("GET", "/api/v1/units/29999?date=2026-06-30")[0] == 200)
            check(took is not None, f"server {name} reloads and knows it" + (f" ({took * 1000:.0f} ms)" if took is not None else ""))
        os.remove(units_file)
        print("two servers: passed")
    finally:
        for process in servers:
            process.terminate()
        for process in servers:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        psql(admin, "DROP DATABASE IF EXISTS ntm_two_servers")


if __name__ == "__main__":
    sys.exit(main())
