"""Contracts on paper: one contract to PDF, and 100 contracts ready for signing in one PDF.

Runs in-process on a copy of the scale-10 demo database, in which 100 contracts are set to ready
for signing (the demo has fewer), so the real database is never changed.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from run import DEMO_USER, Context, benchmark


@benchmark("contracts")
def contracts_pdf(ctx: Context) -> dict[str, float | int]:
    from sqlalchemy import select, update

    from integration_desk.db.models import Contract
    from integration_desk.services import contracts_print
    from integration_desk.services.context import AppContext
    from integration_desk.services.database import open_database

    ctx.database_url()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "contracts.sqlite3"
        shutil.copyfile(ctx.database, copy)
        engine = open_database(f"sqlite:///{copy}")
        app = AppContext(engine, DEMO_USER, today=date(2016, 10, 3))
        with app.uow() as uow:
            ids = list(uow.session.scalars(select(Contract.id).order_by(Contract.id).limit(100)))
            uow.session.execute(update(Contract).where(Contract.status == "ready").values(status="draft"))
            uow.session.execute(update(Contract).where(Contract.id.in_(ids)).values(status="ready"))
            uow.commit()
        contracts_print.render_contract(app, ids[0])  # fonts registered, caches warm
        times = []
        for contract_id in ids[1 : 1 + max(ctx.repeat, 5)]:
            start = time.perf_counter()
            contracts_print.render_contract(app, contract_id)
            times.append(time.perf_counter() - start)
        ready = contracts_print.ready_contract_ids(app)
        start = time.perf_counter()
        pdf = contracts_print.render_many(app, ready)
        many = time.perf_counter() - start
        engine.dispose()
    return {
        "contract_pdf_ms": statistics.median(times) * 1000,
        "contracts_100_pdf_s": many,
        "contracts_100_pdf_count": len(ready),
        "contracts_100_pdf_kib": len(pdf) // 1024,
    }
