{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql), whose build fingerprint reads the gazetteer:
-- depends_on: {{ ref('stg_seeds__places') }}

with

reporters as (

    select
        article_reporter_id,
        reporter_id,
        reporter_name,
        reporter_role,
        affiliation_as_printed,
        byline_position,
        article_id,
        issue_id,
        issue_date,
        paper
    from {{ ref('int_reporters_resolved') }}
    {{ interval_filter() }}

),

final as (

    select
        article_reporter_id,
        article_id,
        reporter_id,
        reporter_name,
        reporter_role,
        affiliation_as_printed,
        byline_position,
        issue_id,
        issue_date,
        paper
    from reporters

)

select * from final
