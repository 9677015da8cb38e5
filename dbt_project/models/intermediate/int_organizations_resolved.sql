{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- One organization per canonical name, across papers. The extractor expands relative names (区委 ->
-- 武进区委) and links short and long forms printed in one article (华为 -> 华为技术有限公司); the
-- organization_aliases seed, edited by hand, links them across the archive.
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

aliases as (

    select
        alias,
        canonical_name
    from {{ ref('stg_seeds__organization_aliases') }}

),

extracted as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        trim(mention_text) as printed_name,
        coalesce(canonical_name, trim(mention_text)) as extracted_name
    from mentions

),

named as (

    select
        extracted.mention_id,
        extracted.article_id,
        extracted.issue_id,
        extracted.issue_date,
        extracted.paper,
        extracted.mention_position,
        extracted.printed_name,
        coalesce(aliases.canonical_name, extracted.extracted_name) as organization_name,
        aliases.alias is not null as is_alias_resolved
    from extracted
    left join aliases
        on extracted.extracted_name = aliases.alias

),

final as (

    select
        mention_id,
        md5('organization|' || organization_name) as organization_id,
        organization_name,
        printed_name,
        is_alias_resolved,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from named
    where organization_name is not null and organization_name <> ''

)

select * from final
