{#-
    Incremental models are rebuilt per issue date: a run names the issue dates whose lake partitions changed
    since the last good build (build_changes() below, computed by etl.pipelines.build_warehouse from the
    partition folders' modification times: new issues, reruns, and every issue a new parser or extractor
    version rewrote), and those dates are deleted and re-inserted.
    Rebuilding a date from the lake is always right, so a wider set only costs time.  Without a request (a
    manual `dbt build`, the first build, a build whose previous file is gone), on --full-refresh,
    or when the models or seeds changed since the last good build (build_fingerprint), every date is rebuilt.
    A date whose rows all vanished from the lake keeps its old rows until a full refresh; so does a change
    made only in a macro (macros are not in the fingerprint).
-#}

{% macro is_interval_run() -%}
    {#- Only the changed dates -- unless the project changed since the last good build (see below). -#}
    {#- (`this` is none in a unit test: its inputs are given rows, never an interval) -#}
    {{ return(this is not none and is_incremental() and rebuilds_only_changes()) }}
{%- endmacro %}


{#- This build was asked to redo only the lake's changes, and the project is the one that built the rest. -#}
{% macro rebuilds_only_changes() -%}
    {{ return(build_changes() is not none and stored_build_fingerprint() == build_fingerprint()) }}
{%- endmacro %}


{#-
    What changed in the lake since the last good build, as etl.pipelines.build_warehouse wrote it into the
    build file before calling dbt (dbt_meta.build_request: one JSON row with lake_dir, partitions {table path:
    [partition folder]} and dates) -- not as --vars, which would change every day and make dbt parse the whole
    project again each run.  None (rebuild everything) unless the caller says so with var build_request.
-#}
{% macro build_changes() -%}
    {%- if not (execute and var('build_request', false)) -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set relation = adapter.get_relation(database=target.database, schema='dbt_meta', identifier='build_request') -%}
    {%- if relation is none -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set rows = run_query('select request from ' ~ relation).columns[0].values() -%}
    {{ return(fromjson(rows[0]) if rows | length else none) }}
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
    {%- if var('seed_digest', none) is not none -%}
        {#- etl.pipelines.build_warehouse hashes the seed files: one var instead of a query per model and test -#}
        {%- do parts.append('seeds=' ~ var('seed_digest')) -%}
    {%- else -%}
        {#- the seed table itself, not a ref: hooks call this too, and a ref here would be a hidden dependency -#}
        {%- set places = adapter.get_relation(database=target.database, schema=target.schema, identifier='places') -%}
        {%- set gazetteer = run_query(
            "select md5(coalesce(string_agg(concat_ws('|', place_id, name, short_name, parent_adcode), ';'"
            ~ " order by place_id), '')) from " ~ places
        ) if places is not none else none -%}
        {%- do parts.append('gazetteer=' ~ (gazetteer.columns[0].values()[0] if gazetteer is not none else 'none')) -%}
    {%- endif -%}
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


{#- The changed issue dates as constants: DuckDB prunes row groups (and Parquet files) on them. -#}
{% macro interval_issue_dates() -%}
    {%- set dates = (build_changes() or {}).get('dates', []) -%}
    {%- if dates | length == 0 -%}
        select null::date where false
    {%- else -%}
        {%- for d in dates -%}
            date '{{ d }}'{{ ', ' if not loop.last }}
        {%- endfor -%}
    {%- endif -%}
{%- endmacro %}


{#- `where`/`and` + the ISO weeks of the changed issue dates (for weekly marts); nothing on a full build. -#}
{% macro interval_week_filter(keyword='where', column='issue_date') -%}
    {%- if is_interval_run() %}
    {%- set dates = build_changes().get('dates', []) %}
    {{ keyword }} {% if dates | length == 0 %}false{% else %}cast(date_trunc('week', {{ column }}) as date) in (
        {%- for d in dates -%}
            cast(date_trunc('week', date '{{ d }}') as date){{ ', ' if not loop.last }}
        {%- endfor -%}
    ){% endif %}
    {%- endif -%}
{%- endmacro %}


{#- `where`/`and` + the interval's issue dates when this is an interval run; nothing otherwise. -#}
{% macro interval_filter(keyword='where', column='issue_date') -%}
    {%- if is_interval_run() %}
    {{ keyword }} {{ column }} in ({{ interval_issue_dates() }})
    {%- endif -%}
{%- endmacro %}


{#-
    dbt's hook for a data test's `where`: in a run that rebuilt only some issue dates, a test of a model
    incremental by issue date checks those dates' rows (the rest were tested when they were built); a full
    build tests every row.  A test's own `where` config still applies.
-#}
{% macro get_where_subquery(relation) -%}
    {%- set clauses = [] -%}
    {%- set where = config.get('where', '') -%}
    {%- if where -%}
        {%- do clauses.append(where) -%}
    {%- endif -%}
    {%- if execute and is_incremental_by_date(relation) and rebuilds_only_changes() -%}
        {%- do clauses.append('issue_date in (' ~ interval_issue_dates() ~ ')') -%}
    {%- endif -%}
    {%- if clauses -%}
        {%- do return('(select * from ' ~ relation ~ ' where ' ~ clauses | join(' and ') ~ ') dbt_subquery') -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}


{% macro is_incremental_by_date(relation) -%}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model' and (node.alias or node.name) == relation.identifier
            and node.config.materialized == 'incremental' and node.config.unique_key == 'issue_date' -%}
            {{ return(true) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(false) }}
{%- endmacro %}


{#-
    A lake table for a staging model: in a run that rebuilds only changed partitions, just their files (the
    caller names them: build_changes()), plus the table's zero-row
    file so its columns are known; otherwise the whole source.  A glob over every file of a long archive
    costs seconds even to plan, so a daily run must not name it.
-#}
{% macro lake_source(name, path) -%}
    {%- if is_interval_run() -%}
        {%- set changes = build_changes() -%}
        {%- set root = changes['lake_dir'] ~ '/' ~ path -%}
        read_parquet(
            [
                '{{ root }}/_empty/empty.parquet'
                {%- for folder in changes['partitions'][path] or [] %},
                '{{ root }}/{{ folder }}/*.parquet'
                {%- endfor %}
            ],
            union_by_name = true,
            hive_partitioning = false
        )
    {%- else -%}
        {{ source('lake', name) }}
    {%- endif -%}
{%- endmacro %}
