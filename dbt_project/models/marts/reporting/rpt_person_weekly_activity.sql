{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='week_start_date',
        on_schema_change='append_new_columns',
    )
}}

-- A person's public activity in an ISO week: how often they appear, with whom and where.
-- Rebuilt per week: a daily run redoes the weeks of the changed issue dates (see macros/incremental.sql).
-- depends_on: {{ ref('stg_seeds__places') }}
with

mentions as (

    select
        article_id,
        issue_id,
        issue_date,
        person_id,
        mention_type
    from {{ ref('fct_entity_mentions') }}
    where mention_type = 'person'
    {{ interval_week_filter('and') }}

),

persons as (

    select
        person_id,
        person_name
    from {{ ref('dim_persons') }}

),

cooccurrences as (

    select
        article_id,
        entity_a_id,
        entity_a_type,
        entity_a_name,
        entity_b_id,
        entity_b_type,
        entity_b_name
    from {{ ref('fct_cooccurrences') }}
    where (entity_a_type = 'person' or entity_b_type = 'person')
    {{ interval_week_filter('and') }}

),

titles as (

    select
        person_id,
        title,
        issue_date
    from {{ ref('fct_person_titles') }}
    {{ interval_week_filter() }}

),

weekly_mentions as (

    select
        person_id,
        cast(date_trunc('week', issue_date) as date) as week_start_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct issue_id) as issue_count
    from mentions
    group by all

),

-- Each co-occurrence seen from the person's side: (person, the other entity).
companions as (

    select
        cooccurrences.entity_a_id as person_id,
        cooccurrences.entity_b_type as other_type,
        cooccurrences.entity_b_name as other_name,
        cooccurrences.article_id
    from cooccurrences
    where cooccurrences.entity_a_type = 'person'
    union all
    select
        cooccurrences.entity_b_id as person_id,
        cooccurrences.entity_a_type as other_type,
        cooccurrences.entity_a_name as other_name,
        cooccurrences.article_id
    from cooccurrences
    where cooccurrences.entity_b_type = 'person'

),

article_weeks as (

    select distinct
        article_id,
        cast(date_trunc('week', issue_date) as date) as week_start_date
    from mentions

),

weekly_companions as (

    select
        companions.person_id,
        article_weeks.week_start_date,
        list_sort(list_distinct(list(companions.other_name) filter (where companions.other_type = 'person')))
            as appeared_with,
        list_sort(list_distinct(list(companions.other_name) filter (where companions.other_type = 'place')))
            as places,
        list_sort(
            list_distinct(list(companions.other_name) filter (where companions.other_type = 'organization'))
        ) as organizations
    from companions
    inner join article_weeks
        on companions.article_id = article_weeks.article_id
    group by all

),

weekly_titles as (

    select
        person_id,
        cast(date_trunc('week', issue_date) as date) as week_start_date,
        list_sort(list_distinct(list(title))) as titles
    from titles
    group by all

),

final as (

    select
        md5(weekly_mentions.person_id || '|' || cast(weekly_mentions.week_start_date as varchar))
            as person_week_id,
        weekly_mentions.person_id,
        persons.person_name,
        weekly_mentions.week_start_date,
        strftime(weekly_mentions.week_start_date, '%G-W%V') as iso_year_week,
        weekly_mentions.mention_count,
        weekly_mentions.article_count,
        weekly_mentions.issue_count,
        coalesce(weekly_titles.titles, []) as titles,
        coalesce(weekly_companions.appeared_with, []) as appeared_with,
        coalesce(weekly_companions.places, []) as places,
        coalesce(weekly_companions.organizations, []) as organizations
    from weekly_mentions
    inner join persons
        on weekly_mentions.person_id = persons.person_id
    left join weekly_titles
        on
            weekly_mentions.person_id = weekly_titles.person_id
            and weekly_mentions.week_start_date = weekly_titles.week_start_date
    left join weekly_companions
        on
            weekly_mentions.person_id = weekly_companions.person_id
            and weekly_mentions.week_start_date = weekly_companions.week_start_date

)

select * from final
