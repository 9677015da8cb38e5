{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
        post_hook=["{{ sort_search_terms(this) }}"],
    )
}}

-- The inverted index of full-text search: one row per character bigram (term) per article, with its count.
-- Kept sorted by term, so a search reads only the row groups of its terms (see macros/search.sql).
-- Rebuilt per issue date (see macros/incremental.sql), whose build fingerprint reads the gazetteer:
-- depends_on: {{ ref('stg_seeds__places') }}

with

articles as (

    select
        article_id,
        issue_date,
        kicker,
        headline,
        subtitle,
        body
    from {{ ref('stg_lake__articles') }}
    {{ interval_filter() }}

),

tokens as (

    select
        article_id,
        issue_date,
        unnest(
            string_split({{ cjk_bigrams("concat_ws(' ', kicker, headline, subtitle, body)") }}, ' ')
        ) as term
    from articles

),

counted as (

    select
        term,
        article_id,
        issue_date,
        cast(count(*) as integer) as term_count
    from tokens
    where term != ''
    group by term, article_id, issue_date

),

final as (

    select * from counted
    order by term, article_id

)

select * from final
