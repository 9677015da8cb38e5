"""The warehouse built from the committed samples answers the questions a user asks first."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb

from etl import pipelines
from etl.config import Settings

from .conftest import build_lake, make_settings

Query = Callable[..., list[tuple]]
SPECIMEN_FILE = "000_549d95c93c17b7b1.txt"


def test_build_passes_every_test(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> None:
    _, result = sample_warehouse
    assert result.failed == 0
    assert result.passed > 100  # models, seeds and data tests all ran


def test_summary_queries_run_on_the_published_copy(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> None:
    settings, _ = sample_warehouse
    pipelines.publish(settings)
    summary = pipelines.summarize(settings)
    assert summary["issues"] == 4  # three real excerpts and the specimen; the PNG is not an issue
    assert summary["articles"] >= 4
    assert summary["people"] > 0
    assert summary["organizations"] > 0
    assert summary["places"] > 0
    assert [q["file"] for q in summary["quarantined"]] == ["page_scan_20240316.txt"]
    assert "PNG" in summary["quarantined"][0]["reason"]
    with duckdb.connect(str(settings.published_db), read_only=True) as con:
        top = con.execute(summary["example_query"]).fetchall()
    assert top and all(count >= 1 for _, _, count in top)


def test_specimen_issue_metadata_comes_from_its_sidecar(query: Query) -> None:
    rows = query(
        "select paper, issue_date, edition, metadata_source, article_count, length(content_sha256)"
        " from dim_issues where source_file like ?",
        f"%{SPECIMEN_FILE}",
    )
    assert rows == [("wjrb", date(2024, 3, 15), "A", "sidecar", 4, 64)]


def test_qiao_junjie_has_both_titles_in_the_specimen(query: Query) -> None:
    rows = query(
        "select title from fct_person_titles where person_name = '乔俊杰' and issue_date = ? order by title",
        date(2024, 3, 15),
    )
    assert [t for (t,) in rows] == ["区委书记", "市委常委"]
    # where each is held: the specimen's paper is a district paper of 武进区 (320412), in 常州市 (320400)
    places = query(
        "select title, title_place_id, title_place_source from fct_person_titles"
        " where person_name = '乔俊杰' and issue_date = ? order by title",
        date(2024, 3, 15),
    )
    assert places == [("区委书记", "320412", "home_region"), ("市委常委", "320400", "home_region")]
    latest = query("select latest_title, person_region from dim_persons where person_name = '乔俊杰'")
    assert latest == [("区委书记", "320412")]


def test_specimen_reporters_keep_their_roles(query: Query) -> None:
    rows = query(
        "select r.reporter_role, r.reporter_name, d.affiliation from fct_article_reporters as r"
        " inner join dim_reporters as d on r.reporter_id = d.reporter_id"
        " where r.issue_date = ? order by r.reporter_name",
        date(2024, 3, 15),
    )
    assert ("见习记者", "万峰鸣", "武进日报") in rows
    assert ("记者", "张可馨", "武进日报") in rows


def test_every_person_and_place_mention_has_its_entity(query: Query) -> None:
    missing = query(
        "select mention_type, count(*) from fct_entity_mentions"
        " where (mention_type = 'person' and person_id is null)"
        " or (mention_type = 'organization' and organization_id is null)"
        " or (mention_type = 'place' and place_id is null) group by all"
    )
    assert missing == []


def test_article_counts_add_up(query: Query) -> None:
    (issues_total,) = query("select sum(article_count) from dim_issues")[0]
    (articles,) = query("select count(*) from fct_articles")[0]
    assert issues_total == articles
    # the specimen's lead article names 乔俊杰, places and organizations
    lead = query(
        "select person_count, place_count, organization_count from fct_articles"
        " where issue_date = ? and headline like '%乔俊杰%'",
        date(2024, 3, 15),
    )
    assert lead and all(n > 0 for n in lead[0])


def test_organizations_are_counted_under_one_name_whatever_form_was_printed(query: Query) -> None:
    # Every form printed is kept on the organization; none of the seed's aliases survives as a name of its own.
    rows = query("select count(*) from dim_organizations where len(printed_names) = 0")
    assert rows == [(0,)]
    leftover = query(
        "select organization_name from dim_organizations"
        " where organization_name in (select alias from main.organization_aliases)"
    )
    assert leftover == []


def test_calendar_knows_chinese_weekdays_and_holidays(query: Query) -> None:
    rows = query(
        "select calendar_date, weekday_name_zh, is_weekend, is_holiday, is_makeup_workday, is_workday, holiday_name"
        " from dim_dates where calendar_date in ('2024-03-15', '2024-10-01', '2024-09-29', '2024-02-10')"
        " order by calendar_date"
    )
    assert rows == [
        (date(2024, 2, 10), "星期六", True, True, False, False, "春节"),
        (date(2024, 3, 15), "星期五", False, False, False, True, None),
        (date(2024, 9, 29), "星期日", True, False, True, True, "国庆节"),
        (date(2024, 10, 1), "星期二", False, True, False, False, "国庆节"),
    ]


def test_place_mentions_resolve_to_the_gazetteer(query: Query) -> None:
    rows = query(
        "select distinct p.place_id, p.place_level from fct_entity_mentions as m"
        " inner join dim_places as p on m.place_id = p.place_id"
        " where m.mention_type = 'place' and m.canonical_name in ('武进', '武进区')"
    )
    assert ("320412", "district") in rows


def test_a_rebuild_changes_no_row(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> None:
    settings, _ = sample_warehouse

    def snapshot() -> dict[str, list[tuple]]:
        with duckdb.connect(str(settings.build_db), read_only=True) as con:
            tables = [
                t
                for (t,) in con.execute(
                    "select table_name from information_schema.tables"
                    " where table_schema = 'main' and regexp_matches(table_name, '^(dim|fct|rpt)_')"
                ).fetchall()
            ]
            return {
                t: sorted(con.execute(f"select * from {t}").fetchall(), key=repr)  # noqa: S608 (names from the catalog)
                for t in tables
            }

    before = snapshot()
    assert len(before) >= 20
    pipelines.build_warehouse(settings)
    after = snapshot()
    assert [t for t in before if before[t] != after.get(t)] == []


def test_an_empty_lake_builds_an_empty_warehouse(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, tmp_path / "no-raw-files")
    (tmp_path / "no-raw-files").mkdir()
    build_lake(settings)
    result = pipelines.build_warehouse(settings)
    assert result.failed == 0
    with duckdb.connect(str(settings.build_db), read_only=True) as con:
        assert con.execute("select count(*) from fct_articles").fetchone() == (0,)
        assert con.execute("select count(*) from dim_dates").fetchone()[0] >= 365 * 8  # 2019-2026 at least


def test_full_text_search_finds_the_taihu_article(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> None:
    settings, _ = sample_warehouse
    # Plain SQL macros over the bigram index: a reader needs no extension (BI drivers often cannot load one).
    with duckdb.connect(str(settings.build_db), read_only=True, config={"autoinstall_known_extensions": False}) as con:
        hits = con.execute("select headline, issue_date, score from search_articles('太湖治理')").fetchall()
        nothing = con.execute("select count(*) from search_articles('量子引力波')").fetchone()
        one_word = con.execute("select count(*) from search_articles('太湖')").fetchone()
    assert hits[0][:2] == ("我区召开太湖综合治理项目调度会", date(2024, 3, 15))
    assert all(a[2] >= b[2] > 0 for a, b in zip(hits, hits[1:], strict=False))  # best BM25 first
    assert nothing == (0,)
    assert one_word[0] >= len(hits)


def test_title_history_answers_since_when(query: Query) -> None:
    rows = query(
        "select title, valid_from, valid_to from dim_person_title_history"
        " where person_name = '乔俊杰' and valid_from <= ? and (valid_to is null or ? < valid_to)",
        date(2024, 3, 15),
        date(2024, 3, 15),
    )
    assert rows == [("区委书记", date(2024, 3, 15), None)]


def test_titles_are_normalized_to_base_posts(query: Query) -> None:
    rows = dict(
        (title, (base, level, deputy))
        for title, base, level, deputy in query(
            "select title, base_title, admin_level, is_deputy from dim_titles"
            " where title in ('区委书记', '市委常委', '区委副书记')"
        )
    )
    assert rows == {
        "区委书记": ("书记", "county", False),
        "市委常委": ("常委", "city", False),
        "区委副书记": ("副书记", "county", True),
    }


def test_who_appears_with_whom(query: Query) -> None:
    rows = query(
        "select entity_b_name from fct_cooccurrences"
        " where entity_a_name = '乔俊杰' and pair_type = 'person-person'"
        " union select entity_a_name from fct_cooccurrences"
        " where entity_b_name = '乔俊杰' and pair_type = 'person-person'"
    )
    assert "咸春宇" in {name for (name,) in rows}  # met in the specimen's lead article


def test_dbt_docs_generate_works(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> None:
    settings, _ = sample_warehouse
    proc = pipelines.run_dbt(settings, "docs", "generate")
    assert proc.returncode == 0, proc.stdout[-3000:]
    catalog = settings.warehouse_dir / "dbt" / "target" / "catalog.json"
    assert "model.newspapers.fct_person_titles" in catalog.read_text(encoding="utf-8")


def test_source_freshness_flags_a_stalled_feed(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> None:
    settings, _ = sample_warehouse
    pipelines.run_dbt(settings, "source", "freshness")  # exits non-zero: the samples were ingested in 2024
    sources = json.loads((settings.warehouse_dir / "dbt" / "target" / "sources.json").read_text(encoding="utf-8"))
    (issues,) = [r for r in sources["results"] if r["unique_id"] == "source.newspapers.lake.issues"]
    assert issues["status"] == "error"
    assert issues["max_loaded_at"].startswith("2024-03-16")
