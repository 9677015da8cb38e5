{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql); it reads the gazetteer and the newspapers seed, which are
-- in the build fingerprint, so a change to either rebuilds every date.

with

titles as (

    select
        person_title_mention_id,
        person_id,
        person_name,
        title,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from {{ ref('int_person_titles_split') }}
    {{ interval_filter() }}

),

-- Where each title is held: the division its body is named after (江苏省委书记 -> 320000, 武进区委书记 -> 320412:
-- the longest full division name the title opens with; between namesakes, the one in the paper's province), else
-- for a title named by its level alone (区委书记, 市委常委) the printing paper's home division at that level.
title_keys as (

    select distinct
        title,
        paper
    from titles

),

newspapers as (

    select
        paper,
        home_adcode
    from {{ ref('stg_seeds__newspapers') }}

),

divisions as (

    select
        place_id,
        place_name,
        place_level,
        parent_place_id,
        province_place_id
    from {{ ref('stg_seeds__places') }}
    where place_level in ('province', 'city', 'district')

),

homes as (

    select
        newspapers.paper,
        divisions.place_id,
        divisions.place_level,
        divisions.parent_place_id,
        divisions.province_place_id
    from newspapers
    inner join divisions
        on newspapers.home_adcode = divisions.place_id

),

prefixes as (

    select
        title_keys.title,
        title_keys.paper,
        prefix_length.n as prefix_length
    from title_keys
    cross join range(2, 9) as prefix_length (n)
    where prefix_length.n < length(title_keys.title)

),

named_candidates as (

    select
        prefixes.title,
        prefixes.paper,
        prefixes.prefix_length,
        divisions.place_id,
        coalesce(divisions.province_place_id = homes.province_place_id, false) as is_in_home_province
    from prefixes
    inner join divisions
        on left(prefixes.title, prefixes.prefix_length) = divisions.place_name
    left join homes
        on prefixes.paper = homes.paper
    qualify prefixes.prefix_length = max(prefixes.prefix_length) over (partition by prefixes.title, prefixes.paper)

),

named as (

    select
        title,
        paper,
        case
            when count(*) = 1 then any_value(place_id)
            when
                count(*) filter (where is_in_home_province) = 1
                then any_value(place_id) filter (where is_in_home_province)
        end as place_id
    from named_candidates
    group by title, paper

),

relative as (

    select
        title_keys.title,
        title_keys.paper,
        case {{ title_admin_level('title_keys.title') }}
            when 'county' then case when homes.place_level = 'district' then homes.place_id end
            when 'city'
                then
                    case homes.place_level
                        when 'city' then homes.place_id
                        when 'district' then homes.parent_place_id
                    end
            when 'province' then homes.province_place_id
        end as place_id
    from title_keys
    inner join homes
        on title_keys.paper = homes.paper

),

title_places as (

    select
        title_keys.title,
        title_keys.paper,
        coalesce(named.place_id, relative.place_id) as title_place_id,
        case
            when named.place_id is not null then 'named'
            when relative.place_id is not null then 'home_region'
        end as title_place_source
    from title_keys
    left join named
        on title_keys.title = named.title and title_keys.paper = named.paper
    left join relative
        on title_keys.title = relative.title and title_keys.paper = relative.paper

),

final as (

    select
        md5(titles.person_id || '|' || titles.title || '|' || titles.article_id) as person_title_id,
        titles.person_id,
        any_value(titles.person_name) as person_name,
        titles.title,
        md5(titles.title) as title_id,
        titles.article_id,
        any_value(titles.issue_id) as issue_id,
        any_value(titles.issue_date) as issue_date,
        any_value(titles.paper) as paper,
        any_value(title_places.title_place_id) as title_place_id,
        any_value(title_places.title_place_source) as title_place_source,
        count(*) as mention_count,
        min(titles.mention_position) as first_mention_position
    from titles
    left join title_places
        on titles.title = title_places.title and titles.paper = title_places.paper
    group by titles.person_id, titles.title, titles.article_id

)

select * from final
