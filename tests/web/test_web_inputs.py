from __future__ import annotations

from datetime import date

import pytest

from extract.web.inputs import (
    MAX_TEXT_CHARS,
    InputError,
    article_from_upload,
    article_text,
    check_unicode,
    headline,
    html_to_article,
    normalise_text,
    parse_published,
    strip_tags,
)

PAGE = (
    "<html><head><title>Pemkab dan Kampus Teken MoU</title>"
    '<meta property="article:published_time" content="2024-02-14T09:00:00+07:00"></head><body>'
    "<nav>Beranda | Berita</nav><article><h1>Pemkab dan Kampus Teken MoU</h1>"
    "<p>Pemerintah Kabupaten Kendal dan Politeknik Samudra menandatangani nota kesepahaman "
    "tentang pelatihan nelayan muda di Pendopo Kabupaten Kendal, Rabu (14/2/2024).</p>"
    "<p>Kerja sama ini mencakup pelatihan, magang, dan riset perikanan tangkap.</p>"
    "<script>alert('iklan')</script></article></body></html>"
).encode()


def test_html_page_becomes_its_article_text_with_title_and_date() -> None:
    article = html_to_article(PAGE, "kendal")
    assert "menandatangani nota kesepahaman" in article.text
    assert "alert" not in article.text and "<p>" not in article.text
    assert article.title == "Pemkab dan Kampus Teken MoU"
    assert article.published == date(2024, 2, 14)


def test_html_without_main_content_falls_back_to_stripped_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    article = html_to_article(b"<p>MoU &amp; PKS</p><script>x()</script><div>diteken</div>", "kecil")
    assert (article.text, article.title) == ("MoU & PKS\n\nditeken", None)


def test_strip_tags_keeps_blocks_as_paragraphs() -> None:
    assert strip_tags("<h1>Judul</h1><p>Satu <b>dua</b></p><br>tiga") == "Judul\n\nSatu dua\n\ntiga"


def test_uploads_by_suffix() -> None:
    text_file = article_from_upload("berita_01.txt", "Nota kesepahaman\r\nditeken.".encode())
    assert (text_file.doc_id, text_file.text) == ("berita_01", "Nota kesepahaman\nditeken.")
    assert "nota kesepahaman" in article_from_upload("halaman.HTML", PAGE).text
    with pytest.raises(InputError) as error:
        article_from_upload("berita.pdf", b"%PDF")
    assert error.value.status == 415


def test_windows_1252_upload_is_decoded() -> None:
    assert article_from_upload("lama.txt", "Café “baru”".encode("cp1252")).text == "Café “baru”"


def test_published_dates() -> None:
    assert parse_published("2023-05-26") == date(2023, 5, 26)
    assert parse_published("") is None and parse_published(None) is None
    for bad in ("2023-13-01", "kemarin", "tanggal"):
        with pytest.raises(InputError):
            parse_published(bad)


def test_text_normalisation_and_unicode_check() -> None:
    assert normalise_text("a\r\nb\rc") == "a\nb\nc"
    with pytest.raises(InputError):
        check_unicode("bad \ud800 surrogate")


def test_article_text_longer_than_the_pipeline_accepts_is_refused() -> None:
    assert article_text("x\r\n" * 10) == "x\n" * 10
    with pytest.raises(InputError) as error:
        article_from_upload("panjang.txt", b"a" * (MAX_TEXT_CHARS + 1))
    assert error.value.status == 413


def test_headline_is_a_short_first_line() -> None:
    assert headline("\n  Bupati Teken MoU \nIsi berita.") == "Bupati Teken MoU"
    assert headline("x" * 300) is None
    assert headline("   ") is None
