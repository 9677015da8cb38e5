{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- One person per canonical name within the home region of the paper that printed the mention:
-- 张伟 in a district paper and 张伟 in a national paper are two people -- unless titles say otherwise: where an
-- article prints the name with a title held in a named province outside the paper's home province (江苏省委书记
-- 王伟 and 四川省副省长王伟 in a national paper), that province is part of the key, for every mention of the
-- name in that article.  The key reads only the article and the seeds, so it is the same on every rebuild.
with

mentions as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        -- the canonical name, else the text as printed
        coalesce(canonical_name, trim(mention_text)) as person_name,
        titles
    from {{ ref('stg_lake__mentions') }}
    where mention_type = 'person'
    {{ interval_filter('and') }}

),

newspapers as (

    select
        paper,
        home_adcode,
        home_level
    from {{ ref('stg_seeds__newspapers') }}

),

home_provinces as (

    select
        newspapers.paper,
        places.province_place_id as home_province_place_id
    from newspapers
    inner join {{ ref('stg_seeds__places') }} as places
        on newspapers.home_adcode = places.place_id

),

title_places as (

    select
        issue_date,
        paper,
        title,
        named_province_place_id
    from {{ ref('int_title_places') }}
    {{ interval_filter() }}

),

-- The province each article's titles place a name in: the first title (in print order) named after a division
-- of a province other than the paper's own.
article_provinces as (

    select
        mentions.article_id,
        mentions.person_name,
        arg_min(
            title_places.named_province_place_id,
            mentions.mention_position * 100 + printed.title_position
        ) as title_province_place_id
    from mentions
    cross join unnest(mentions.titles) with ordinality as printed (raw_title, title_position)
    inner join title_places
        on
            mentions.issue_date = title_places.issue_date
            and mentions.paper = title_places.paper
            and trim(printed.raw_title) = title_places.title
    left join home_provinces
        on mentions.paper = home_provinces.paper
    where
        title_places.named_province_place_id is not null
        and title_places.named_province_place_id
        is distinct from home_provinces.home_province_place_id
    group by mentions.article_id, mentions.person_name

),

regioned as (

    select
        mentions.mention_id,
        mentions.article_id,
        mentions.issue_id,
        mentions.issue_date,
        mentions.paper,
        mentions.mention_position,
        mentions.titles,
        article_provinces.title_province_place_id,
        mentions.person_name,
        case
            when newspapers.home_level = 'national' then 'national'
            else coalesce(newspapers.home_adcode, 'unknown')
        end as person_region
    from mentions
    left join newspapers
        on mentions.paper = newspapers.paper
    left join article_provinces
        on
            mentions.article_id = article_provinces.article_id
            and mentions.person_name = article_provinces.person_name

),

final as (

    select
        mention_id,
        case
            when title_province_place_id is null then md5(person_region || '|' || person_name)
            else md5(person_region || '|' || person_name || '|' || title_province_place_id)
        end as person_id,
        person_name,
        person_region,
        title_province_place_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        titles
    from regioned
    where person_name is not null and person_name <> ''

)

select * from final
