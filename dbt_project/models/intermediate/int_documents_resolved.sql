{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- One document per title in 《》 (canonical name), across papers.  Short references such as 《条例》 or
-- 《意见》 name different documents in different articles; they are kept as they are printed.
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
    where mention_type = 'document'
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
        coalesce(canonical_name, trim(mention_text, '《》 ')) as document_name
    from mentions

),

final as (

    select
        mention_id,
        md5('document|' || document_name) as document_id,
        document_name,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from named
    where document_name is not null and document_name <> ''

)

select * from final
