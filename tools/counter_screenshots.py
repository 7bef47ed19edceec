"""Pictures of the screens a clerk sees first, on a counter PC's small screen (issue 18).

    PYTHONPATH=src python tools/counter_screenshots.py [WIDTHxHEIGHT] [LANGUAGE] [OUT_DIR]

Defaults: 1024x560 (a 1024x600 screen less its taskbar), zh_CN, docs/screenshots. The screen is
Qt's offscreen one made that size, so the windows size themselves from its available area as they
do on the counter. Writes today-, customer-dialog-, new-customer- and import-wizard-{size}-{lang}
.png of a demo shop (the language shortened to zh or en).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main(size: str = "1024x560", language: str = "zh_CN", out: str = "docs/screenshots") -> None:
    width, height = (int(part) for part in size.split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="counter-shots-"))
    screen = {"screens": [{"name": "counter", "x": 0, "y": 0, "width": width, "height": height}]}
    (scratch / "screen.json").write_text(json.dumps(screen))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={scratch / 'screen.json'}"
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # the clerk's layout left alone

    from custdesk import clock as shop_clock
    from custdesk.app import open_app
    from custdesk.services.shop.demo import generate_demo
    from custdesk.ui.shell.launch import create_application
    from custdesk.ui.shell.main_window import MainWindow

    create_application(language=language)
    tag = f"{size}-{language.split('_')[0]}"
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = scratch / "demo-shop.db"
    with open_app(db_path, program="counter screenshots", create=True) as demo:
        generate_demo(demo.db, 300, seed=1, today=shop_clock.today())
    with open_app(db_path, program="counter screenshots") as context:
        window = MainWindow(context.services, context.db_path, auto_backup=False)
        window.show()
        settle()
        window.grab().save(str(out_dir / f"today-{tag}.png"))
        page = window.customers_page
        window.navigation.select("customers")
        busiest = max(
            context.services.customer_list.ids(),
            key=lambda i: len(context.services.purchases.purchases_of(i)),
        )
        dialog = page.edit_customer(busiest)
        assert dialog is not None
        settle()
        dialog.grab().save(str(out_dir / f"customer-dialog-{tag}.png"))
        dialog.reject()
        form = page.new_customer()
        settle()
        form.grab().save(str(out_dir / f"new-customer-{tag}.png"))
        form.reject()
        wizard = window.import_customers()
        sheet = scratch / "老客户.csv"
        sheet.write_text(
            "客户姓名,手机号,生日,地址,备注\n"
            "欧阳娜娜,13800138000,1988-03-15,深圳市南山区科技园南区,老客户介绍\n"
            "王五,13900139000,1990/7/1,,\n",
            encoding="utf-8",
        )
        wizard.open_file(sheet)
        while wizard.table is None:
            settle()
        wizard.next()
        settle()
        wizard.grab().save(str(out_dir / f"import-wizard-{tag}.png"))
        wizard.reject()
        window.hide()
        window.deleteLater()


if __name__ == "__main__":
    main(*sys.argv[1:])
