with

reporters as (

    select
        article_reporter_id,
        reporter_id,
        reporter_name,
        reporter_role,
        affiliation_as_printed,
        byline_position,
        article_id,
        issue_id,
        issue_date,
        paper
    from {{ ref('int_reporters_resolved') }}

),

final as (

    select
        article_reporter_id,
        article_id,
        reporter_id,
        reporter_name,
        reporter_role,
        affiliation_as_printed,
        byline_position,
        issue_id,
        issue_date,
        paper
    from reporters

)

select * from final
