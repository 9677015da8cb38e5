-- fct_articles' person_count is the number of distinct people fct_entity_mentions resolves in the article.
with

articles as (

    select
        article_id,
        person_count
    from {{ ref('fct_articles') }}

),

mentions as (

    select
        article_id,
        person_id
    from {{ ref('fct_entity_mentions') }}
    where mention_type = 'person'

),

counted as (

    select
        article_id,
        count(distinct person_id) as person_count
    from mentions
    group by article_id

),

final as (

    select
        articles.article_id,
        articles.person_count,
        coalesce(counted.person_count, 0) as expected_person_count
    from articles
    left join counted
        on articles.article_id = counted.article_id
    where articles.person_count <> coalesce(counted.person_count, 0)

)

select * from final
