with

source as (

    select
        place_id,
        name,
        short_name,
        level,
        parent_adcode,
        province_adcode,
        longitude,
        latitude,
        source
    from {{ ref('places') }}

),

renamed as (

    select
        cast(place_id as varchar) as place_id,
        cast(name as varchar) as place_name,
        cast(nullif(trim(short_name), '') as varchar) as short_name,
        cast(level as varchar) as place_level,
        cast(nullif(trim(parent_adcode), '') as varchar) as parent_place_id,
        cast(nullif(trim(province_adcode), '') as varchar) as province_place_id,
        cast(longitude as double) as longitude,
        cast(latitude as double) as latitude,
        cast(source as varchar) as gazetteer_source
    from source

),

final as (

    select * from renamed

)

select * from final
