{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql).

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

-- Where each title is held (see int_title_places).
title_places as (

    select
        issue_date,
        paper,
        title,
        title_place_id,
        title_place_source
    from {{ ref('int_title_places') }}
    {{ interval_filter() }}

),

final as (

    select
        md5(titles.person_id || '|' || titles.title || '|' || titles.article_id) as person_title_id,
        titles.person_id,
        any_value(titles.person_name) as person_name,
        titles.title,
        md5(titles.title) as title_id,
        titles.article_id,
        any_value(titles.issue_id) as issue_id,
        any_value(titles.issue_date) as issue_date,
        any_value(titles.paper) as paper,
        any_value(title_places.title_place_id) as title_place_id,
        any_value(title_places.title_place_source) as title_place_source,
        count(*) as mention_count,
        min(titles.mention_position) as first_mention_position
    from titles
    left join title_places
        on
            titles.issue_date = title_places.issue_date
            and titles.paper = title_places.paper
            and titles.title = title_places.title
    group by titles.person_id, titles.title, titles.article_id

)

select * from final
