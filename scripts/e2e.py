#!/usr/bin/env python3
"""End-to-end checks of NTM Monitor in a real browser (headless Chromium through Selenium).

Scenarios (each reports its own failures; the script exits 1 if any check failed):
  fresh-install  `ntm init` + `ntm user add` (office) on an empty SQLite file, `ntm serve` without --demo; the
                 office signs in through the login form; the home page answers 200, in Vietnamese, with today's
                 date and the 2026-2030 set (10 criteria), and no error page.
  review-flow    on `ntm serve --demo`: the commune officer enters a value that closes the commune's last unmet
                 criterion and submits it; the district verifies it; the coordination office approves it; the
                 overview of the communes registered for 2019 moves from 02/17 to 03/17.
  excel-cycle    on a second, untouched demo store: the commune downloads "Tải mẫu Excel" with its session,
                 fills indicator 11 (150/2927) and one percentage as Excel stores "80%", uploads it on
                 /nhap-file; the preview lists indicator 11 and Xã Đức Mỹ 18/19 → 19/19; confirming counts the values;
                 the entry page then holds the draft and counts it in its provisional result.
  export         the leader's "Xuất Excel" of the overview and of the district 844 matrix: Vietnamese headers,
                 typed numbers, an auto-filter; "Xuất CSV" starts with the UTF-8 BOM.
  export-more    "Xuất Excel" of the district, commune, targets and tasks pages opened with openpyxl: the header row
                 frozen and in Vietnamese, and the workbook's rows are the page's rows.
  briefing       /giao-ban (the overview's "Giao ban" button) stepped with the Right arrow key at 1920×1080 and
                 1366×768: no step scrolls, neither down (scrollHeight ≤ innerHeight + 1) nor sideways.
  phones         at 390×844 the commune page and the entry page never scroll sideways.
  returned-value the district returns a submitted value with a comment; the commune officer, signing in without
                 `next`, lands on /viec-can-lam, which shows the comment, the indicator and a link to the entry page.
  print          the district 844 matrix printed to PDF (Page.printToPDF, the page's own @page size): landscape,
                 criterion 19's column and 19 marks on every commune row.
  funds          the funds page at several widths and on A4, its "Xuất Excel" opened with openpyxl (each source's
                 amounts equal the page's millions), briefing mode's funds step, a commune's own funds.
  reports        /bao-cao: the office downloads the 30/06/2019 report of the 17 registered xã as the form sends it;
                 python-docx reads the header block, the headline "02/17 … 13 … 02" and Xã Đức Mỹ's row; LibreOffice
                 (when installed) converts it and its first page is pictured; briefing mode links the same report;
                 the overview printed on A4 keeps the headline and drops the menu, and every page starts with the
                 scope, date and headline.
Screenshots of every step, the downloaded workbooks and the PDF go to the output directory.

Usage: scripts/e2e.py [--ntm PATH] [--out DIR] [--port N]   (uses ports N, N+1 and N+2)
"""
import argparse
import base64
import datetime
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.request
import zoneinfo

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "ntm-demo-2019"
ENTRY_DATE = "2019-07-31"
REPORT_DATE = "2019-06-30"
REGISTERED = "registered:2019@84"
HEADLINE = "Kết quả đến nay, có 02/17 xã đạt 19/19 tiêu chí; 13 xã đạt từ 14-18 tiêu chí và 02 xã đạt dưới 14 tiêu chí."
COMMUNE, COMMUNE_NAME, DISTRICT = "29305", "Xã Đức Mỹ", "844"
RETURN_DATE = "2019-08-15"
RETURN_COMMENT = "Kiểm tra lại số hộ nghèo"
FILL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "xlsx-openpyxl.py")

failures = []


class Server:
    """`ntm serve` with its output drained in the background (kept for the report if it dies)."""

    def __init__(self, ntm, port, *arguments):
        self.port, self.base, self.lines = port, f"http://127.0.0.1:{port}", []
        self.process = subprocess.Popen([ntm, "serve", "--port", str(port), "--log-level", "warning", *arguments],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 120
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("ntm serve exited:\n" + "".join(self.lines))
            self.lines.append(line)
            if line.startswith("Listening on"):
                break
        threading.Thread(target=self._drain, daemon=True).start()
        for _ in range(240):
            try:
                urllib.request.urlopen(self.base + "/health", timeout=2)
                return
            except OSError:
                time.sleep(0.5)
        raise SystemExit("ntm serve did not answer /health")

    def _drain(self):
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def banner(self):
        return "".join(self.lines[:12])

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.process.returncode not in (0, -15, None):
            print(f"ntm serve on port {self.port} exited with {self.process.returncode}", file=sys.stderr)


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
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=vi",
                         "--hide-scrollbars"):
            options.add_argument(argument)
        binary = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        if os.path.exists(binary):
            options.binary_location = binary
        driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
        service = Service(driver_path) if os.path.exists(driver_path) else Service()
        self.driver = webdriver.Chrome(options=options, service=service)
        self.wait = WebDriverWait(self.driver, 20)

    def shot(self, name, full=False):
        """A screenshot of the viewport, or with full=True of the whole page (up to 8000 px tall)."""
        self.step += 1
        path = os.path.join(self.out, f"{self.step:02d}-{name}.png")
        if full:
            size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
            shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
                "captureBeyondViewport": True, "format": "png",
                "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 8000), "scale": 1}})
            with open(path, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
        else:
            self.driver.save_screenshot(path)
        print(f"  screenshot {path}")
        return path

    def viewport(self, width=None, height=None):
        """Sets the layout viewport exactly (the window size would include the browser's frame); None resets it."""
        if width is None:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        else:
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 700})

    def open(self, path):
        self.driver.get(self.base + path)

    def path(self):
        return self.driver.execute_script("return location.pathname + location.search")

    def text(self, selector):
        return self.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, selector))).text

    def settle(self, selector, expected, seconds=10):
        """The element's text once it reads `expected`, or whatever it reads after `seconds` (for the report)."""
        try:
            WebDriverWait(self.driver, seconds).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, selector), expected))
        except Exception:
            pass
        return self.text(selector).strip()

    def js(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def submit_login(self, username, password):
        self.driver.delete_all_cookies()  # cookies are per host, not per port: never carry a session between servers
        self.open("/dang-nhap")
        self.driver.find_element(By.ID, "username").send_keys(username)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.driver.find_element(By.CSS_SELECTOR, ".login button[type=submit]").click()
        self.wait.until(lambda d: not d.current_url.split("?")[0].endswith("/dang-nhap"))

    def sign_in(self, username, password=PASSWORD):
        self.submit_login(username, password)
        self.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".who")))
        print(f"signed in as {username}")

    def sign_out(self):
        self.driver.find_element(By.CSS_SELECTOR, "form[action='/dang-xuat'] button").click()
        self.wait.until(ec.presence_of_element_located((By.ID, "username")))

    def headline(self, date):
        self.open(f"/?scope={REGISTERED}&date={date}")
        return self.text("#headline")

    def download(self, url, name=None):
        """GET with the browser's session cookies (no download dialog); saves the body to --out when named."""
        if url.startswith("/"):
            url = self.base + url
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        request = urllib.request.Request(url, headers={"Cookie": cookie})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, headers, body = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, error.headers, error.read()
        if name:
            with open(os.path.join(self.out, name), "wb") as file:
                file.write(body)
        return status, headers, body

    def link(self, text, within="main"):
        return self.driver.find_element(By.XPATH, f"//{within}//a[normalize-space(.)='{text}']").get_attribute("href")

    def overflow(self):
        return self.js("var e = document.documentElement; return [e.scrollWidth, e.clientWidth, e.scrollHeight, window.innerHeight];")


