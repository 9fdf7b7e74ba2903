#!/usr/bin/env python3
"""Cross-check NTMExchange's .xlsx files against openpyxl (pip install openpyxl==3.1.5).

  check-xlsx-openpyxl.py dump FILE    print what openpyxl sees in FILE as JSON
                                      (sheet state, protection, frozen pane, cell values, unlocked cells)
  check-xlsx-openpyxl.py write FILE   write a reference workbook for the Swift reader to load
"""
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


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("dump", "write"):
        sys.exit(__doc__)
    {"dump": dump, "write": write}[sys.argv[1]](sys.argv[2])
