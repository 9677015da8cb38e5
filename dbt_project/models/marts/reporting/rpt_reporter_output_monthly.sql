-- What each reporter published, month by month.
with

bylines as (

    select
        reporter_id,
        article_id,
        reporter_role,
        issue_date
    from {{ ref('fct_article_reporters') }}

),

reporters as (

    select
        reporter_id,
        reporter_name,
        affiliation
    from {{ ref('dim_reporters') }}

),

articles as (

    select
        article_id,
        char_count,
        page_number
    from {{ ref('fct_articles') }}

),

monthly as (

    select
        bylines.reporter_id,
        cast(date_trunc('month', bylines.issue_date) as date) as month_start_date,
        count(distinct bylines.article_id) as article_count,
        sum(articles.char_count) as char_count,
        list_sort(list_distinct(list(bylines.reporter_role))) as roles,
        count(*) filter (where articles.page_number = 1) as front_page_count
    from bylines
    inner join articles
        on bylines.article_id = articles.article_id
    group by all

),

final as (

    select
        md5(monthly.reporter_id || '|' || cast(monthly.month_start_date as varchar)) as reporter_month_id,
        monthly.reporter_id,
        reporters.reporter_name,
        reporters.affiliation,
        monthly.month_start_date,
        strftime(monthly.month_start_date, '%Y-%m') as year_month,
        monthly.article_count,
        cast(monthly.char_count as bigint) as char_count,
        monthly.front_page_count,
        monthly.roles
    from monthly
    inner join reporters
        on monthly.reporter_id = reporters.reporter_id

)

select * from final
