{{
    config(
        post_hook=["{{ create_article_search_index(this) }}"],
    )
}}

-- One row per article with the bigrams of its headings and body: the document the BM25 index covers.
with

articles as (

    select
        article_id,
        issue_date,
        paper,
        kicker,
        headline,
        subtitle,
        body
    from {{ ref('stg_lake__articles') }}

),

final as (

    select
        article_id,
        issue_date,
        paper,
        headline,
        {{ cjk_bigrams("concat_ws(' ', kicker, headline, subtitle, body)") }} as search_bigrams
    from articles

)

select * from final
