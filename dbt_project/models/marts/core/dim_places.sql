-- The gazetteer (administrative divisions by adcode, plus named lakes, rivers, countries ... with
-- 'X' keys), and every mentioned place the gazetteer does not hold, so each mention has its place.
with

gazetteer as (

    select
        place_id,
        place_name,
        short_name,
        place_level,
        parent_place_id,
        province_place_id,
        longitude,
        latitude,
        gazetteer_source
    from {{ ref('stg_seeds__places') }}

),

place_mentions as (

    select
        mention_id,
        place_id,
        place_name,
        place_level,
        article_id,
        issue_date
    from {{ ref('int_places_resolved') }}

),

mention_stats as (

    select
        place_id,
        min(place_name) as mentioned_name,
        min(place_level) as mentioned_level,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        min(issue_date) as first_seen_date,
        max(issue_date) as last_seen_date
    from place_mentions
    group by place_id

),

not_in_gazetteer as (

    select
        mention_stats.place_id,
        mention_stats.mentioned_name as place_name,
        cast(null as varchar) as short_name,
        coalesce(mention_stats.mentioned_level, 'unknown') as place_level,
        cast(null as varchar) as parent_place_id,
        cast(null as varchar) as province_place_id,
        cast(null as double) as longitude,
        cast(null as double) as latitude,
        'mentions' as gazetteer_source,
        false as is_in_gazetteer
    from mention_stats
    anti join gazetteer
        on mention_stats.place_id = gazetteer.place_id

),

all_places as (

    select
        *,
        true as is_in_gazetteer
    from gazetteer
    union all by name
    select * from not_in_gazetteer

),

final as (

    select
        all_places.place_id,
        all_places.place_name,
        all_places.short_name,
        all_places.place_level,
        all_places.parent_place_id,
        all_places.province_place_id,
        all_places.longitude,
        all_places.latitude,
        all_places.gazetteer_source,
        all_places.is_in_gazetteer,
        regexp_full_match(all_places.place_id, '[0-9]{6}') as is_admin_division,
        coalesce(mention_stats.mention_count, 0) as mention_count,
        coalesce(mention_stats.article_count, 0) as article_count,
        mention_stats.first_seen_date,
        mention_stats.last_seen_date
    from all_places
    left join mention_stats
        on all_places.place_id = mention_stats.place_id

)

select * from final
