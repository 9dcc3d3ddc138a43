"""The Spark job in local[2] gives the local corpus run's results on the same input (needs Java 17+)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="the Spark extra is not installed")
if shutil.which("java") is None:
    pytest.fail("Java is missing: the Spark job needs Java 17+ (CI installs openjdk-17-jre-headless)", pytrace=False)

from storyline.corpus import TABLES, read_table, run_local  # noqa: E402
from storyline.ingest import ingest  # noqa: E402
from storyline.store import Store  # noqa: E402

pytestmark = pytest.mark.slow  # a Spark session: left out of the fast suite


@pytest.fixture(scope="module")
def spark():
    from storyline.spark import session

    s = session("local[2]", partitions=4)
    yield s
    s.stop()


def partition(rows: list[dict], key: str) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for r in rows:
        if r[key] is not None:
            groups.setdefault(r[key], []).append(r["id"])
    return sorted(sorted(g) for g in groups.values())


def as_set(rows: list[dict]) -> list[tuple]:
    return sorted(tuple(sorted((k, repr(v)) for k, v in r.items())) for r in rows)


def test_spark_run_equals_the_local_run(spark, corpus_file: Path, tmp_path: Path, capfd) -> None:
    from storyline.spark import run_spark

    with Store(tmp_path / "s.db") as store:
        ingest([corpus_file], store)
    run_local(tmp_path / "s.db", tmp_path / "local", "jsonl", workers=1)
    report = run_spark(spark, str(corpus_file), str(tmp_path / "spark"), "parquet")
    local = {t: read_table(tmp_path / "local", t) for t in TABLES}
    remote = {t: read_table(tmp_path / "spark", t) for t in TABLES}
    assert report.articles == len(local["articles"])
    # the same story partition and the same duplicate groups, and neither is trivial
    stories = partition(local["articles"], "story")
    assert partition(remote["articles"], "story") == stories
    assert any(len(s) >= 4 for s in stories) and len(stories) >= 4
    dups = partition(local["articles"], "duplicate_group")
    assert partition(remote["articles"], "duplicate_group") == dups and len(dups) >= 5
    # every table row for row: articles, pairs, stories, relations, quotes and statements
    for table in TABLES:
        assert as_set(remote[table]) == as_set(local[table]), table
    assert len(remote["quotes"]) >= 20
    # the broken lines are reported with the file and line, and the rest was processed
    err = capfd.readouterr().err
    assert f"{corpus_file}:8: invalid JSON" in err
    assert f"{corpus_file}:13: no text" in err


def test_connected_components_in_spark(spark) -> None:
    from storyline.spark import connected_components

    # a long chain (numbered so the smallest id sits in the middle), a star and a pair
    chain = [(f"c{i:03d}", f"c{i + 1:03d}") for i in range(40)]
    chain = [(a.replace("c020", "a000"), b.replace("c020", "a000")) for a, b in chain]
    edges = chain + [("s0", f"s{i}") for i in range(1, 6)] + [("p2", "p1")]
    df = spark.createDataFrame(edges, "a string, b string")
    got = {r["id"]: r["component"] for r in connected_components(df).collect()}
    assert {v for k, v in got.items() if k.startswith(("c", "a"))} == {"a000"}
    assert {v for k, v in got.items() if k.startswith("s")} == {"s0"}
    assert got["p1"] == got["p2"] == "p1"
    assert len(got) == 41 + 6 + 2


def test_spark_reads_parquet_and_writes_json_lines(spark, corpus_file: Path, tmp_path: Path) -> None:
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from storyline.spark import run_spark

    records = []
    for line in corpus_file.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # the fixture's broken line: Parquet cannot hold it
        if record.get("text"):
            records.append(record)
    columns = ["id", "source", "title", "date", "text"]
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in records]), tmp_path / "in.parquet")
    report = run_spark(spark, str(tmp_path / "in.parquet"), str(tmp_path / "out"), "jsonl")
    rows = read_table(tmp_path / "out", "articles")
    assert report.articles == len(rows) == len(records)
    assert sorted(r["source_id"] for r in rows) == sorted(r["id"] for r in records)
    assert any(p.name.endswith(".json") for p in (tmp_path / "out" / "quotes").iterdir())
    assert read_table(tmp_path / "out", "quotes")


def test_a_jaccard_on_a_rounding_edge_is_written_alike(spark, tmp_path: Path) -> None:
    """Two copies whose shingle sets share 151 of 160 (Jaccard 0.94375, which NumPy's rounding makes
    0.9438 and Python's 0.9437): both executors write the same figure, because it is rounded in one place."""
    import json
    import random

    from storyline.spark import run_spark

    rng = random.Random(7)
    vocab = sorted(
        {"".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(400)}
    )
    rng.shuffle(vocab)
    words, extra = vocab[:159], vocab[159:164]  # 159 words: 155 five-word shingles
    a = " ".join(words) + "."
    b = " ".join(words[:155] + extra) + "."  # 151 of a's shingles and 5 new ones
    other = " ".join(vocab[200:380]) + "."
    path = tmp_path / "edge.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "edge-a", "source": "One", "date": "2024-05-01", "text": a},
        {"id": "edge-b", "source": "Two", "date": "2024-05-01", "text": b},
        {"id": "else", "source": "Three", "date": "2024-05-02", "text": other},
    )), "utf-8")  # fmt: skip
    with Store(tmp_path / "s.db") as store:
        ingest([path], store)
    run_local(tmp_path / "s.db", tmp_path / "local", "jsonl", workers=1)
    run_spark(spark, str(path), str(tmp_path / "spark"), "jsonl")
    local, remote = read_table(tmp_path / "local", "duplicates"), read_table(tmp_path / "spark", "duplicates")
    assert [r["jaccard"] for r in local] == [0.9437]  # 151/160, rounded half to even on its exact binary value
    assert as_set(remote) == as_set(local)


def test_spark_submit_runs_the_packaged_job(tmp_path: Path, corpus_file: Path) -> None:
    """What a cluster runs: spark-submit with the package zipped for the workers (--py-files), the driver
    script storyline/submit.py and a settings file; the tables equal the local run's with those settings."""
    import json
    import os
    import subprocess
    import sys

    import pyspark

    import storyline
    import storyline.submit
    from storyline.settings import Settings

    submit = shutil.which("spark-submit") or str(Path(pyspark.__file__).parent / "bin" / "spark-submit")
    package = shutil.make_archive(
        str(tmp_path / "storyline"), "zip", root_dir=Path(storyline.__file__).parent.parent, base_dir="storyline"
    )
    settings = tmp_path / "storyline.toml"
    settings.write_text("[stories]\nmax_days = 8.0\n\n[dedup]\nthreshold = 0.55\n", "utf-8")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    args = [str(corpus_file), str(tmp_path / "spark"), "jsonl", str(settings)]
    command = [submit, "--master", "local[2]", "--py-files", package, storyline.submit.__file__, *args]
    r = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout.strip().splitlines()[-1])
    with Store(tmp_path / "s.db") as store:
        ingest([corpus_file], store)
    run_local(tmp_path / "s.db", tmp_path / "local", "jsonl", workers=1, settings=Settings.load(settings))
    assert report["articles"] == len(read_table(tmp_path / "local", "articles"))
    for table in TABLES:
        assert as_set(read_table(tmp_path / "spark", table)) == as_set(read_table(tmp_path / "local", table)), table
    kept = json.loads((tmp_path / "spark" / "settings.json").read_text("utf-8"))
    assert kept["stories"]["max_days"] == 8.0 and kept["dedup"]["threshold"] == 0.55
