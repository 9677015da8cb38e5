with

persons as (

    select
        mention_id,
        person_id,
        person_name,
        person_region,
        title_province_place_id,
        article_id,
        issue_id,
        issue_date
    from {{ ref('int_persons_resolved') }}

),

titles as (

    select
        person_id,
        title
    from {{ ref('int_person_titles_split') }}

),

title_history as (

    select
        person_id,
        title,
        valid_from,
        is_current
    from {{ ref('dim_person_title_history') }}

),

person_stats as (

    select
        person_id,
        any_value(person_name) as person_name,
        any_value(person_region) as person_region,
        any_value(title_province_place_id) as title_province_place_id,
        min(issue_date) as first_seen_date,
        max(issue_date) as last_seen_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct issue_id) as issue_count
    from persons
    group by person_id

),

title_counts as (

    select
        person_id,
        count(distinct title) as title_count
    from titles
    group by person_id

),

current_titles as (

    -- The post of the person's current title version (see dim_person_title_history).
    select
        person_id,
        title as latest_title,
        valid_from as latest_title_since
    from title_history
    where is_current

),

final as (

    select
        person_stats.person_id,
        person_stats.person_name,
        person_stats.person_region,
        person_stats.title_province_place_id,
        person_stats.first_seen_date,
        person_stats.last_seen_date,
        person_stats.mention_count,
        person_stats.article_count,
        person_stats.issue_count,
        current_titles.latest_title,
        current_titles.latest_title_since,
        coalesce(title_counts.title_count, 0) as title_count
    from person_stats
    left join current_titles
        on person_stats.person_id = current_titles.person_id
    left join title_counts
        on person_stats.person_id = title_counts.person_id

)

select * from final
