{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

with

persons as (

    select
        mention_id,
        person_id,
        person_name,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        titles
    from {{ ref('int_persons_resolved') }}
    {{ interval_filter() }}

),

split as (

    select
        mention_id,
        person_id,
        person_name,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        unnest(titles) as raw_title,
        generate_subscripts(titles, 1) as title_position
    from persons

),

final as (

    select
        mention_id || '-' || lpad(cast(title_position as varchar), 2, '0') as person_title_mention_id,
        mention_id,
        person_id,
        person_name,
        trim(raw_title) as title,
        title_position,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from split
    where nullif(trim(raw_title), '') is not null

)

select * from final
