with

source as (

    select
        holiday_date,
        day_kind,
        holiday_name,
        holiday_name_en
    from {{ ref('cn_holidays') }}

),

renamed as (

    select
        cast(holiday_date as date) as calendar_date,
        cast(day_kind as varchar) as day_kind,
        cast(holiday_name as varchar) as holiday_name,
        cast(holiday_name_en as varchar) as holiday_name_en
    from source

),

final as (

    select * from renamed

)

select * from final
