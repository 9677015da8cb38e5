with

reporters as (

    select
        reporter_id,
        reporter_name,
        reporter_affiliation,
        reporter_role,
        article_id,
        issue_date
    from {{ ref('int_reporters_resolved') }}

),

final as (

    select
        reporter_id,
        any_value(reporter_name) as reporter_name,
        any_value(reporter_affiliation) as affiliation,
        list_sort(list_distinct(list(reporter_role))) as roles,
        count(distinct article_id) as article_count,
        min(issue_date) as first_byline_date,
        max(issue_date) as last_byline_date
    from reporters
    group by reporter_id

)

select * from final
