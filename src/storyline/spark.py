"""The corpus run on Apache Spark: the same steps as :func:`storyline.corpus.run_local`, spread over a cluster.

Nothing gathers the corpus on the driver:

- each partition reads, cleans and fingerprints its own articles and finds their
  quotes (:func:`storyline.corpus.article_step`, the same ``clean`` as ``storyline ingest``);
- candidate duplicate pairs meet in a shuffle on LSH band keys, are verified by
  the exact Jaccard of their shingles, and become groups by connected components
  computed in Spark (min-label propagation with pointer jumping);
- story neighbour lists are found per block of publication time (a shuffle on
  the time block, each article sent to its own and the two adjacent blocks),
  merged to each article's best ``k``, linked, cut into connected components in
  Spark and clustered per component (:func:`storyline.stories.neighbours.cluster_component`);
- per-story analysis runs after a shuffle on the story id (:func:`storyline.corpus.story_step`).

Run it with ``storyline spark-run INPUT --out DIR`` or, on a cluster,
``spark-submit --py-files storyline.zip -m storyline.spark INPUT DIR`` style
(see :func:`main`).  Needs ``pip install 'storyline[spark]'`` and Java 17+.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .corpus import STORY_TABLES, TABLES, RunReport, article_row, story_step
from .dates import parse_date
from .ingest import ReadOptions, clean, parse_json_line, record_to_raw
from .model import Article, Problem, Span
from .quotes import extract_quotes
from .settings import Settings
from .stories import (
    DedupConfig,
    Features,
    StoryConfig,
    band_keys,
    cluster_component,
    feature_rows,
    fingerprint,
    group_vector,
    jaccard,
    jaccard_figure,
    nearest,
    reach,
    representatives,
)
from .text import day_number

try:
    from pyspark.sql import DataFrame, SparkSession, Window
    from pyspark.sql import functions as F
except ImportError as e:  # pragma: no cover - the extra is missing
    raise ImportError("storyline.spark needs PySpark: python -m pip install 'storyline[spark]'") from e

ARTICLE_SCHEMA = (
    "pos long, problem string, id string, source_id string, outlet string, title string, url string, published string, language string, "
    "text string, paragraphs string, sentences string, meta string, words long, day double, exact long, "
    "bands array<long>, shingles array<long>, terms array<string>, weights array<double>, quotes binary"
)


def session(master: str | None = None, partitions: int | None = None) -> SparkSession:
    """A Spark session for the job: on ``master`` when given (``local[2]``, ``spark://...``, ``yarn``),
    else on the master spark-submit or the Spark configuration names."""
    builder = SparkSession.builder.appName("storyline")
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this Python, with storyline installed
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    if not partitions and spark.sparkContext.master.startswith("local"):
        spark.conf.set("spark.sql.shuffle.partitions", str(max(2, 2 * spark.sparkContext.defaultParallelism)))
    return spark


# -- step 1: read, clean, fingerprint, quotes: one partition at a time


def _flat(spans: tuple[Span, ...]) -> str:
    return ",".join(f"{s.start}:{s.end}" for s in spans)


def _spans(flat: str) -> tuple[Span, ...]:
    return tuple(Span(int(a), int(b)) for a, b in (p.split(":") for p in flat.split(","))) if flat else ()


def _article_partition(frames: Iterator[Any], settings: Settings | None = None) -> Iterator[Any]:
    import pandas as pd

    settings = settings or Settings()
    dedup, stories = settings.dedup, settings.stories
    bands, rows = dedup.bands_rows
    opts = ReadOptions()
    for frame in frames:
        out: list[dict[str, Any]] = []
        articles: list[Article] = []
        positions: list[int] = []
        for pos, source, line, record in zip(frame["pos"], frame["source"], frame["line"], frame["record"]):
            parsed = parse_json_line(record, source, int(line))
            item: Any = parsed if isinstance(parsed, Problem) else record_to_raw(parsed, source, int(line), opts)
            if not isinstance(item, Problem):
                item = clean(item)
            if isinstance(item, Problem):
                out.append({**_EMPTY, "pos": int(pos), "problem": str(item)})
            else:
                articles.append(item)
                positions.append(int(pos))
        if articles:
            fp = fingerprint([a.text for a in articles], dedup)
            keys = band_keys(fp.signatures, bands, rows).view(np.int64)
            feats = feature_rows([a.text for a in articles], [a.title for a in articles], stories)
            for i, (a, pos) in enumerate(zip(articles, positions)):
                meta = article_row(a)
                out.append({
                    **meta, "pos": pos, "problem": None, "language": a.language, "text": a.text,
                    "paragraphs": _flat(a.paragraphs), "sentences": _flat(a.sentences),
                    "meta": json.dumps(a.meta, default=str, ensure_ascii=False), "day": day_number(a.published),
                    "exact": int(fp.exact[i : i + 1].view(np.int64)[0]), "bands": keys[i].tolist(),
                    "shingles": np.unique(fp.shingles.of(i)).astype(np.int64).tolist(),
                    "terms": feats[i][0], "weights": feats[i][1],
                    "quotes": pickle.dumps(extract_quotes(a.text, settings.quotes), protocol=pickle.HIGHEST_PROTOCOL),
                })  # fmt: skip
        yield pd.DataFrame(out, columns=_COLUMNS)


_COLUMNS = [c.split()[0] for c in ARTICLE_SCHEMA.split(", ")]
_EMPTY: dict[str, Any] = {**dict.fromkeys(_COLUMNS), "words": 0, "day": float("nan"), "exact": 0, "bands": [],
                          "shingles": [], "terms": [], "weights": [], "quotes": b""}  # fmt: skip


def _to_article(row: dict[str, Any]) -> Article:
    row = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}  # pandas: NaN for null
    return Article(
        id=row["id"], outlet=row["outlet"], title=row["title"], text=row["text"],
        paragraphs=_spans(row["paragraphs"]), sentences=_spans(row["sentences"]), url=row["url"],
        published=parse_date(row["published"]) if row["published"] else None, language=row["language"],
        meta=json.loads(row["meta"]) if row["meta"] else {},
    )  # fmt: skip


def read_articles(spark: SparkSession, path: str) -> DataFrame:
    """Input records (JSON lines, or Parquet rows) with their file, line and a global position."""
    if path.rstrip("/").endswith(".parquet") or _is_parquet_dir(path):
        df = spark.read.parquet(path)
        df = df.select(F.to_json(F.struct(*[F.col(c) for c in df.columns])).alias("record"))
    else:
        df = spark.read.text(path).withColumnRenamed("value", "record")
    df = df.withColumn("source", F.regexp_replace(F.input_file_name(), "^file://", ""))  # a local file by its path
    # positions in input order (files, then lines): the local run's order of ingest
    indexed = df.rdd.zipWithIndex().map(lambda p: (p[0]["record"], p[0]["source"], p[1]))
    df = spark.createDataFrame(indexed, "record string, source string, pos long")
    first = df.groupBy("source").agg(F.min("pos").alias("first"))
    df = df.join(F.broadcast(first), "source").withColumn("line", F.col("pos") - F.col("first") + 1)
    return df.filter(F.trim("record") != "").select("pos", "source", "line", "record")


def _is_parquet_dir(path: str) -> bool:
    return os.path.isdir(path) and any(name.endswith(".parquet") for name in os.listdir(path))


# -- connected components, in Spark


def connected_components(edges: DataFrame) -> DataFrame:
    """``(id, component)`` for every vertex of an undirected edge list ``(a, b)``; the component is its smallest id.

    Min-label propagation with pointer jumping: each round a vertex takes the
    smallest label among its neighbours and then its label's label, so long
    chains shrink fast.  Every round is a join and an aggregation; nothing is collected.
    """
    both = edges.select("a", "b").union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct()
    both = both.localCheckpoint()
    labels = both.groupBy("a").agg(F.least(F.min("b"), F.first("a")).alias("label")).withColumnRenamed("a", "id")
    labels = labels.localCheckpoint()
    while True:
        moved = both.join(labels.withColumnRenamed("id", "b"), "b").select(F.col("a").alias("id"), "label")
        new = labels.union(moved).groupBy("id").agg(F.min("label").alias("label"))
        jumped = new.alias("n").join(new.alias("m"), F.col("n.label") == F.col("m.id"))
        new = jumped.select(F.col("n.id").alias("id"), F.least("n.label", "m.label").alias("label")).localCheckpoint()
        changed = (
            new.join(labels.withColumnRenamed("label", "old"), "id").filter(F.col("label") != F.col("old")).count()
        )
        labels = new
        if changed == 0:
            return labels.withColumnRenamed("label", "component")


# -- step 2: duplicate groups


def _bucket_pairs(frames: Iterator[Any]) -> Iterator[Any]:
    """Pairs inside each band bucket, as :func:`storyline.stories.minhash.candidate_pairs` makes them."""
    import pandas as pd

    for frame in frames:
        a_ids, b_ids = [], []
        for members in frame["members"]:
            ordered = sorted(((m["pos"], m["id"]) for m in members))
            ids = [i for _, i in ordered]
            if len(ids) <= 64:
                pairs = [(ids[x], ids[y]) for x in range(len(ids)) for y in range(x + 1, len(ids))]
            else:  # chain plus star on the first member, as candidate_pairs links a huge bucket
                pairs = list(zip(ids[:-1], ids[1:])) + [(ids[0], other) for other in ids[1:]]
            for x, y in pairs:
                if x != y:
                    a_ids.append(min(x, y))
                    b_ids.append(max(x, y))
        yield pd.DataFrame({"a": a_ids, "b": b_ids})


def _verify_pairs(frames: Iterator[Any], threshold: float = DedupConfig().threshold) -> Iterator[Any]:
    import pandas as pd

    for frame in frames:
        jac = [
            jaccard(np.asarray(x, dtype=np.int64), np.asarray(y, dtype=np.int64))
            for x, y in zip(frame["sa"], frame["sb"])
        ]
        keep = [j >= threshold for j in jac]
        yield pd.DataFrame(
            {
                "a": frame["a"][keep],
                "b": frame["b"][keep],
                "jaccard": [jaccard_figure(j) for j, k in zip(jac, keep) if k],
            }
        )


def duplicate_pairs(articles: DataFrame, dedup: DedupConfig | None = None) -> DataFrame:
    """``(a, b, jaccard, exact)``: exact copies against their first occurrence, and verified near copies."""
    first = articles.groupBy("exact").agg(F.min(F.struct("pos", "id")).alias("rep"))
    with_rep = articles.join(first, "exact")
    exact = with_rep.filter(F.col("rep.id") != F.col("id")).select(
        F.least("rep.id", "id").alias("a"), F.greatest("rep.id", "id").alias("b"),
        F.lit(1.0).alias("jaccard"), F.lit(True).alias("exact"),
    )  # fmt: skip
    reps = with_rep.filter(F.col("rep.id") == F.col("id")).select("pos", "id", "bands", "shingles")
    buckets = (
        reps.select("pos", "id", F.explode("bands").alias("key"))
        .groupBy("key").agg(F.collect_list(F.struct("pos", "id")).alias("members"))
        .filter(F.size("members") >= 2)
    )  # fmt: skip
    cand = buckets.select("members").mapInPandas(_bucket_pairs, "a string, b string").distinct()
    sh = reps.select("id", "shingles")
    cand = cand.join(sh.withColumnRenamed("id", "a").withColumnRenamed("shingles", "sa"), "a")
    cand = cand.join(sh.withColumnRenamed("id", "b").withColumnRenamed("shingles", "sb"), "b")
    verify = partial(_verify_pairs, threshold=(dedup or DedupConfig()).threshold)
    near = cand.select("a", "b", "sa", "sb").mapInPandas(verify, "a string, b string, jaccard double")
    return exact.unionByName(near.withColumn("exact", F.lit(False)))


# -- step 3: stories


def _neighbour_block(key: tuple, frame: Any, cfg: StoryConfig = StoryConfig()) -> Any:
    """One block of publication time: its articles' best neighbours among the articles within reach."""
    import pandas as pd

    vocab: dict[str, int] = {}
    roles = frame["role"].to_numpy()
    feats = Features.build(frame["id"].tolist(), [None if (d is None or math.isnan(d)) else d for d in frame["day"]],
                           frame["terms"].tolist(), frame["weights"].tolist(), vocab)  # fmt: skip
    home = np.flatnonzero(roles == "home")
    parts = []
    if key[0] == -(2**62):  # the undated articles among themselves
        parts.append(nearest(feats.take(home), feats.take(home), cfg))
    else:
        parts.append(nearest(feats.take(home), feats, cfg))
        undated = np.flatnonzero(roles == "undated")
        if len(undated):  # undated articles look for neighbours in every block
            parts.append(nearest(feats.take(undated), feats.take(home), cfg))
    q, r, s = (np.concatenate(x) for x in zip(*parts))
    return pd.DataFrame({"q": q.astype(str), "r": r.astype(str), "s": s})


def _cluster_block(key: tuple, frame: Any, cfg: StoryConfig = StoryConfig()) -> Any:
    import pandas as pd

    keys = sorted(set(frame["q"]) | set(frame["r"]))
    names = cluster_component(keys, frame["q"].tolist(), frame["r"].tolist(), frame["s"].tolist(), cfg)
    return pd.DataFrame({"id": keys, "name": names})


def _group_row(key: tuple, frame: Any) -> Any:
    """One duplicate group as one member: its representative's id and date, the group's mean terms."""
    import pandas as pd

    frame = frame.sort_values("id", kind="stable").reset_index(drop=True)  # members in article-id order, as locally
    days = [None if (d is None or math.isnan(d)) else d for d in frame["day"]]
    rep = int(representatives(frame["id"].tolist(), days, [0] * len(frame))[0])
    vec = group_vector([dict(zip(t, w)) for t, w in zip(frame["terms"], frame["weights"])])
    terms = sorted(vec)
    return pd.DataFrame({"id": [frame["id"].iloc[rep]], "day": [days[rep]], "terms": [terms],
                         "weights": [[vec[t] for t in terms]], "members": [frame["id"].tolist()]})  # fmt: skip


def story_names(
    spark: SparkSession, articles: DataFrame, groups: DataFrame | None = None, config: StoryConfig | None = None
) -> DataFrame:
    """``(id, name)``: each article's story, named by its smallest article id.

    ``groups`` (``id, duplicate_group``): each duplicate group is clustered as one member and its
    copies join its story, as in :func:`storyline.stories.cluster_stories`.
    """
    cfg = config or StoryConfig()
    width = reach(cfg)
    undated_block = -(2**62)
    no_day = F.col("day").isNull() | F.isnan("day")
    feats = articles.select("id", F.when(no_day, F.lit(None)).otherwise(F.col("day")).alias("day"), "terms", "weights")
    member_of = None
    if groups is not None:
        tagged = feats.join(groups.select("id", "duplicate_group"), "id", "left")
        single = tagged.filter(F.col("duplicate_group").isNull()).select("id", "day", "terms", "weights")
        merged = (
            tagged.filter(F.col("duplicate_group").isNotNull())
            .groupBy("duplicate_group")
            .applyInPandas(
                _group_row, "id string, day double, terms array<string>, weights array<double>, members array<string>"
            )
        )
        merged = merged.localCheckpoint()
        member_of = merged.select(F.explode("members").alias("id"), F.col("id").alias("rep"))
        feats = single.unionByName(merged.select("id", "day", "terms", "weights"))
    feats = feats.withColumn(
        "block", F.when(F.col("day").isNull(), F.lit(undated_block)).otherwise(F.floor(F.col("day") / width))
    )
    dated = feats.filter(F.col("day").isNotNull())
    undated = feats.filter(F.col("day").isNull())
    blocks = [r["block"] for r in dated.select("block").distinct().collect()]  # one number per week: small
    sent = dated.select(
        "*",
        F.explode(
            F.array(
                F.struct(F.col("block").alias("to"), F.lit("home").alias("role")),
                F.struct((F.col("block") - 1).alias("to"), F.lit("ref").alias("role")),
                F.struct((F.col("block") + 1).alias("to"), F.lit("ref").alias("role")),
            )
        ).alias("copy"),
    ).select("id", "day", "terms", "weights", F.col("copy.to").alias("block"), F.col("copy.role").alias("role"))
    sent = sent.join(
        F.broadcast(spark.createDataFrame([(b,) for b in blocks], "block long")), "block"
    )  # blocks with a home
    parts = [sent, undated.select("id", "day", "terms", "weights", "block", F.lit("home").alias("role"))]
    if blocks:
        everywhere = spark.createDataFrame([(b,) for b in blocks], "to long")
        parts.append(undated.crossJoin(F.broadcast(everywhere)).select(
            "id", "day", "terms", "weights", F.col("to").alias("block"), F.lit("undated").alias("role")))  # fmt: skip
    rows = parts[0]
    for p in parts[1:]:
        rows = rows.unionByName(p)

    def neighbour_block(key: tuple, frame: Any) -> Any:  # a function (not a partial): Spark reads its signature
        return _neighbour_block(key, frame, cfg)

    found = rows.groupBy("block").applyInPandas(neighbour_block, "q string, r string, s double")
    best = Window.partitionBy("q").orderBy(F.desc("s"), F.asc("r"))
    links = (
        found.dropDuplicates(["q", "r"])
        .withColumn("rank", F.row_number().over(best))
        .filter(F.col("rank") <= cfg.neighbours)
    )
    top = Window.partitionBy("q")
    kept = links.withColumn("best", F.max("s").over(top)).filter(
        F.col("s") >= F.lit(cfg.relative_floor) * F.col("best")
    )
    kept = kept.select("q", "r", "s").localCheckpoint()
    comps = connected_components(kept.select(F.col("q").alias("a"), F.col("r").alias("b")))
    grouped = kept.join(comps.withColumnRenamed("id", "q"), "q")

    def cluster_block(key: tuple, frame: Any) -> Any:
        return _cluster_block(key, frame, cfg)

    named = grouped.groupBy("component").applyInPandas(cluster_block, "id string, name string")
    if member_of is None:
        return articles.select("id").join(named, "id", "left").select("id", F.coalesce("name", "id").alias("name"))
    reps = (
        feats.select("id")
        .join(named, "id", "left")
        .select(F.col("id").alias("rep"), F.coalesce("name", "id").alias("rep_name"))
    )
    every = (
        articles.select("id").join(member_of, "id", "left").withColumn("rep", F.coalesce("rep", "id")).join(reps, "rep")
    )
    story = Window.partitionBy("rep_name")  # a story is named by its smallest member, copies included
    return every.select("id", F.min("id").over(story).alias("name"))


# -- step 4: per story


def _story_partition(key: tuple, frame: Any, settings: Settings | None = None) -> Any:
    import pandas as pd

    rows = frame.to_dict("records")
    articles = [_to_article(r) for r in rows]
    quotes = [pickle.loads(r["quotes"]) for r in rows]
    out_t, out_r = [], []
    groups = [r.get("duplicate_group") for r in rows]
    for table, table_rows in story_step(
        key[0], articles, quotes, [None if g is None or g != g else g for g in groups], settings
    ).items():
        for row in table_rows:
            out_t.append(table)
            out_r.append(json.dumps(row, ensure_ascii=False))
    return pd.DataFrame({"table": out_t, "row": out_r})


def _ddl(table: str) -> str:
    return ", ".join(f"`{c}` {t}" for c, t in TABLES[table])


def run_spark(
    spark: SparkSession, input_path: str, out: str, fmt: str = "parquet", settings: Settings | None = None
) -> RunReport:
    """Every stage over the articles at ``input_path``; the tables of :data:`storyline.corpus.TABLES` into ``out``
    (and the settings used, ``settings.json``, beside them)."""
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: jsonl or parquet")
    settings = settings or Settings()
    report = RunReport()
    started = time.perf_counter()
    raw = read_articles(spark, input_path).mapInPandas(partial(_article_partition, settings=settings), ARTICLE_SCHEMA)
    raw = raw.persist()
    problems = raw.filter(F.col("problem").isNotNull()).select("pos", "problem")
    for p in problems.orderBy("pos").limit(20).collect():
        print(p["problem"], file=sys.stderr)
    first = Window.partitionBy("id").orderBy("pos")  # an article read twice is kept once, as the store keeps it
    articles = (
        raw.filter(F.col("problem").isNull()).withColumn("n", F.row_number().over(first)).filter("n = 1").drop("n")
    )
    articles = articles.persist()
    report.articles = articles.count()
    report.seconds["articles"] = time.perf_counter() - started

    started = time.perf_counter()
    pairs = duplicate_pairs(articles, settings.dedup).localCheckpoint()
    groups = connected_components(pairs.select("a", "b")).withColumnRenamed("component", "duplicate_group")
    groups = groups.localCheckpoint()
    report.duplicate_groups = groups.select("duplicate_group").distinct().count()
    report.seconds["duplicates"] = time.perf_counter() - started

    started = time.perf_counter()
    names = story_names(spark, articles, groups, settings.stories)
    sid = F.substring(F.sha2(F.concat(F.lit("story\x1f"), F.col("name")), 256), 1, 16)  # = storyline.stories.story_id
    placed = names.select("id", sid.alias("story")).localCheckpoint()
    report.stories = placed.select("story").distinct().count()
    report.seconds["stories"] = time.perf_counter() - started

    started = time.perf_counter()
    full = articles.join(placed, "id").join(groups.withColumnRenamed("id", "gid"), F.col("id") == F.col("gid"), "left")
    cols = [c for c, _ in TABLES["articles"]]
    writer = _writer(fmt)
    writer(full.select(*cols), f"{out}/articles")
    report.rows["articles"] = report.articles
    writer(pairs.select(*[c for c, _ in TABLES["duplicates"]]), f"{out}/duplicates")
    report.rows["duplicates"] = pairs.count()
    per_story = full.select("story", "id", "outlet", "title", "url", "published", "language", "text", "paragraphs",
                            "sentences", "meta", "quotes", "duplicate_group")  # fmt: skip

    def story_partition(key: tuple, frame: Any) -> Any:  # a plain function: Spark reads its signature
        return _story_partition(key, frame, settings)

    found = per_story.groupBy("story").applyInPandas(story_partition, "table string, row string").persist()
    for table in STORY_TABLES:
        rows = found.filter(F.col("table") == table).select(F.from_json("row", _ddl(table)).alias("r")).select("r.*")
        writer(rows, f"{out}/{table}")
        report.rows[table] = rows.count()
    if problems.limit(1).count():
        problems.write.mode("overwrite").json(f"{out}/problems")
    if "://" in out:  # a cluster's file system: the settings as one JSON line, as Spark writes a table
        spark.createDataFrame([(json.dumps(settings.to_json()),)], "settings string").coalesce(1).write.mode(
            "overwrite"
        ).text(f"{out}/settings")
    else:
        settings.save(Path(out) / "settings.json")
    report.seconds["story analysis"] = time.perf_counter() - started
    found.unpersist()
    articles.unpersist()
    raw.unpersist()
    return report


def _writer(fmt: str):
    def write(df: DataFrame, path: str) -> None:
        if fmt == "parquet":
            df.write.mode("overwrite").parquet(path)
        else:
            df.write.mode("overwrite").option("ignoreNullFields", "false").json(path)

    return write


def main(argv: list[str] | None = None) -> None:
    """``spark-submit storyline/spark.py INPUT OUT [jsonl|parquet] [SETTINGS.toml]``: the job without the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        raise SystemExit("usage: spark.py INPUT OUT [jsonl|parquet] [SETTINGS.toml]")
    settings = Settings.load(args[3]) if len(args) > 3 else Settings()
    spark = session()
    try:
        report = run_spark(spark, args[0], args[1], args[2] if len(args) > 2 else "parquet", settings)
    finally:
        spark.stop()
    print(json.dumps({"articles": report.articles, "stories": report.stories, "rows": report.rows,
                      "seconds": report.seconds}))  # fmt: skip


if __name__ == "__main__":
    main()
