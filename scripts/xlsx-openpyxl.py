#!/usr/bin/env python3
"""Cross-check NTM Monitor's .xlsx files against openpyxl (pip install openpyxl==3.1.5); used by the tests.

  xlsx-openpyxl.py dump FILE              print what openpyxl sees in FILE as JSON
                                          (sheet state, protection, frozen pane, cell values, unlocked cells)
  xlsx-openpyxl.py write FILE             write a reference workbook for the Swift reader to load
  xlsx-openpyxl.py fill FILE OUT VALUES   fill a data-entry template as an officer would and save it as OUT;
                                          VALUES is JSON {"UNIT|INDICATOR": {"<column header>": value, ...}};
                                          a value {"value": 0.058, "format": "0.0%"} is typed with a number
                                          format, as Excel stores a typed "5,8%"; {"date": "2019-08-15"} is a date
  xlsx-openpyxl.py from-csv CSV OUT       save a CSV as a one-sheet workbook, code columns ("Mã …") as numbers
"""
import datetime
import json
import sys

import openpyxl


def dump(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        cells, unlocked = {}, []
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    cells[cell.coordinate] = cell.value
                if cell.has_style and not cell.protection.locked:
                    unlocked.append(cell.coordinate)
        sheets.append({
            "name": sheet.title,
            "state": sheet.sheet_state,
            "protected": bool(sheet.protection.sheet),
            "frozen": sheet.freeze_panes,
            "cells": cells,
            "unlocked": unlocked,
        })
    json.dump(sheets, sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()


def write(path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Dữ liệu"
    sheet.append(["Xã", "Tỷ lệ hộ nghèo đa chiều", "Số hộ", "Đạt"])
    sheet.append(["Xã Long Khánh", 21.8, 85, True])
    sheet.append(["Phường 1", 0.0625, -3, False])
    sheet.cell(row=4, column=30, value="beyond Z")
    meta = workbook.create_sheet("_meta")
    meta.sheet_state = "hidden"
    meta.append(["template", "ntm-v1"])
    workbook.save(path)


def from_csv(csv_path, out):
    """A CSV as an officer's Excel saves it: one sheet; the code columns (Mã …) stored as numbers, so "01" becomes 1."""
    import csv
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Danh mục"
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    codes = [index for index, heading in enumerate(rows[0]) if heading.startswith("Mã")]
    sheet.append(rows[0])
    for row in rows[1:]:
        sheet.append([int(value) if index in codes and value.isdigit() else value for index, value in enumerate(row)])
    workbook.save(out)


def fill(path, out, values_json):
    values = json.loads(values_json)
    workbook = openpyxl.load_workbook(path)
    sheet = next(s for s in workbook.worksheets if s.sheet_state == "visible")
    # The column headings sit below the template's title lines; find them as an officer's eye would.
    header_row = next(
        index for index in range(1, 31)
        if any(cell.value in ("Mã xã", "Commune code") for cell in sheet[index]))
    header = {cell.value: cell.column for cell in sheet[header_row] if cell.value is not None}
    unit_column, code_column = header.get("Mã xã") or header["Commune code"], header.get("Mã chỉ tiêu") or header["Indicator code"]
    filled = 0
    for row in sheet.iter_rows(min_row=header_row + 1):
        key = f"{row[unit_column - 1].value}|{row[code_column - 1].value}"
        for column_name, value in values.get(key, {}).items():
            cell = sheet.cell(row=row[0].row, column=header[column_name])
            if cell.protection.locked:
                sys.exit(f"cell {cell.coordinate} ({column_name}) is locked")
            if isinstance(value, dict) and "date" in value:
                cell.value = datetime.datetime.strptime(value["date"], "%Y-%m-%d")
                cell.number_format = value.get("format", "dd/mm/yyyy")
            elif isinstance(value, dict):
                cell.value = value["value"]
                cell.number_format = value["format"]
            else:
                cell.value = value
            filled += 1
    workbook.save(out)
    json.dump({"filled": filled, "sheet": sheet.title, "headers": list(header)}, sys.stdout, ensure_ascii=False)
    print()


if __name__ == "__main__":
    commands = {"dump": (dump, 3), "write": (write, 3), "fill": (fill, 5), "from-csv": (from_csv, 4)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != commands[sys.argv[1]][1]:
        sys.exit(__doc__)
    commands[sys.argv[1]][0](*sys.argv[2:])
