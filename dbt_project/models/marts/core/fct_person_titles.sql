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

titles as (

    select
        person_title_mention_id,
        person_id,
        person_name,
        title,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from {{ ref('int_person_titles_split') }}
    {{ interval_filter() }}

),

final as (

    select
        md5(person_id || '|' || title || '|' || article_id) as person_title_id,
        person_id,
        any_value(person_name) as person_name,
        title,
        md5(title) as title_id,
        article_id,
        any_value(issue_id) as issue_id,
        any_value(issue_date) as issue_date,
        any_value(paper) as paper,
        count(*) as mention_count,
        min(mention_position) as first_mention_position
    from titles
    group by person_id, title, article_id

)

select * from final
