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

-- Where each title printed on a date is held: the division its body is named after (江苏省委书记 -> 320000,
-- 武进区委书记 -> 320412: the longest full division name the title opens with; between namesakes, the one in the
-- paper's province), else for a title named by its level alone (区委书记, 市委常委) the printing paper's home
-- division at that level.  A pure function of the title, the paper and the seeds, so a date's rows never depend
-- on another date's.
with

title_keys as (

    select distinct
        issue_date,
        paper,
        trim(raw_title) as title
    from (
        select
            issue_date,
            paper,
            unnest(titles) as raw_title
        from {{ ref('stg_lake__mentions') }}
        where mention_type = 'person'
        {{ interval_filter('and') }}
    ) as printed
    where nullif(trim(raw_title), '') is not null

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
        title_keys.issue_date,
        title_keys.paper,
        title_keys.title,
        prefix_length.n as prefix_length
    from title_keys
    cross join range(2, 9) as prefix_length (n)
    where prefix_length.n < length(title_keys.title)

),

named_candidates as (

    select
        prefixes.issue_date,
        prefixes.paper,
        prefixes.title,
        divisions.place_id,
        coalesce(divisions.province_place_id = homes.province_place_id, false) as is_in_home_province
    from prefixes
    inner join divisions
        on left(prefixes.title, prefixes.prefix_length) = divisions.place_name
    left join homes
        on prefixes.paper = homes.paper
    qualify
        prefixes.prefix_length
        = max(prefixes.prefix_length) over (partition by prefixes.issue_date, prefixes.paper, prefixes.title)

),

named as (

    select
        issue_date,
        paper,
        title,
        case
            when count(*) = 1 then any_value(place_id)
            when
                count(*) filter (where is_in_home_province) = 1
                then any_value(place_id) filter (where is_in_home_province)
        end as place_id
    from named_candidates
    group by issue_date, paper, title

),

relative as (

    select
        title_keys.issue_date,
        title_keys.paper,
        title_keys.title,
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

final as (

    select
        md5(cast(title_keys.issue_date as varchar) || '|' || title_keys.paper || '|' || title_keys.title)
            as title_place_key,
        title_keys.issue_date,
        title_keys.paper,
        title_keys.title,
        coalesce(named.place_id, relative.place_id) as title_place_id,
        case
            when named.place_id is not null then 'named'
            when relative.place_id is not null then 'home_region'
        end as title_place_source,
        named_divisions.province_place_id as named_province_place_id
    from title_keys
    left join named
        on
            title_keys.issue_date = named.issue_date
            and title_keys.paper = named.paper
            and title_keys.title = named.title
    left join relative
        on
            title_keys.issue_date = relative.issue_date
            and title_keys.paper = relative.paper
            and title_keys.title = relative.title
    left join divisions as named_divisions
        on named.place_id = named_divisions.place_id

)

select * from final