def check(condition, message):
    """Records a failed check and goes on; returns the condition so a scenario can stop when the rest depends on it."""
    print(("  ok: " if condition else "  FAIL: ") + message)
    if not condition:
        failures.append(message)
    return bool(condition)


def scenario(run, name, function, *arguments):
    print(f"\n== {name}")
    before = len(failures)
    try:
        function(run, *arguments)
    except Exception as error:  # one broken scenario must not hide the others
        traceback.print_exc()
        failures.append(f"{name}: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
        try:
            run.shot(f"{name}-failure")
        except Exception:
            pass
    finally:
        try:
            run.viewport(None)
        except Exception:
            pass
    return len(failures) == before


# --- fresh install ------------------------------------------------------------------------------------------

def fresh_install(run, ntm, port):
    directory = tempfile.mkdtemp(prefix="ntm-e2e-fresh-")
    database = os.path.join(directory, "ntm.sqlite")
    password = "Mot-Hai-Ba-2026"

    def ntm_run(*arguments, environment=None):
        result = subprocess.run([ntm, *arguments], capture_output=True, text=True, timeout=300,
                                env={**os.environ, **(environment or {})})
        return result.returncode, result.stdout + result.stderr

    code, output = ntm_run("init", "--database", database)
    if not check(code == 0 and os.path.exists(database), f"ntm init --database {database}: {output.strip()}"):
        return
    code, output = ntm_run("user", "add", "--database", database, "--role", "office", "--organisation", "office",
                           "--name", "Văn phòng Điều phối NTM", "vanphong", environment={"NTM_PASSWORD": password})
    check(code == 0, f"ntm user add vanphong --role office: {output.strip()}")
    code, output = ntm_run("user", "list", "--database", database)
    check(code == 0 and re.search(r"^vanphong\s+office\b", output, re.M), f"ntm user list shows the office account: {output.strip()}")

    server = Server(ntm, port, "--database", database)
    print(server.banner)
    base = run.base
    run.base = server.base
    try:
        run.sign_in("vanphong", password)
        # The first office account lands on its to-do page, empty on a fresh install, then opens the overview.
        check(run.driver.current_url.endswith("/viec-can-lam"), f"the office lands on its to-do page: {run.driver.current_url}")
        check("Không có việc nào đang chờ bạn." in run.text("main"), "a fresh install has nothing to do yet")
        run.shot("fresh-install-todo")
        run.driver.find_element(By.LINK_TEXT, "Tổng quan").click()
        run.wait.until(lambda driver: driver.title.startswith("Tổng quan") or "Lỗi" in driver.title)
        status, _, body = run.download("/")
        check(status == 200, f"the home page of the fresh install answers {status}")
        check('<html lang="vi">' in body.decode("utf-8", "replace"), "the home page is served in Vietnamese (lang=vi)")
        title, h1 = run.driver.title, run.text("main h1")
        check(not re.search(r"\b(4\d\d|5\d\d)\b|Unprocessable|Error|Lỗi", title + " " + h1), f"no error title: '{title}' / '{h1}'")
        check(title.startswith("Tổng quan"), f"the page is the overview, in Vietnamese: '{title}'")
        today = {datetime.date.today(), datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")).date()}
        shown = re.search(r"\d\d/\d\d/\d{4}", h1)
        check(shown and datetime.datetime.strptime(shown.group(), "%d/%m/%Y").date() in today,
              f"the heading shows today's date: '{h1}'")
        basis = run.text("p.basis")
        check("2026-2030" in basis, f"the 2026-2030 criteria set is in force: '{basis}'")
        labels = run.js("return Array.from(document.querySelectorAll('svg.chart')[0].querySelectorAll('.chart-label')).map(t => t.textContent)")
        check(labels == [f"TC{n}" for n in range(1, 11)], f"the criteria chart has the 10 criteria TC1…TC10: {labels}")
        tiles = run.js("return Array.from(document.querySelectorAll('.tiles .tile-detail')).map(t => t.textContent)")
        check("/10" in tiles, f"the average tile counts out of 10 criteria: {tiles}")
        run.shot("fresh-install-home", full=True)
    finally:
        run.base = base
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


# --- the review workflow (commune → district → office) --------------------------------------------------------

def review_flow(run):
    base = run.base
    cookie, session = api_session(base, "xa")
    commune = session["unit"]
    evaluation = api_get(base, cookie, f"/api/v1/evaluations/{commune}?date={ENTRY_DATE}")
    unmet = [c for c in evaluation["criteria"] if c["status"] == "not-met"]
    if not check(len(unmet) == 1, f"{evaluation['name']} misses exactly one criterion ({evaluation['criteriaMet']}/{evaluation['totalCriteria']})"):
        return
    failing = [i for i in unmet[0]["indicators"] if i["status"]["status"] == "not-met"]
    fields = {}
    for indicator in failing:
        fields.update(value_that_meets(indicator))

    run.sign_in("xa")
    check("02/17" in run.headline(ENTRY_DATE), "the overview starts at 02/17 communes registered for 2019")
    run.shot("overview-before")

    run.driver.find_element(By.LINK_TEXT, "Nhập liệu").click()
    date_input = run.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form.filters input[name=date]")))
    run.js("arguments[0].value = arguments[1]", date_input, ENTRY_DATE)
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
    run.viewport(390, 844)
    run.open(f"/?scope={REGISTERED}&date={ENTRY_DATE}")
    run.shot("overview-phone")


# --- the Excel cycle in the web -------------------------------------------------------------------------------

def template_rows(path):
    """The visible "Nhập liệu" sheet of a template: its title lines, header → column, and rows keyed by indicator."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Nhập liệu"]
    header_row = next(i for i in range(1, 31) if any(c.value == "Mã xã" for c in sheet[i]))
    titles = " ".join(str(c.value) for r in range(1, header_row) for c in sheet[r] if c.value is not None)
    header = {c.value: c.column - 1 for c in sheet[header_row] if c.value is not None}
    rows = {}
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[header["Mã xã"]].value is not None:
            rows[(str(row[header["Mã xã"]].value), str(row[header["Mã chỉ tiêu"]].value))] = row
    return sheet, titles, header, rows


def percent_indicator(header, rows):
    """An indicator whose "Giá trị mới" takes a rate and for which 80 % meets the threshold exactly or just so."""
    if "Giá trị mới" not in header:
        return None
    choices = []
    for (unit, code), row in rows.items():
        how, threshold = str(row[header["Cách nhập"]].value or ""), str(row[header["Ngưỡng"]].value or "")
        bound = re.match(r"≥\s*(\d+(?:,\d+)?)\s*%", threshold)
        if unit == COMMUNE and code != "11" and "%" in how and bound and float(bound.group(1).replace(",", ".")) <= 80:
            choices.append((float(bound.group(1).replace(",", ".")), code))
    return max(choices)[1] if choices else None


def excel_cycle(run, ntm, port):
    server = Server(ntm, port, "--demo")
    base = run.base
    run.base = server.base
    try:
        run.sign_in("xa")
        run.open(f"/xa/{COMMUNE}?date={ENTRY_DATE}")
        check(run.text("h1").startswith(COMMUNE_NAME) and "18/19" in run.text("h1"), f"the commune page starts at 18/19: '{run.text('h1')}'")
        run.shot("excel-commune")
        href = run.link("Tải mẫu Excel")
        check(f"/xa/{COMMUNE}/mau-excel?date={ENTRY_DATE}" in href, f"'Tải mẫu Excel' links to the template at the page's date: {href}")
        status, headers, body = run.download(href, "excel-template.xlsx")
        check(status == 200 and body[:2] == b"PK", f"the template downloads with the session ({status}, {headers.get('Content-Type')})")
        template = os.path.join(run.out, "excel-template.xlsx")
        sheet, titles, header, rows = template_rows(template)
        check(sheet.sheet_state == "visible", "the sheet 'Nhập liệu' is visible")
        check("31/07/2019" in titles, f"the reporting date is shown above the table: '{titles[:160]}…'")
        row = rows.get((COMMUNE, "11"))
        if not check(row is not None, "the template has a row for indicator 11 of Xã Đức Mỹ"):
            return
        check(not row[header["Tử số"]].protection.locked and not row[header["Mẫu số"]].protection.locked,
              "indicator 11's numerator and denominator cells are open for input")
        values = {f"{COMMUNE}|11": {"Tử số": 150, "Mẫu số": 2927}}
        percent = percent_indicator(header, rows)
        if percent:
            values[f"{COMMUNE}|{percent}"] = {"Giá trị mới": {"value": 0.8, "format": "0%"}}
            print(f"  info: indicator {percent} gets 0.8 formatted '0%' (Excel's 80%)")
        filled_path = os.path.join(run.out, "excel-filled.xlsx")
        fill = subprocess.run([sys.executable, FILL, "fill", template, filled_path, json.dumps(values, ensure_ascii=False)],
                              capture_output=True, text=True)
        expected = 3 if percent else 2
        check(fill.returncode == 0 and json.loads(fill.stdout)["filled"] == expected, f"openpyxl filled {expected} cells: {fill.stdout.strip() or fill.stderr.strip()}")

        run.driver.find_element(By.XPATH, "//main//a[normalize-space(.)='Nhập file Excel/CSV']").click()
        check(run.path().startswith("/nhap-file"), f"the import page opens from the commune page: {run.path()}")
        run.driver.find_element(By.CSS_SELECTOR, "input[type=file][name=file]").send_keys(os.path.abspath(filled_path))
        run.shot("excel-upload")
        run.driver.find_element(By.CSS_SELECTOR, "form[action='/nhap-file'] button[type=submit]").click()
        run.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "form[action='/nhap-file/xac-nhan']")))
        standing = run.js("""
          return Array.from(document.querySelectorAll('tr')).filter(r => r.querySelector('[data-label="Trước"]'))
            .map(r => [r.cells[0].textContent.trim(), r.querySelector('[data-label="Ngày đánh giá"]').textContent.trim(),
                       r.querySelector('[data-label="Trước"]').textContent.trim(), r.querySelector('[data-label="Sau"]').textContent.trim()]);""")
        check([COMMUNE_NAME, "31/07/2019", "18/19", "19/19"] in standing, f"the preview shows Xã Đức Mỹ 18/19 → 19/19 at 31/07/2019: {standing}")
        changes = run.js("""
          return Array.from(document.querySelectorAll('td[data-label="Chỉ tiêu"]')).map(c => [c.textContent.trim(),
            c.parentElement.querySelector('td[data-label="Giá trị mới"]').textContent.trim()]);""")
        by_code = {text.split()[0]: value for text, value in changes}
        check(by_code.get("11", "").startswith("150/2927"), f"the preview lists indicator 11 at 150/2927: {by_code.get('11')}")
        if percent:
            check(by_code.get(percent) == "80%", f"the percent-formatted cell of {percent} reads 80%: {by_code.get(percent)}")
        check(len(changes) == (2 if percent else 1), f"the preview lists {len(changes)} value(s): {list(by_code)}")
        run.shot("excel-preview", full=True)
        button = run.driver.find_element(By.CSS_SELECTOR, "form[action='/nhap-file/xac-nhan'] button[type=submit]")
        check(f"{len(changes)} giá trị" in button.text, f"the confirm button names the count: '{button.text}'")
        button.click()
        flash = run.text(".flash")
        check(re.search(rf"\b{len(changes)} giá trị\b", flash) and "Đã nhập" in flash, f"the flash counts the imported values: '{flash}'")
        run.shot("excel-imported")
        run.open(f"/nhap-lieu/{COMMUNE}?date={ENTRY_DATE}")
        numerator = run.wait.until(ec.presence_of_element_located((By.NAME, "n:11"))).get_attribute("value")
        live = run.settle("#live-met", "19/19")
        check(numerator == "150", f"the entry page holds the imported draft of indicator 11 (n:11={numerator})")
        check(live == "19/19", f"the entry page's provisional result counts the draft values in its fields: {live}")
        run.shot("excel-entry-draft")
    finally:
        run.base = base
        server.stop()


# --- exports --------------------------------------------------------------------------------------------------

NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?%?$")


def check_workbook(path, label):
    workbook = openpyxl.load_workbook(path)
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        where = f"{label} / {sheet.title}"
        if not check(sheet.auto_filter.ref, f"{where}: auto-filter set ({sheet.auto_filter.ref})"):
            continue
        header_row = int(re.match(r"[A-Z]+(\d+)", sheet.auto_filter.ref).group(1))
        header = [c.value for c in sheet[header_row]]
        machine = [h for h in header if not isinstance(h, str) or re.fullmatch(r"[a-z0-9_]+", h)]
        check(not machine and any(re.search(r"[À-ỹ]", h) for h in header), f"{where}: Vietnamese headers {header[:6]}…")
        numbers, texts_like_numbers = 0, []
        for row in sheet.iter_rows(min_row=header_row + 1):
            for title, cell in zip(header, row):
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    numbers += 1
                elif isinstance(cell.value, str) and NUMBER.match(cell.value) and not str(title).startswith("Mã"):
                    texts_like_numbers.append(f"{cell.coordinate}={cell.value!r}")
        check(numbers > 0 and not texts_like_numbers,
              f"{where}: {numbers} numeric cells typed as numbers, no numbers stored as text {texts_like_numbers[:5]}")


def export(run):
    run.sign_in("lanhdao")
    run.open(f"/?date={REPORT_DATE}")
    headline = run.text("#headline")
    for page, name in ((f"/?date={REPORT_DATE}", "overview"), (f"/ma-tran?scope={DISTRICT}&date={REPORT_DATE}", "matrix-844")):
        run.open(page)
        run.shot(f"export-{name}-page")
        href = run.link("Xuất Excel")
        check(f"date={REPORT_DATE}" in href and "format=xlsx" in href, f"{name}: 'Xuất Excel' links to {href}")
        status, headers, body = run.download(href, f"export-{name}.xlsx")
        if not check(status == 200 and body[:2] == b"PK", f"{name}: the workbook downloads ({status}, {headers.get('Content-Type')})"):
            continue
        path = os.path.join(run.out, f"export-{name}.xlsx")
        check_workbook(path, name)
        sheet = openpyxl.load_workbook(path).worksheets[0]
        if name == "overview":
            check(sheet["A4"].value == headline, f"overview: the workbook carries the page's headline '{sheet['A4'].value}'")
            last = [c.value for c in sheet[sheet.max_row]]
            check(last[0] == "Tổng" and last[1] == 85 and isinstance(last[3], float) and 0 < last[3] < 1,
                  f"overview: the total row counts 85 communes and a rate as a fraction {last[:5]}")
        else:
            header_row = int(re.match(r"[A-Z]+(\d+)", sheet.auto_filter.ref).group(1))
            header = [c.value for c in sheet[header_row]]
            rows = list(sheet.iter_rows(min_row=header_row + 1, values_only=True))
            counts = [r[-1] for r in rows]
            check(header[-1] == "Số tiêu chí đạt" and all(isinstance(c, int) for c in counts) and len(rows) == 13,
                  f"matrix: 13 communes with an integer count of criteria met {counts}")
            duc_my = next((r for r in rows if r[0] == COMMUNE), None)
            check(duc_my is not None and duc_my[-1] == 18 and duc_my[header.index("TC11 Hộ nghèo")] == "Chưa đạt",
                  f"matrix: Xã Đức Mỹ has 18 criteria, TC11 not met ({duc_my and duc_my[-1]})")
        status, headers, body = run.download(run.link("Xuất CSV"), f"export-{name}.csv")
        check(status == 200 and body.startswith(b"\xef\xbb\xbf"), f"{name}: the CSV starts with the UTF-8 BOM ({body[:3]!r}, {headers.get('Content-Type')})")
        first = body[3:].decode("utf-8").splitlines()[0].split(",")
        check(first[0] in ("Đơn vị", "Mã xã"), f"{name}: the CSV header is Vietnamese: {first[:4]}")


def export_more(run):
    """Every other table page's "Xuất Excel", opened with openpyxl: a frozen Vietnamese header and the page's rows."""
    run.sign_in("lanhdao")
    pages = (
        (f"/huyen/{DISTRICT}?date={REPORT_DATE}", "district", "main table.data tbody th[scope=row] a[href^='/xa/']", 2),
        (f"/xa/{COMMUNE}?date={REPORT_DATE}", "commune", "main th[scope=row] span.code", 3),
        (f"/muc-tieu?date={REPORT_DATE}", "targets", "main a[href^='/muc-tieu/']", 1),
        ("/nhiem-vu?date=2019-12-31", "tasks", "main a[href^='/nhiem-vu/']", 2),
    )
    for page, name, selector, column in pages:
        run.open(page)
        # What the page shows: the distinct names (or codes) of its rows, as the workbook's column holds them.
        shown = sorted(set(run.js("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());", selector)))
        status, headers, body = run.download(run.link("Xuất Excel"), f"export-{name}.xlsx")
        if not check(status == 200 and body[:2] == b"PK", f"{name}: the workbook downloads ({status})"):
            continue
        sheet = openpyxl.load_workbook(os.path.join(run.out, f"export-{name}.xlsx")).worksheets[0]
        header_row = int(re.match(r"[A-Z]+(\d+)", sheet.auto_filter.ref).group(1))
        header = [c.value for c in sheet[header_row]]
        check(sheet.freeze_panes == f"A{header_row + 1}" and all(isinstance(h, str) for h in header),
              f"{name}: the header row is frozen and Vietnamese ({sheet.freeze_panes}, {header[:3]})")
        cells = sorted({str(row[column - 1]) for row in sheet.iter_rows(min_row=header_row + 1, values_only=True) if row[column - 1]})
        if name == "targets" or name == "tasks":
            # The page links each row by its id; the workbook's first column holds the id.
            ids = sorted({str(row[0]) for row in sheet.iter_rows(min_row=header_row + 1, values_only=True) if row[0]})
            hrefs = sorted(set(run.js("return Array.from(document.querySelectorAll(arguments[0])).map(a => a.getAttribute('href').split('?')[0].split('/').pop());", selector)))
            check(hrefs == ids, f"{name}: the workbook has the page's {len(hrefs)} rows ({len(ids)} in the sheet)")
        else:
            check(shown == cells, f"{name}: the workbook's rows are the page's {len(shown)} ({len(cells)} in the sheet)")
        if name == "district":
            duc_my = next((row for row in sheet.iter_rows(min_row=header_row + 1, values_only=True) if row[0] == COMMUNE), None)
            check(duc_my is not None and duc_my[3] == 18 and duc_my[7] == "TC11", f"district: Xã Đức Mỹ has 18 criteria, TC11 missing ({duc_my and duc_my[:8]})")
            # The year registered is a year: shown 2019, not 2,019 or 2.019.
            duc_my_row = next(r for r in range(header_row + 1, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == COMMUNE)
            year = sheet.cell(row=duc_my_row, column=header.index("Đăng ký đạt chuẩn năm") + 1)
            check(year.value == 2019 and year.number_format == "0", f"district: the registered year shows as 2019 ({year.value}, format {year.number_format})")


# --- briefing mode --------------------------------------------------------------------------------------------

def briefing(run):
    run.sign_in("lanhdao")
    run.open(f"/?date={REPORT_DATE}")
    start = run.driver.find_element(By.CSS_SELECTOR, "main .actions a[href^='/giao-ban']").get_attribute("href")
    check(f"date={REPORT_DATE}" in start, f"the overview's 'Giao ban' button keeps the date: {start}")
    for width, height in ((1920, 1080), (1366, 768)):
        run.viewport(width, height)
        run.driver.get(start)
        step, total, seen = 1, None, []
        while True:
            run.wait.until(lambda d: d.execute_script("return document.body.hasAttribute('data-fit')"))
            label = run.text(".briefing-bar .step")
            number = re.match(r"Bước (\d+)/(\d+)", label)
            if not check(number and int(number.group(1)) == step, f"{width}×{height}: step label '{label}' is step {step}"):
                break
            total = int(number.group(2))
            scroll_width, client_width, scroll_height, inner_height = run.overflow()
            fit = run.js("return document.body.getAttribute('data-fit')")
            check(scroll_height <= inner_height + 1,
                  f"{width}×{height} step {step}/{total}: no vertical scroll (scrollHeight {scroll_height}, innerHeight {inner_height}, fit {fit})")
            check(scroll_width <= client_width + 1, f"{width}×{height} step {step}/{total}: no horizontal scroll ({scroll_width} ≤ {client_width})")
            run.shot(f"briefing-{width}x{height}-step{step:02d}")
            seen.append(step)
            if not run.driver.find_elements(By.CSS_SELECTOR, "a[rel=next]") or step > 60:
                break
            run.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
            step += 1
            run.wait.until(lambda d: f"Bước {step}/" in d.find_element(By.CSS_SELECTOR, ".briefing-bar .step").text)
        check(total and seen == list(range(1, total + 1)), f"{width}×{height}: walked every step with the Right arrow ({len(seen)}/{total})")


# --- phones ---------------------------------------------------------------------------------------------------

def phones(run):
    run.sign_in("xa")
    run.viewport(390, 844)
    for path, name in ((f"/xa/{COMMUNE}", "phone-commune"), (f"/nhap-lieu/{COMMUNE}", "phone-entry")):
        run.open(path)
        run.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "main h1")))
        time.sleep(0.3)
        scroll_width, client_width, _, _ = run.overflow()
        check(client_width == 390 and scroll_width <= client_width, f"390×844 {path}: scrollWidth {scroll_width} ≤ clientWidth {client_width}")
        wide = run.js("""
          return Array.from(document.querySelectorAll('main *')).filter(e => {
            var r = e.getBoundingClientRect(); return r.width > 0 && r.right > document.documentElement.clientWidth + 1 &&
              !e.closest('.table-scroll, .table-wrap');
          }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' → ' + Math.round(e.getBoundingClientRect().right));""")
        check(not wide, f"390×844 {path}: nothing outside a scroll box sticks out of the screen {wide}")
        run.shot(name)
        run.shot(name + "-full", full=True)


# --- a returned value on the commune's to-do page ---------------------------------------------------------------

def returned_value(run):
    run.sign_in("xa")
    run.open(f"/nhap-lieu/{COMMUNE}?date={RETURN_DATE}")
    run.wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, f"form#entry[data-date='{RETURN_DATE}']")))
    for name, value in (("n:11", "160"), ("d:11", "2927")):
        field = run.driver.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    run.driver.find_element(By.NAME, "source").send_keys("Rà soát quý III/2019 (e2e)")
    run.wait.until(ec.text_to_be_present_in_element((By.ID, "live-met"), "19/19"))
    run.driver.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    check("Đã gửi thẩm định" in run.text(".flash"), f"indicator 11 at {RETURN_DATE} is submitted for review")
    run.sign_out()

    run.sign_in("huyen")
    run.open("/tham-dinh")
    boxes = run.driver.find_elements(By.CSS_SELECTOR, f"input[name=item][value^='{COMMUNE}|'][value*='|11|{RETURN_DATE}|']")
    if not check(len(boxes) == 1, f"the district's queue lists indicator 11 at {RETURN_DATE} ({len(boxes)} row)"):
        return
    boxes[0].click()
    run.driver.find_element(By.CSS_SELECTOR, "form#review textarea[name=comment]").send_keys(RETURN_COMMENT)
    run.shot("return-district")
    run.driver.find_element(By.CSS_SELECTOR, "form#review button[value=return]").click()
    flash = run.text(".flash")
    check("trả lại" in flash.lower(), f"the district returns it: '{flash}'")
    run.sign_out()

    run.submit_login("xa", PASSWORD)  # the login page's own form, opened without ?next=
    landed = run.path()
    run.shot("return-commune-landing")
    check(landed.startswith("/viec-can-lam"), f"the commune officer lands on /viec-can-lam after signing in (landed on {landed})")
    if not landed.startswith("/viec-can-lam"):
        run.open("/viec-can-lam")
    text = run.text("main")
    check(RETURN_COMMENT in text, f"/viec-can-lam shows the district's comment '{RETURN_COMMENT}'")
    item = run.js("""
      var found = Array.from(document.querySelectorAll('main li, main tr, main article, main section'))
        .filter(e => e.textContent.indexOf(arguments[0]) >= 0);
      return found.length ? found[found.length - 1].textContent : '';""", RETURN_COMMENT)
    check(re.search(r"(?<![\d.])11(?![\d.])", item), f"the returned item names indicator 11: '{' '.join(item.split())[:160]}'")
    target = f"/nhap-lieu/{COMMUNE}?date={RETURN_DATE}"
    links = run.js("return Array.from(document.querySelectorAll('main a')).map(a => a.pathname + a.search)")
    check(any(link.startswith(target) for link in links), f"/viec-can-lam links to {target}")
    run.shot("todo-returned", full=True)


# --- a department reports progress on its task; the office sees it --------------------------------------------

TASK = "huong-dan-snnptnt-tc13"
TASK_REPORT = "Đã hướng dẫn thêm 4 xã thành lập hợp tác xã (e2e)"


def tasks(run):
    run.sign_in("so-nnptnt")
    run.viewport(390, 844)
    run.open("/viec-can-lam")
    links = run.js("return Array.from(document.querySelectorAll('main a')).map(a => a.pathname)")
    check(f"/nhiem-vu/{TASK}" in links, f"the department's to-do page lists its open task {TASK}")
    run.shot("tasks-department-todo-phone", full=True)
    run.open(f"/nhiem-vu/{TASK}?date=2019-11-20")
    run.wait.until(ec.presence_of_element_located((By.ID, "report-text")))
    date = run.driver.find_element(By.ID, "report-date")
    run.js("arguments[0].value = '2019-11-15'", date)
    run.driver.find_element(By.ID, "report-text").send_keys(TASK_REPORT)
    run.driver.find_element(By.ID, "report-percent").send_keys("80")
    run.driver.find_element(By.ID, "report-evidence").send_keys("BC 101/SNN (e2e)")
    run.shot("tasks-department-report-phone", full=True)
    run.driver.find_element(By.CSS_SELECTOR, "form[action*='/bao-cao'] button[type=submit]").click()
    run.wait.until(lambda d: "#reports" in d.current_url)
    check(TASK_REPORT in run.text("main"), "the department's report is on the task page after sending it")
    scroll_width, client_width, _, _ = run.overflow()
    check(scroll_width <= client_width, f"390 px task page: no sideways scroll ({scroll_width} ≤ {client_width})")
    run.sign_out()

    run.sign_in("vanphong")
    run.viewport(1366, 768)
    run.open("/nhiem-vu?date=2019-12-31")
    row = run.js("""
      var link = document.querySelector("main a[href^='/nhiem-vu/" + arguments[0] + "?']");
      return link ? link.closest('tr').textContent : '';""", TASK)
    check(TASK_REPORT in row, f"the office's task list shows the department's latest report: '{' '.join(row.split())[:160]}'")
    check("Quá hạn 31 ngày" in row, "on 31/12/2019 the task is 31 days overdue (due 30/11/2019)")
    run.shot("tasks-office", full=True)
    run.open(f"/nhiem-vu/{TASK}?date=2019-12-31")
    check("so-nnptnt" in run.text("main") and "BC 101/SNN (e2e)" in run.text("main"), "the office sees who reported and the evidence")
    run.shot("tasks-office-task", full=True)
    path = os.path.join(run.out, "tasks-office.pdf")
    run.open("/nhiem-vu?date=2019-12-31")
    pdf = run.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69})
    with open(path, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    check("Quá hạn 92 ngày" in text, "the A4 print of the tasks page carries the overdue tasks")
    run.open("/cuoc-hop/giao-ban-2019-07-24?compare=2019-12-31")
    check("02/17 xã đạt 19/19 tiêu chí" in run.text("main"), "the 24/07/2019 session shows its frozen figures")
    run.shot("tasks-session", full=True)
    run.open("/so-nganh/SNNPTNT?date=2019-12-31")
    check("TC13" in run.text("main"), "the agriculture department's page lists TC13")
    run.shot("tasks-department-view", full=True)
    phone_and_wall(run, "/nhiem-vu?date=2019-12-31", "tasks page", "tasks-office")
    run.sign_out()


def phone_and_wall(run, path, label, shot):
    """Opens `path` on a 390-px phone and a 1920-px screen: no sideways scroll on either, a screenshot of each."""
    for width in (390, 1920):
        run.viewport(width, 1080 if width > 1000 else 844)
        run.open(path)
        scroll_width, client_width, _, _ = run.overflow()
        check(scroll_width <= client_width, f"{width} px {label}: no sideways scroll ({scroll_width} ≤ {client_width})")
        run.shot(f"{shot}-{width}", full=True)


# --- funds ----------------------------------------------------------------------------------------------------

FUNDS_SENTENCE = "Giải ngân 53,2% kế hoạch năm 2019; 54,8% tính cả vốn chuyển nguồn"


def funds(run):
    run.sign_in("vanphong")
    run.viewport(1366, 768)
    run.open("/nguon-von?year=2019&date=2019-06-30")
    check(FUNDS_SENTENCE in run.text("main"), "the funds page states both disbursement rates with their denominators")
    check("Xã Mỹ Cẩm" in run.text("main"), "the funds page lists Mỹ Cẩm's construction debt")
    run.shot("funds-office", full=True)
    # "Xuất Excel": the sources sheet holds what the page's sources table shows, in đồng where the page says millions.
    shown = run.js("""
      var table = Array.from(document.querySelectorAll('main h2')).find(h => h.textContent.trim() === 'Theo nguồn vốn');
      var rows = table ? table.nextElementSibling.querySelectorAll('tbody tr') : [];
      return Array.from(rows).map(r => [r.querySelector('th').textContent.trim(), r.querySelectorAll('td')[0].textContent.trim()]);""")
    status, headers, body = run.download(run.link("Xuất Excel"), "export-funds.xlsx")
    if check(status == 200 and body[:2] == b"PK", f"funds: the workbook downloads ({status}, {headers.get('Content-Type')})"):
        workbook = openpyxl.load_workbook(os.path.join(run.out, "export-funds.xlsx"))
        check("Theo nguồn vốn" in workbook.sheetnames, f"funds: the workbook has the page's tables as sheets {workbook.sheetnames}")
        sheet = workbook["Theo nguồn vốn"]
        header_row = int(re.match(r"[A-Z]+(\d+)", sheet.auto_filter.ref).group(1))
        cells = {row[0]: row[1] for row in sheet.iter_rows(min_row=header_row + 1, values_only=True) if row[0]}
        millions = {name: f"{round(value / 1_000_000):,}".replace(",", ".") for name, value in cells.items() if isinstance(value, int)}
        check(len(shown) > 0 and all(millions.get(name) == planned for name, planned in shown),
              f"funds: each source's planned amount in the workbook equals the page's ({shown[:2]} vs {list(millions.items())[:2]})")
    phone_and_wall(run, "/nguon-von?year=2019&date=2019-06-30", "funds page", "funds-office")
    run.viewport(1366, 768)
    path = os.path.join(run.out, "funds.pdf")
    pdf = run.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69})
    with open(path, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    text = " ".join(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout.split())
    check("tính cả vốn chuyển nguồn" in text, "the A4 print of the funds page carries the rates")
    for step in range(6):
        run.open(f"/giao-ban?date=2019-06-30&step={step}")
        if run.js("return document.querySelector('.step-funds') !== null"):
            check(FUNDS_SENTENCE in run.text("main"), "briefing mode's funds step states the rates")
            run.viewport(1920, 1080)
            run.shot("funds-briefing-1920")
            run.viewport(1366, 768)
            break
    else:
        check(False, "briefing mode has a funds step")
    run.open("/nguon-von")  # briefing mode has no menu to sign out from
    run.sign_out()

    run.sign_in("xa")
    run.viewport(390, 844)
    run.open("/nguon-von?unit=29305&year=2019&date=2019-08-31")
    check(run.js("return document.querySelector(\"a[href^='/nguon-von/mau-excel']\") !== null"), "the commune sees its funding template link")
    csv_path = os.path.join(run.out, "nguon-von-e2e.csv")
    with open(csv_path, "w", encoding="utf-8-sig") as file:
        file.write("unit,year,source,programme,contribution,capital,origin,criterion,project,phase,as_of,amount,document\n")
        file.write('29305,2019,NS-XA,,,SN,NAM,,,GIAI-NGAN,2019-08-31,"1.500.000",BC e2e\n')
    run.driver.find_element(By.CSS_SELECTOR, "form[action='/nguon-von/nhap-file'] input[type=file]").send_keys(os.path.abspath(csv_path))
    run.shot("funds-commune-upload-phone", full=True)
    run.driver.find_element(By.CSS_SELECTOR, "form[action='/nguon-von/nhap-file'] button[type=submit]").click()
    run.wait.until(lambda d: "saved=" in d.current_url)
    check("Đã lưu 1 số liệu" in run.text("body"), "the commune's CSV upload is stored and said so")
    scroll_width, client_width, _, _ = run.overflow()
    check(scroll_width <= client_width, f"390 px commune funds page: no sideways scroll ({scroll_width} ≤ {client_width})")
    run.shot("funds-commune-saved-phone", full=True)
    run.sign_out()


# --- print ----------------------------------------------------------------------------------------------------

def print_matrix(run):
    run.sign_in("lanhdao")
    run.viewport(1366, 768)
    run.open(f"/ma-tran?scope={DISTRICT}&date={REPORT_DATE}")
    rows = run.js("return Array.from(document.querySelectorAll('table.matrix tbody tr th')).map(t => t.textContent.trim())")
    run.shot("print-matrix-screen")
    pdf = run.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    path = os.path.join(run.out, "matrix-844.pdf")
    with open(path, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    print(f"  pdf {path}")
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    check(float(size.group(1)) > float(size.group(2)), f"the matrix prints landscape ({size.group(1)} × {size.group(2)} pt)")
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.count("\f") or 1
    headers = [line for line in text.splitlines() if re.search(r"\b17\s+18\s+19\s*$", line)]
    check(len(headers) >= 1, f"criterion 19's column header is printed ({len(headers)} header line(s), {pages} page(s))")
    marks = {}
    for line in text.splitlines():
        match = re.search(r"(\d+)/19\s+((?:\S+\s+){18}\S+)\s*$", line)
        if match:
            marks[line[:match.start()].strip()] = match.group(2).split()
    check(len(rows) == 13 and len(marks) == len(rows), f"every commune row of the PDF carries 19 marks ({len(marks)} of {len(rows)} rows)")
    check(all(len(m) == 19 for m in marks.values()), "each row has exactly 19 marks")
    duc_my = next((name for name in marks if COMMUNE_NAME in name), None)
    check(duc_my is not None, f"Xã Đức Mỹ's row is in the PDF with its marks: {marks.get(duc_my)}")


def targets(run):
    """The briefing's goals: the list with computed statuses, and Càng Long's gap path."""
    run.sign_in("lanhdao")
    run.viewport(1366, 768)
    run.open(f"/muc-tieu?date={REPORT_DATE}")
    body = run.text("main")
    check("Càng Long: ≥ 70% số xã đạt chuẩn trước 15/10/2019" in body, "the targets page lists Càng Long's 70% goal")
    check("53,85% / 70%" in body, "its reading on 30/06/2019 is 7 of 13 xã (53,85%)")
    run.shot("targets", full=True)
    run.driver.find_element(By.LINK_TEXT, "Càng Long: ≥ 70% số xã đạt chuẩn trước 15/10/2019").click()
    run.wait.until(lambda driver: "Còn cần thêm" in driver.find_element(By.TAG_NAME, "main").text)
    detail = run.text("main")
    check("Còn cần thêm 3 xã." in detail, "the gap: 3 more xã for 70% of 13")
    check(detail.index("Xã Đức Mỹ") < detail.index("Xã Đại Phước"), "the xã lacking least come first")
    run.shot("target-gap", full=True)
    run.viewport(390, 844)
    check(run.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
          "the gap path fits a 390 px phone without sideways scrolling")
    run.shot("target-gap-phone", full=True)
    check("Dự báo khả năng đạt" in detail and "không phải kết quả" in detail,
          "the forecast is shown as a probability, said not to be a result")
    check("Dựa trên 3 lần ghi nhận từ 30/06/2018 đến 30/06/2019" in detail, "the forecast says what it rests on")
    run.viewport(1366, 768)
    run.open("/muc-tieu?date=2019-10-15")
    check("76,92% / 70%" in run.text("main"), "on 15/10/2019 Càng Long stands at 10 of 13 xã")
    run.shot("targets-15-10", full=True)
    # The office adds a goal in the browser; a 140% share comes back under its field, then it is stored.
    run.sign_in("vanphong")
    run.open("/sua-muc-tieu")
    fields = {"id": "chau-thanh-50-e2e", "titleVi": "Châu Thành: ≥ 50% số xã đạt chuẩn", "scope": "847",
              "value": "140", "sourceDocument": "Kế hoạch 2019 (e2e)"}
    for name, value in fields.items():
        field = run.driver.find_element(By.ID, name)
        field.clear()
        field.send_keys(value)
    # Date inputs take keystrokes in the browser's locale; set them as the picker would.
    for name, value in {"deadline": "2019-12-31", "sourceDate": "2019-01-15"}.items():
        run.js("document.getElementById(arguments[0]).value = arguments[1]", name, value)
    run.driver.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()
    run.wait.until(lambda driver: driver.find_elements(By.ID, "err-value"))
    check("%" in run.text("#err-value"), "a share of 140% is refused under its field")
    run.shot("target-form-error", full=True)
    value = run.driver.find_element(By.ID, "value")
    value.clear()
    value.send_keys("50")
    run.driver.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()
    run.wait.until(lambda driver: "/muc-tieu/chau-thanh-50-e2e" in driver.current_url)
    check("Châu Thành: ≥ 50% số xã đạt chuẩn" in run.text("main"), "the goal is stored and shown with its status")


def onboarding(run):
    """After the reform: the office enters thresholds the 2026–2030 set leaves unset, a merged commune shows the
    communes it came from, and Vĩnh Long's overview runs on from Trà Vinh's 2019 figures."""
    run.sign_in("vanphong")
    run.viewport(1366, 768)
    run.open("/bo-tieu-chi/commune-2026-2030/nhap-nguong?province=86")
    check("Nhập ngưỡng của tỉnh" in run.text("main"), "the threshold editor opens for Vĩnh Long")
    # The demo's illustrative overlay has levels for the six known indicators; the office corrects 8.a for G1 and G2.
    for group, value in (("G1", "75"), ("G2", "65,5")):
        field = run.driver.find_element(By.CSS_SELECTOR, f'[name="v|8.a|{group}|"]')
        field.send_keys(value)
        run.driver.find_element(By.CSS_SELECTOR, f'[name="i|8.a|{group}|"]').click()
    run.driver.find_element(By.ID, "sourceTitle").send_keys("Kế hoạch thử của tỉnh (e2e, minh họa)")
    run.shot("threshold-editor", full=True)
    run.driver.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()
    run.wait.until(lambda driver: "saved=" in driver.current_url)
    saved = run.text("main")
    check("Đã lưu phiên bản mới" in saved, "the editor's save is confirmed")
    check("Kế hoạch thử của tỉnh (e2e, minh họa)" in saved, "the set shows the new values with their source")
    run.shot("threshold-saved", full=True)
    run.open("/van-ban-tieu-chi")
    check("vinhlong-2026-2030-demo" in run.text("main"), "the province's overlay is a stored document")
    run.open("/van-ban-tieu-chi/vinhlong-2026-2030-demo?compare=1")
    check("~ Chỉ tiêu 8.a G1: ngưỡng: 80" in run.text("main"), "the new version is shown as a diff from the previous one")
    run.sign_in("lanhdao")
    run.open("/xa/29302?date=2026-06-30")
    commune = run.text("main")
    check("Hình thành từ các đơn vị cũ" in commune and "Xã Đức Mỹ (29305)" in commune,
          "a merged commune lists the communes it came from")
    check("Đạt chuẩn NTM từ 30/09/2019" in commune, "with the day a predecessor reached the standard")
    run.shot("merged-commune", full=True)
    run.open("/?date=2026-06-30&group=huyen-cu")
    overview = run.text("main")
    check("Huyện cũ (trước 01/07/2025)" in overview, "the 2026 overview can group communes by former district")
    check("Sắp xếp ĐVHC 01/07/2025" in run.driver.page_source, "the trend marks the reorganisation")
    run.shot("overview-2026-former-districts", full=True)


def reports(run):
    import docx
    run.sign_in("vanphong")
    run.viewport(1366, 768)
    run.open(f"/bao-cao?scope=registered:2019@84&date={REPORT_DATE}")
    run.shot("reports-page", full=True)
    # The address the form sends when "Tải báo cáo (Word)" is pressed: its fields as they stand, and the button's value.
    href = run.js("""
      var form = document.querySelector('form.report-form');
      var data = new URLSearchParams(new FormData(form));
      data.append('format', 'docx');
      return form.getAttribute('action') + '?' + data.toString();""")
    status, headers, body = run.download(href, "bao-cao-giao-ban.docx")
    disposition = headers.get("Content-Disposition") or ""
    check(status == 200 and body[:2] == b"PK", f"reports: the Word file downloads ({status}, {headers.get('Content-Type')})")
    check("filename*=UTF-8''B%C3%A1o%20c%C3%A1o" in disposition, f"reports: the file has a Vietnamese name ({disposition[:90]})")
    path = os.path.join(run.out, "bao-cao-giao-ban.docx")
    document = docx.Document(path)
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    check(HEADLINE in paragraphs, "reports: python-docx reads the headline 02/17 … 13 … 02")
    header = document.tables[0].rows[0].cells
    check("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header[1].text and "Trà Vinh, ngày 30 tháng 6 năm 2019" in header[1].text,
          f"reports: the header block has the motto and the date line ({header[1].text.splitlines()[-1]!r})")
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    check(["3", "Xã Đức Mỹ", "Huyện Càng Long", "18", "TC11", "2019"] in rows, "reports: Xã Đức Mỹ's row: 18 criteria, TC11 missing")
    soffice = shutil.which("soffice")
    if soffice:
        profile = tempfile.mkdtemp()
        converted = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                                    "--outdir", run.out, path], capture_output=True, text=True, timeout=180)
        pdf = path[:-5] + ".pdf"
        if check(converted.returncode == 0 and os.path.exists(pdf), f"reports: LibreOffice converts the report ({converted.stderr.strip()[:120]})"):
            text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split())
            check(HEADLINE in text, "reports: the PDF's text has the headline with its diacritics")
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, os.path.join(run.out, "bao-cao-giao-ban-trang-1")])
    else:
        print("  (LibreOffice is not installed: the PDF conversion was not checked here)")
    run.viewport(390, 844)
    run.open(f"/bao-cao?scope=registered:2019@84&date={REPORT_DATE}")
    scroll_width, client_width, _, _ = run.overflow()
    check(scroll_width <= client_width + 1, f"reports: no sideways scroll at 390 px ({scroll_width} ≤ {client_width})")
    run.shot("reports-page-390", full=True)
    run.viewport(1920, 1080)
    run.open(f"/giao-ban?scope=registered:2019@84&date={REPORT_DATE}")
    link = run.js("var a = document.querySelector('.briefing-bar a[href^=\"/bao-cao/\"]'); return a ? a.getAttribute('href') : '';")
    check(link.startswith("/bao-cao/bao-cao-giao-ban?") and f"date={REPORT_DATE}" in link, f"reports: briefing mode links the report ({link})")
    run.viewport(1366, 768)
    run.open(f"/?scope=registered:2019@84&date={REPORT_DATE}")
    pdf = run.driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "paperWidth": 8.27, "paperHeight": 11.69})
    printed = os.path.join(run.out, "overview-a4.pdf")
    with open(printed, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    text = " ".join(subprocess.run(["pdftotext", "-layout", printed, "-"], capture_output=True, text=True, check=True).stdout.split())
    check(HEADLINE in text and "Đăng xuất" not in text, "reports: the overview printed on A4 keeps the headline and drops the menu")
    # Every printed page starts with the scope, the date and the headline (the running head).
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", printed], capture_output=True, text=True).stdout).group(1))
    heads = [subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), printed, "-"], capture_output=True, text=True).stdout.strip().split("\n")[0]
             for page in range(1, pages + 1)]
    check(pages > 1 and all("30/06/2019 — Kết quả đến nay, có 02/17 xã" in head for head in heads),
          f"reports: each of the {pages} printed pages starts with the scope, date and headline ({heads[-1][:70]})")
    run.open("/bao-cao")
    run.sign_out()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ntm", default=os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "ntm"))
    parser.add_argument("--out", default="e2e-screenshots")
    parser.add_argument("--port", type=int, default=8092)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    server = Server(args.ntm, args.port, "--demo")
    print(server.banner)
    run = None
    results = []
    try:
        run = Run(server.base, args.out)
        results.append(("fresh-install", scenario(run, "fresh-install", fresh_install, args.ntm, args.port + 1)))
        results.append(("review-flow", scenario(run, "review-flow", review_flow)))
        results.append(("excel-cycle", scenario(run, "excel-cycle", excel_cycle, args.ntm, args.port + 2)))
        results.append(("targets", scenario(run, "targets", targets)))
        results.append(("onboarding", scenario(run, "onboarding", onboarding)))
        for name, function in (("export", export), ("export-more", export_more), ("briefing", briefing), ("phones", phones),
                               ("returned-value", returned_value), ("print", print_matrix), ("tasks", tasks),
                               ("funds", funds), ("reports", reports)):
            results.append((name, scenario(run, name, function)))
    finally:
        if run is not None:
            run.driver.quit()
        server.stop()
    print("\n== summary")
    for name, passed in results:
        print(f"  {'passed' if passed else 'FAILED'}  {name}")
    if failures:
        print(f"\n{len(failures)} failed check(s):")
        for failure in failures:
            print("  - " + failure)
        sys.exit(1)
    print("end-to-end: passed")


if __name__ == "__main__":
    main()
