with

persons as (

    select
        mention_id,
        person_id,
        person_name,
        person_region,
        article_id,
        issue_id,
        issue_date,
    from {{ ref('int_persons_resolved') }}

),

titles as (

    select
        person_id,
        title,
        issue_date,
        article_id,
        mention_position,
        title_position,
    from {{ ref('int_person_titles_split') }}

),

person_stats as (

    select
        person_id,
        any_value(person_name) as person_name,
        any_value(person_region) as person_region,
        min(issue_date) as first_seen_date,
        max(issue_date) as last_seen_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct issue_id) as issue_count,
    from persons
    group by person_id

),

title_stats as (

    select
        person_id,
        -- The last title of the latest mention: title chains run from the broad to the post itself
        -- (市委常委、区委书记), so the last one is the person's post.
        arg_max(title, [epoch(issue_date), mention_position, title_position] ) as latest_title,
        max(issue_date) as latest_title_date,
        count(distinct title) as title_count,
    from titles
    group by person_id

),

final as (

    select
        person_stats.person_id,
        person_stats.person_name,
        person_stats.person_region,
        person_stats.first_seen_date,
        person_stats.last_seen_date,
        person_stats.mention_count,
        person_stats.article_count,
        person_stats.issue_count,
        title_stats.latest_title,
        title_stats.latest_title_date,
        coalesce(title_stats.title_count, 0) as title_count,
    from person_stats
    left join title_stats
        on person_stats.person_id = title_stats.person_id

)

select * from final
