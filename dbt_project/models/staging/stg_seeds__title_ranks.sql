with

source as (

    select
        base_title,
        title_kind,
        rank_order,
        is_deputy,
        base_title_en
    from {{ ref('title_ranks') }}

),

renamed as (

    select
        cast(base_title as varchar) as base_title,
        cast(title_kind as varchar) as title_kind,
        cast(rank_order as integer) as rank_order,
        cast(is_deputy as boolean) as is_deputy,
        cast(base_title_en as varchar) as base_title_en
    from source

),

final as (

    select * from renamed

)

select * from final
