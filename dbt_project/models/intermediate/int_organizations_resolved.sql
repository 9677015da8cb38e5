{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- One organization per canonical name, across papers: the extractor is expected to expand relative
-- names (区委 -> 武进区委) before this; until it does, relative names from different papers merge.
with

mentions as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        mention_text,
        canonical_name
    from {{ ref('stg_lake__mentions') }}
    where mention_type = 'organization'
    {{ interval_filter('and') }}

),

named as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        coalesce(canonical_name, trim(mention_text)) as organization_name
    from mentions

),

final as (

    select
        mention_id,
        md5('organization|' || organization_name) as organization_id,
        organization_name,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from named
    where organization_name is not null and organization_name <> ''

)

select * from final
