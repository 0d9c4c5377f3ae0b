from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from integration_desk.documents.contract_pdf import ContractSheet, Letterhead, ProgrammeLine, render_contracts

HEAD = Letterhead("Jobcenter Ballerup", "Baltorpvej 156\n2750 Ballerup", None)


def sheet(rows: int = 3, sections: int = 1, **changes: object) -> ContractSheet:
    base = dict(
        person_name="Feven Asmerom",
        native_name="ፌቨን ኣስመሮም",
        cpr="010590-1234",
        birth_date=date(1990, 5, 1),
        takeover_date=date(2016, 9, 1),
        caseworker="Mette Holm",
        version_no=2,
        status="Klar til underskrift",
        is_draft=False,
        concluded_on=date(2016, 9, 20),
        programme_start=date(2016, 9, 1),
        programme_end=date(2019, 8, 31),
        employment_goal="Køkkenmedhjælper",
        education_goal="Erhvervsuddannelse",
        interpreter_name="Rami Al-Tawil",
        interpreter_language="tigrinya",
        programme=tuple(
            ProgrammeLine(
                "Danskuddannelse",
                f"Sprogcenter Ballerup {n}",
                date(2016, 9, 5),
                date(2019, 8, 31),
                Decimal("15.5"),
                "DU2",
            )
            for n in range(rows)
        ),
        average=Decimal("37.0"),
        danish_average=Decimal("15.0"),
        target=Decimal("37"),
        danish_cap=Decimal("15"),
        sections=tuple((f"Afsnit {n}", "Tekst om pligter og rettigheder. " * 20) for n in range(sections)),
    )
    base.update(changes)
    return ContractSheet(**base)  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_contract_pdf_holds_names_programme_average_and_signatures() -> None:
    text = "\n".join(pages_text(render_contracts([sheet()], HEAD, date(2016, 10, 3))))
    assert "Feven Asmerom" in text
    assert "ፌቨን ኣስመሮም" in text
    assert "Jobcenter Ballerup" in text and "Baltorpvej 156" in text
    assert "Sprogcenter Ballerup 2" in text and "15,5" in text
    assert "37,0" in text
    assert "højst 15,0" in text  # no discretionary "st" ligature
    assert "Rami Al-Tawil" in text and "(tigrinya)" in text
    assert "Side 1 af 1" in text.replace("\n", " ") or "Side 1 af" in text


def test_long_contract_keeps_the_signature_block_on_one_page() -> None:
    pages = pages_text(render_contracts([sheet(rows=30, sections=6)], HEAD, date(2016, 10, 3)))
    assert len(pages) >= 3
    assert f"Side 1 af {len(pages)}" in pages[0]
    holding = [n for n, text in enumerate(pages) if "Underskrifter" in text]
    assert len(holding) == 1
    page = pages[holding[0]]
    assert "Borgeren" in page and "Sagsbehandleren" in page and "Tolken" in page and "Rami Al-Tawil" in page


def test_each_contract_counts_its_own_pages() -> None:
    pages = pages_text(
        render_contracts([sheet(), sheet(person_name="Ammar Al-Jundi")], HEAD, date(2016, 10, 3))
    )
    assert len(pages) == 2
    assert all("Side 1 af 1" in text for text in pages)
    assert "Ammar Al-Jundi" in pages[1]


def test_the_signature_block_never_stands_alone_on_its_page() -> None:
    """Programmes of growing length push the signatures over a page break: each time the page
    holding them also holds the last section, its title and its text."""
    for rows in range(18, 29, 2):
        pages = pages_text(render_contracts([sheet(rows=rows, sections=5)], HEAD, date(2016, 10, 3)))
        holding = [n for n, text in enumerate(pages) if "Underskrifter" in text]
        assert len(holding) == 1, rows
        page = pages[holding[0]]
        assert "Afsnit 4" in page and "Tekst om pligter" in page and "Borgeren" in page, rows


def test_a_long_last_section_brings_at_least_its_end_to_the_signatures() -> None:
    last = ("Vi behandler dine oplysninger efter reglerne. " * 110)[:4900] + " Slutord."
    long_sheet = replace(sheet(rows=6), sections=(("Første afsnit", "Kort."), ("Sidste afsnit", last)))
    pages = pages_text(render_contracts([long_sheet], HEAD, date(2016, 10, 3)))
    holding = next(n for n, text in enumerate(pages) if "Underskrifter" in text)
    assert "Slutord." in pages[holding] and "Vi behandler" in pages[holding]
    starts = next(n for n, text in enumerate(pages) if "Sidste afsnit" in text)
    assert starts < holding  # the section did not wait for a page of its own: it was split
