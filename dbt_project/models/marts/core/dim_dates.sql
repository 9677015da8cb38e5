-- The calendar spans whole years around every issue and event date, and never less than the
-- calendar_min_date..calendar_max_date vars (the years the holiday seed covers).
with

issues as (

    select issue_date
    from {{ ref('stg_lake__issues') }}

),

events as (

    select event_date
    from {{ ref('stg_lake__article_events') }}

),

holidays as (

    select
        calendar_date,
        day_kind,
        holiday_name,
        holiday_name_en
    from {{ ref('stg_seeds__cn_holidays') }}

),

known_dates as (

    select issue_date as known_date from issues
    union all
    select event_date as known_date from events
    union all
    select cast('{{ var("calendar_min_date") }}' as date) as known_date
    union all
    select cast('{{ var("calendar_max_date") }}' as date) as known_date

),

bounds as (

    select
        date_trunc('year', min(known_date)) as start_date,
        date_trunc('year', max(known_date)) + interval 1 year - interval 1 day as end_date
    from known_dates
    where known_date is not null

),

spine as (

    select cast(unnest(generate_series(start_date, end_date, interval 1 day)) as date) as calendar_date
    from bounds

),

attributes as (

    select
        spine.calendar_date,
        cast(strftime(spine.calendar_date, '%Y%m%d') as integer) as date_key,
        year(spine.calendar_date) as calendar_year,
        quarter(spine.calendar_date) as calendar_quarter,
        month(spine.calendar_date) as calendar_month,
        day(spine.calendar_date) as day_of_month,
        dayofyear(spine.calendar_date) as day_of_year,
        strftime(spine.calendar_date, '%Y-%m') as year_month,
        cast(month(spine.calendar_date) as varchar) || '月' as month_name_zh,
        monthname(spine.calendar_date) as month_name_en,
        isoyear(spine.calendar_date) as iso_year,
        weekofyear(spine.calendar_date) as iso_week,
        cast(isoyear(spine.calendar_date) as varchar)
        || '-W' || lpad(cast(weekofyear(spine.calendar_date) as varchar), 2, '0') as iso_year_week,
        cast(date_trunc('week', spine.calendar_date) as date) as week_start_date,
        isodow(spine.calendar_date) as iso_weekday,
        dayname(spine.calendar_date) as weekday_name_en,
        ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'][isodow(spine.calendar_date)]
            as weekday_name_zh,
        isodow(spine.calendar_date) in (6, 7) as is_weekend,
        coalesce(holidays.day_kind = 'holiday', false) as is_holiday,
        coalesce(holidays.day_kind = 'makeup_workday', false) as is_makeup_workday,
        holidays.holiday_name,
        holidays.holiday_name_en
    from spine
    left join holidays
        on spine.calendar_date = holidays.calendar_date

),

final as (

    select
        *,
        (not is_weekend and not is_holiday) or is_makeup_workday as is_workday,
        calendar_year between year(cast('{{ var("calendar_min_date") }}' as date))
        and year(cast('{{ var("calendar_max_date") }}' as date)) as has_holiday_data
    from attributes

)

select * from final
