{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
        post_hook=["{{ create_search_macros() }}"],
    )
}}

-- One row per article: what a search returns and the length BM25 normalizes by. The post-hook (re)creates the
-- table macro search_articles(query) over this table and article_search_terms.
-- Rebuilt per issue date (see macros/incremental.sql), whose build fingerprint reads the gazetteer:
-- depends_on: {{ ref('stg_seeds__places') }}

with

articles as (

    select
        article_id,
        issue_date,
        paper,
        headline
    from {{ ref('stg_lake__articles') }}
    {{ interval_filter() }}

),

terms as (

    select
        article_id,
        term_count
    from {{ ref('article_search_terms') }}
    {{ interval_filter() }}

),

lengths as (

    select
        article_id,
        cast(sum(term_count) as integer) as term_total
    from terms
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.issue_date,
        articles.paper,
        articles.headline,
        coalesce(lengths.term_total, 0) as term_total
    from articles
    left join lengths
        on articles.article_id = lengths.article_id

)

select * from final
