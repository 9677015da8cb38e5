with

organizations as (

    select
        mention_id,
        organization_id,
        organization_name,
        printed_name,
        article_id,
        issue_id,
        issue_date
    from {{ ref('int_organizations_resolved') }}

),

final as (

    select
        organization_id,
        any_value(organization_name) as organization_name,
        array_agg(distinct printed_name order by printed_name) as printed_names,
        min(issue_date) as first_seen_date,
        max(issue_date) as last_seen_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct issue_id) as issue_count
    from organizations
    group by organization_id

)

select * from final
