-- A make-up working day (调休上班) is always a Saturday or Sunday; one on a weekday means a typo in cn_holidays.
with

dates as (

    select
        calendar_date,
        is_weekend,
        is_makeup_workday,
        is_holiday
    from {{ ref('dim_dates') }}

),

final as (

    select * from dates
    where is_makeup_workday and not is_weekend

)

select * from final
