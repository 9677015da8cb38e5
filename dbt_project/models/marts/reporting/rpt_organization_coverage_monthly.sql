-- How much each organization is covered, month by month and across papers.
with

mentions as (

    select
        organization_id,
        article_id,
        issue_date,
        paper
    from {{ ref('fct_entity_mentions') }}
    where mention_type = 'organization'

),

organizations as (

    select
        organization_id,
        organization_name
    from {{ ref('dim_organizations') }}

),

monthly as (

    select
        organization_id,
        cast(date_trunc('month', issue_date) as date) as month_start_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct paper) as paper_count,
        list_sort(list_distinct(list(paper))) as papers
    from mentions
    group by all

),

final as (

    select
        md5(monthly.organization_id || '|' || cast(monthly.month_start_date as varchar)) as organization_month_id,
        monthly.organization_id,
        organizations.organization_name,
        monthly.month_start_date,
        strftime(monthly.month_start_date, '%Y-%m') as year_month,
        monthly.mention_count,
        monthly.article_count,
        monthly.paper_count,
        monthly.papers
    from monthly
    inner join organizations
        on monthly.organization_id = organizations.organization_id

)

select * from final
