{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- A place mention resolves to the gazetteer's adcode when the extractor gave one, else to the gazetteer key
-- it gave (towns, lakes, regions: keys without an adcode); else to the one
-- gazetteer entry whose full or short name is exactly the mention's canonical name; else to a stable
-- key made from the name ('XUN' + 12 hex of md5), so the same unknown place always gets the same key.
with

mentions as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        mention_text,
        canonical_name,
        adcode,
        gazetteer_place_id,
        place_level
    from {{ ref('stg_lake__mentions') }}
    where mention_type = 'place'
    {{ interval_filter('and') }}

),

places as (

    select
        place_id,
        place_name,
        short_name
    from {{ ref('stg_seeds__places') }}

),

by_full_name as (

    select
        place_name as lookup_name,
        min(place_id) as place_id
    from places
    group by place_name
    having count(*) = 1

),

by_short_name as (

    select
        short_name as lookup_name,
        min(place_id) as place_id
    from places
    where short_name is not null
    group by short_name
    having count(*) = 1

),

named as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        adcode,
        gazetteer_place_id,
        place_level,
        coalesce(canonical_name, trim(mention_text)) as place_name
    from mentions

),

resolved as (

    select
        named.mention_id,
        named.article_id,
        named.issue_id,
        named.issue_date,
        named.paper,
        named.mention_position,
        named.place_name,
        named.place_level,
        case
            when named.adcode is not null then named.adcode
            when named.gazetteer_place_id is not null then named.gazetteer_place_id
            when by_full_name.place_id is not null then by_full_name.place_id
            when by_short_name.place_id is not null then by_short_name.place_id
            else 'XUN' || left(md5(named.place_name), 12)
        end as place_id,
        case
            when named.adcode is not null then 'adcode'
            when named.gazetteer_place_id is not null then 'gazetteer_key'
            when by_full_name.place_id is not null then 'full_name'
            when by_short_name.place_id is not null then 'short_name'
            else 'unresolved'
        end as resolution_method
    from named
    left join by_full_name
        on named.place_name = by_full_name.lookup_name
    left join by_short_name
        on named.place_name = by_short_name.lookup_name

),

final as (

    select
        mention_id,
        place_id,
        place_name,
        place_level,
        resolution_method,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position
    from resolved
    where place_name is not null and place_name <> ''

)

select * from final
