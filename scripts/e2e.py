#!/usr/bin/env python3
"""End-to-end check of the review workflow in a real browser (headless Chromium through Selenium).

Starts `ntm serve --demo`, then: the commune officer enters a value that closes the commune's last
unmet criterion and submits it; the district verifies it; the coordination office approves it; the
overview of the communes registered for 2019 moves from 02/17 to 03/17. Screenshots of every page go
to the output directory.

Usage: scripts/e2e.py [--ntm PATH] [--out DIR] [--port N]
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "ntm-demo-2019"
ENTRY_DATE = "2019-07-31"
REGISTERED = "registered:2019@84"


def start_server(ntm, port):
    process = subprocess.Popen([ntm, "serve", "--demo", "--port", str(port), "--log-level", "warning"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    banner = []
    deadline = time.time() + 120
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            raise SystemExit("ntm serve exited:\n" + "".join(banner))
        banner.append(line)
        if line.strip().startswith("xa "):
            break
    for _ in range(240):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2)
            return process, "".join(banner)
        except OSError:
            time.sleep(0.5)
    raise SystemExit("ntm serve did not answer /health")


def api_session(base, username):
    request = urllib.request.Request(f"{base}/api/v1/session", method="POST",
                                     data=json.dumps({"username": username, "password": PASSWORD}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        cookie = response.headers["Set-Cookie"].split(";")[0]
        return cookie, json.load(response)


def api_get(base, cookie, path):
    request = urllib.request.Request(base + path, headers={"Cookie": cookie})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def value_that_meets(indicator):
    """Form fields that meet an unmet indicator, from its kind, comparator and threshold."""
    code, kind, threshold = indicator["code"], indicator.get("kind"), indicator.get("threshold")
    if kind == "pass-fail":
        return {f"v:{code}": "1"}
    if kind == "percentage":
        denominator = indicator["value"]["denominator"] if indicator.get("value", {}).get("type") == "ratio" else 1000
        limit = denominator * float(threshold) / 100
        numerator = math.floor(limit) - 1 if indicator["comparator"] == "<=" else math.ceil(limit) + 1
        return {f"n:{code}": str(max(0, min(denominator, numerator))), f"d:{code}": str(denominator)}
    if kind in ("amount", "count"):
        number = float(threshold) + (1 if indicator["comparator"] == ">=" else -1)
        return {f"v:{code}": str(max(0, int(number)))}
    if kind == "must-be-none":
        return {f"v:{code}": "0"}
    raise SystemExit(f"cannot build a value for indicator {code} of kind {kind}")


class Run:
    def __init__(self, base, out):
        self.base, self.out, self.step = base, out, 0
        options = webdriver.ChromeOptions()
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=vi"):
            options.add_argument(argument)
        binary = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        if os.path.exists(binary):
            options.binary_location = binary
        driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
        service = Service(driver_path) if os.path.exists(driver_path) else Service()
        self.driver = webdriver.Chrome(options=options, service=service)
        self.wait = WebDriverWait(self.driver, 20)

    def shot(self, name):
        self.step += 1
        path = os.path.join(self.out, f"{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        print(f"  screenshot {path}")

    def open(self, path):
        self.driver.get(self.base + path)

    def text(self, selector):
        return self.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, selector))).text

    def sign_in(self, username):
        self.open("/dang-nhap")
        self.driver.find_element(By.ID, "username").send_keys(username)
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, ".login button[type=submit]").click()
        self.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".who")))
        print(f"signed in as {username}")

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, "form[action='/dang-xuat'] button").click()
        self.wait.until(ec.presence_of_element_located((By.ID, "username")))

    def headline(self, date):
        self.open(f"/?scope={REGISTERED}&date={date}")
        return self.text("#headline")


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print(f"  ok: {message}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ntm", default=os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "ntm"))
    parser.add_argument("--out", default="e2e-screenshots")
    parser.add_argument("--port", type=int, default=8092)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    base = f"http://127.0.0.1:{args.port}"
    server, banner = start_server(args.ntm, args.port)
    print(banner)
    run = None
    try:
        cookie, session = api_session(base, "xa")
        commune = session["unit"]
        evaluation = api_get(base, cookie, f"/api/v1/evaluations/{commune}?date={ENTRY_DATE}")
        unmet = [c for c in evaluation["criteria"] if c["status"] == "not-met"]
        check(len(unmet) == 1, f"{evaluation['name']} misses exactly one criterion ({evaluation['criteriaMet']}/{evaluation['totalCriteria']})")
        failing = [i for i in unmet[0]["indicators"] if i["status"]["status"] == "not-met"]
        fields = {}
        for indicator in failing:
            fields.update(value_that_meets(indicator))

        run = Run(base, args.out)
        run.sign_in("xa")
        check("02/17" in run.headline(ENTRY_DATE), "the overview starts at 02/17 communes registered for 2019")
        run.shot("overview-before")

        run.driver.find_element(By.LINK_TEXT, "Nhập liệu").click()
        date_input = run.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form.filters input[name=date]")))
        run.driver.execute_script("arguments[0].value = arguments[1]", date_input, ENTRY_DATE)
        date_input.submit()
        run.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, f"form#entry[data-date='{ENTRY_DATE}']")))
        run.shot("entry-empty")
        for name, value in fields.items():
            field = run.driver.find_element(By.NAME, name)
            field.clear()
            field.send_keys(value)
        run.driver.find_element(By.NAME, "source").send_keys("Rà soát tháng 7/2019 (e2e)")
        total = evaluation["totalCriteria"]
        run.wait.until(ec.text_to_be_present_in_element((By.ID, "live-met"), f"{total}/{total}"))
        check(True, f"live evaluation shows {total}/{total} while typing")
        run.shot("entry-live-evaluation")
        run.driver.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
        check("Đã gửi thẩm định" in run.text(".flash"), "the value is submitted for review")
        run.shot("entry-submitted")
        run.sign_out()

        run.sign_in("huyen")
        run.open("/tham-dinh")
        boxes = run.driver.find_elements(By.CSS_SELECTOR, f"input[name=item][value^='{commune}|']")
        check(len(boxes) == len(failing), "the district's queue lists the submitted value")
        run.shot("review-district")
        for box in boxes:
            box.click()
        run.driver.find_element(By.CSS_SELECTOR, "button[value=verify]").click()
        check("thẩm tra đạt" in run.text(".flash"), "the district verifies it")
        run.shot("review-district-verified")
        run.sign_out()

        run.sign_in("vanphong")
        check("02/17" in run.headline(ENTRY_DATE), "verified values are not yet official")
        run.open("/tham-dinh")
        boxes = run.driver.find_elements(By.CSS_SELECTOR, f"input[name=item][value^='{commune}|']")
        check(len(boxes) == len(failing), "the office's queue lists the verified value")
        for box in boxes:
            box.click()
        run.shot("review-office")
        run.driver.find_element(By.CSS_SELECTOR, "button[value=approve]").click()
        check("phê duyệt" in run.text(".flash"), "the office approves it")

        headline = run.headline(ENTRY_DATE)
        check("03/17" in headline, f"the overview now reads: {headline}")
        run.shot("overview-after")
        run.open(f"/xa/{commune}?date={ENTRY_DATE}")
        check(f"{total}/{total}" in run.text("h1"), "the commune page shows the commune at the standard")
        run.shot("commune")
        run.open(f"/giao-ban?scope={REGISTERED}&date={ENTRY_DATE}")
        run.shot("briefing")
        run.open(f"/ma-tran?scope={REGISTERED}&date={ENTRY_DATE}")
        run.shot("matrix")
        run.open("/bo-tieu-chi/commune-2016-2020")
        run.shot("criteria-set")
        run.open("/nhat-ky")
        run.shot("audit")
        run.driver.set_window_size(390, 844)
        run.open(f"/?scope={REGISTERED}&date={ENTRY_DATE}")
        run.shot("overview-phone")
        print("end-to-end: passed")
    except Exception:
        if run is not None:
            run.shot("failure")
        raise
    finally:
        if run is not None:
            run.driver.quit()
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        if server.returncode not in (0, -15, None):
            print(f"ntm serve exited with {server.returncode}", file=sys.stderr)


if __name__ == "__main__":
    main()
