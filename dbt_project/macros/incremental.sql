{#-
    Incremental facts are rebuilt per issue date: a run with a data interval (vars interval_start and
    interval_end, 'YYYY-MM-DD', passed by etl.pipelines.build_warehouse) deletes and re-inserts the issue
    dates of every issue its ingest touched: the files its runs saw (bronze ingest_files, whose run_key begins
    with the run's interval start as yyyymmdd) and the issues ingested (ingested_at = the run's interval end)
    in (start, end].  An interval within one day (start = end, e.g. an asset-triggered run) takes that whole
    day.  Rebuilding a date from the lake is always right, so a wider set only costs time.  Without the vars,
    or on --full-refresh, every date is rebuilt.  A date whose rows all vanished from the lake keeps its old
    rows until a full refresh; so does a change to resolution logic or seeds (run dbt build --full-refresh).
-#}

{% macro is_interval_run() -%}
    {{ return(is_incremental() and var('interval_start', none) and var('interval_end', none)) }}
{%- endmacro %}


{% macro interval_issue_dates() -%}
    {%- set start = var('interval_start') | string -%}
    {%- set end = var('interval_end') | string -%}
    {%- set start_key = start | replace('-', '') -%}
    {%- set end_key = end | replace('-', '') -%}
    select ingest_files.issue_date
    from {{ ref('stg_lake__ingest_files') }} as ingest_files
    where
        ingest_files.issue_date is not null
        and left(ingest_files.run_key, 8) >= '{{ start_key }}'
        and left(ingest_files.run_key, 8) {{ '<=' if start_key == end_key else '<' }} '{{ end_key }}'
    union
    select issues.issue_date
    from {{ ref('stg_lake__issues') }} as issues
    {%- if start == end %}
    where cast(issues.ingested_at as date) = date '{{ start }}'
    {%- else %}
    where
        issues.ingested_at > timestamptz '{{ start }} 00:00:00+00'
        and issues.ingested_at <= timestamptz '{{ end }} 00:00:00+00'
    {%- endif %}
{%- endmacro %}


{#- `where`/`and` + the interval's issue dates when this is an interval run; nothing otherwise. -#}
{% macro interval_filter(keyword='where', column='issue_date') -%}
    {%- if is_interval_run() %}
    {{ keyword }} {{ column }} in ({{ interval_issue_dates() }})
    {%- endif -%}
{%- endmacro %}
