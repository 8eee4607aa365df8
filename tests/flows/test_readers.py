from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from flows.readers import MAX_TEXT_CHARS, iter_paths, parse_date, parse_json_line, parse_txt, read_all, read_file
from schemas.article import Article, Rejection

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_083e77faa7a2a924.txt"


def test_seed_layout_gives_title_date_and_body():
    (a,) = list(read_file(SEED))
    assert isinstance(a, Article)
    assert a.title == "Anti-IS coalition talks kick off in London"
    assert a.published == date(2015, 1, 22)
    assert a.external_id == "000_083e77faa7a2a924"
    assert a.text.startswith("Top officials from 21 countries kicked off talks in London")
    assert a.text.rstrip().endswith("The coalition last met in Brussels in December.")
    assert "3 min read" not in a.text and "Talks to focus on" not in a.text


def test_plain_txt_is_title_line_then_body():
    a = parse_txt("A title\nFirst paragraph.\n\nSecond one.", "story", "story.txt")
    assert isinstance(a, Article)
    assert (a.title, a.published, a.text) == ("A title", None, "First paragraph.\n\nSecond one.")


@pytest.mark.parametrize("raw,reason", [
    ("", "empty"),
    ("Only a title\n\n", "no body"),
])
def test_txt_without_body_is_rejected(raw, reason):
    r = parse_txt(raw, "x", "x.txt")
    assert isinstance(r, Rejection) and reason in r.reason


@pytest.mark.parametrize("value,expected", [
    ("22 January, 2015", date(2015, 1, 22)),
    ("January 22, 2015", date(2015, 1, 22)),
    ("2015-01-22", date(2015, 1, 22)),
    ("3rd March 2020", date(2020, 3, 3)),
    ("3 min read", None),
    ("yesterday-ish", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def _line(**kw) -> str:
    base = {"id": "a1", "title": "T", "published": "2019-07-10", "url": "u", "source": "S", "text": "Body."}
    base.update(kw)
    return json.dumps(base)


def test_jsonl_line_fields():
    a = parse_json_line(_line(), "f.jsonl:1")
    assert isinstance(a, Article)
    assert (a.external_id, a.title, a.published, a.url, a.source, a.text) == ("a1", "T", date(2019, 7, 10), "u", "S", "Body.")


@pytest.mark.parametrize("line,needle", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected an object"),
    (json.dumps({"id": "x"}), "'text' is missing"),
    (json.dumps({"id": "x", "text": 5}), "'text' is a int"),
    (json.dumps({"id": "x", "text": "   "}), "'text' is empty"),
    (json.dumps({"id": "x", "text": "a" * (MAX_TEXT_CHARS + 1)}), "over the"),
])
def test_bad_jsonl_lines_are_rejections_with_reasons(line, needle):
    r = parse_json_line(line, "f.jsonl:3")
    assert isinstance(r, Rejection)
    assert r.source == "f.jsonl:3" and needle in r.reason


def test_unparseable_date_keeps_article_without_date():
    a = parse_json_line(_line(published="sometime in spring"), "f:1")
    assert isinstance(a, Article) and a.published is None


def test_missing_id_falls_back_to_origin():
    a = parse_json_line(json.dumps({"text": "Body."}), "f.jsonl:7")
    assert a.external_id == "f.jsonl:7"


def test_jsonl_and_gzip_stream_with_bad_lines_kept_apart(tmp_path):
    lines = [_line(id="a"), "garbage", "", _line(id="b", text="Other body.")]
    plain = tmp_path / "x.jsonl"
    plain.write_text("\n".join(lines) + "\n")
    gz = tmp_path / "y.jsonl.gz"
    with gzip.open(gz, "wt") as fh:
        fh.write("\n".join(lines) + "\n")
    for f in (plain, gz):
        out = list(read_file(f))
        assert [type(o).__name__ for o in out] == ["Article", "Rejection", "Article"]
        assert out[1].source == f"{f}:2"


def test_truncated_gzip_keeps_lines_before(tmp_path):
    gz = tmp_path / "t.jsonl.gz"
    data = gzip.compress(("\n".join(_line(id=str(i), text=f"Body {i}.") for i in range(200)) + "\n").encode())
    gz.write_bytes(data[: len(data) // 2])
    out = list(read_file(gz))
    assert isinstance(out[-1], Rejection) and "to its end" in out[-1].reason
    assert sum(isinstance(o, Article) for o in out) > 0


def test_binary_and_latin1_txt(tmp_path):
    b = tmp_path / "bin.txt"
    b.write_bytes(b"\x00\x01\x02binary")
    (r,) = read_file(b)
    assert isinstance(r, Rejection) and "binary" in r.reason
    l1 = tmp_path / "latin.txt"
    l1.write_bytes("Caf\xe9 talks\nThe minister met in Z\xfcrich.".encode("latin-1"))
    (a,) = read_file(l1)
    assert isinstance(a, Article) and "Zürich" in a.text


def test_folders_recurse_and_skip_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("T\nbody")
    (tmp_path / "README.md").write_text("not an article")
    (tmp_path / "b.jsonl").write_text(_line() + "\n")
    assert [p.name for p in iter_paths([tmp_path])] == ["b.jsonl", "a.txt"]
    assert len(list(read_all([tmp_path]))) == 2


def test_missing_path_is_an_error():
    with pytest.raises(FileNotFoundError, match="no such file"):
        list(iter_paths([Path("/nonexistent/x.jsonl")]))
