-- How much each place is covered, month by month, with coordinates for a map: the place's own, else
-- its parent's, else its province's (coordinates_from says which).
with

mentions as (

    select
        place_id,
        article_id,
        issue_date
    from {{ ref('fct_entity_mentions') }}
    where mention_type = 'place'

),

places as (

    select
        place_id,
        place_name,
        place_level,
        parent_place_id,
        province_place_id,
        longitude,
        latitude,
        is_in_gazetteer
    from {{ ref('dim_places') }}

),

located as (

    select
        places.place_id,
        places.place_name,
        places.place_level,
        places.is_in_gazetteer,
        coalesce(places.longitude, parents.longitude, provinces.longitude) as longitude,
        coalesce(places.latitude, parents.latitude, provinces.latitude) as latitude,
        case
            when places.longitude is not null then 'own'
            when parents.longitude is not null then 'parent'
            when provinces.longitude is not null then 'province'
        end as coordinates_from
    from places
    left join places as parents
        on places.parent_place_id = parents.place_id
    left join places as provinces
        on places.province_place_id = provinces.place_id

),

monthly as (

    select
        place_id,
        cast(date_trunc('month', issue_date) as date) as month_start_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count
    from mentions
    group by all

),

final as (

    select
        md5(monthly.place_id || '|' || cast(monthly.month_start_date as varchar)) as place_month_id,
        monthly.place_id,
        located.place_name,
        located.place_level,
        located.is_in_gazetteer,
        located.longitude,
        located.latitude,
        located.coordinates_from,
        monthly.month_start_date,
        strftime(monthly.month_start_date, '%Y-%m') as year_month,
        monthly.mention_count,
        monthly.article_count
    from monthly
    inner join located
        on monthly.place_id = located.place_id

)

select * from final
