#!/usr/bin/env python3
"""Reads a .docx with python-docx, the way an office's tools would, and prints what it holds as JSON:
paragraphs, tables (cell text by row, and which rows repeat as headers), the first section's page geometry
in millimetres and the core properties. The report tests compare this with hand-written expectations."""
import json
import sys

import docx
from docx.oxml.ns import qn


def main(path):
    document = docx.Document(path)
    tables = []
    for table in document.tables:
        rows = []
        header_rows = 0
        for row in table.rows:
            rows.append([cell.text for cell in row.cells])
            properties = row._tr.trPr
            if properties is not None and properties.find(qn("w:tblHeader")) is not None:
                header_rows += 1
        tables.append({"rows": rows, "headerRows": header_rows})
    section = document.sections[0]
    mm = lambda length: round(length.mm, 1)
    footer = [paragraph.text for paragraph in section.footer.paragraphs]
    fonts = sorted({run.font.name for paragraph in document.paragraphs for run in paragraph.runs if run.font.name})
    default_font = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    print(json.dumps({
        "paragraphs": [paragraph.text for paragraph in document.paragraphs],
        "tables": tables,
        "page": {
            "width": mm(section.page_width), "height": mm(section.page_height),
            "top": mm(section.top_margin), "bottom": mm(section.bottom_margin),
            "left": mm(section.left_margin), "right": mm(section.right_margin),
        },
        "footer": footer,
        "font": default_font.get(qn("w:ascii")),
        "runFonts": fonts,
        "title": document.core_properties.title,
        "subject": document.core_properties.subject,
        "author": document.core_properties.author,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
