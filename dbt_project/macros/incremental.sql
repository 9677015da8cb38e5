{#-
    Incremental facts are rebuilt per issue date: a run with a data interval (vars interval_start and
    interval_end, 'YYYY-MM-DD', passed by etl.pipelines.build_warehouse) deletes and re-inserts the issue
    dates of every issue its ingest touched: the files its runs saw (bronze ingest_files, whose run_key begins
    with the run's interval start as yyyymmdd) and the issues ingested (ingested_at = the run's interval end)
    in (start, end].  An interval within one day (start = end, e.g. an asset-triggered run) takes that whole
    day.  Rebuilding a date from the lake is always right, so a wider set only costs time.  Without the vars,
    on --full-refresh, or when the models or seeds changed since the last good build (build_fingerprint),
    every date is rebuilt.  A date whose rows all vanished from the lake keeps its old rows until a full
    refresh; so does a change made only in a macro (macros are not in the fingerprint).
-#}

{% macro is_interval_run() -%}
    {#- Only dates of this interval -- unless the project changed since the last good build (see below). -#}
    {%- if not (is_incremental() and var('interval_start', none) and var('interval_end', none)) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- if not execute -%}
        {{ return(true) }}
    {%- endif -%}
    {{ return(stored_build_fingerprint() == build_fingerprint()) }}
{%- endmacro %}


{#-
    What the facts' rows depend on besides the lake: every model's and seed's checksum, and the gazetteer's
    content (dbt checksums a seed over 1 MiB by its path only).  When it differs from the fingerprint of the
    last build that passed, an interval run rebuilds every date instead, so a change of logic or of a seed
    reaches old dates without anyone remembering --full-refresh.  Macros are not covered.
-#}
{% macro build_fingerprint() -%}
    {%- set parts = [] -%}
    {%- for node in graph.nodes.values() | sort(attribute='unique_id') -%}
        {%- if node.resource_type in ('model', 'seed') -%}
            {%- do parts.append(node.unique_id ~ '=' ~ node.checksum.checksum) -%}
        {%- endif -%}
    {%- endfor -%}
    {#- the seed table itself, not a ref: hooks call this too, and a ref here would be a hidden dependency -#}
    {%- set places = adapter.get_relation(database=target.database, schema=target.schema, identifier='places') -%}
    {%- set gazetteer = run_query(
        "select md5(coalesce(string_agg(concat_ws('|', place_id, name, short_name, parent_adcode), ';'"
        ~ " order by place_id), '')) from " ~ places
    ) if places is not none else none -%}
    {%- do parts.append('gazetteer=' ~ (gazetteer.columns[0].values()[0] if gazetteer is not none else 'none')) -%}
    {{ return(local_md5(parts | join('\n'))) }}
{%- endmacro %}


{% macro stored_build_fingerprint() -%}
    {%- set relation = adapter.get_relation(database=target.database, schema='dbt_meta', identifier='build_fingerprint') -%}
    {%- if relation is none -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set stored = run_query('select fingerprint from ' ~ relation) -%}
    {{ return(stored.columns[0].values()[0] if stored.rows | length else none) }}
{%- endmacro %}


{#- on-run-end: remember the fingerprint of a whole build or run (no --select) in which nothing failed. -#}
{% macro record_build_fingerprint(results) -%}
    {%- set selected = invocation_args_dict.get('select') or invocation_args_dict.get('models') -%}
    {%- if execute and flags.WHICH in ('build', 'run') and not selected -%}
        {%- set failed = results | selectattr('status', 'in', ['error', 'fail', 'runtime error']) | list -%}
        {%- if failed | length == 0 -%}
            create schema if not exists dbt_meta;
            create or replace table dbt_meta.build_fingerprint as
            select
                '{{ build_fingerprint() }}' as fingerprint,
                current_timestamp as recorded_at;
        {%- endif -%}
    {%- endif -%}
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
