-- The seed's papers, plus any paper an issue names that the seed does not know yet (flagged), so
-- every issue has its paper here.
with

newspapers as (

    select
        paper,
        newspaper_name,
        newspaper_name_en,
        home_adcode,
        home_level,
        cadence,
        language_code
    from {{ ref('stg_seeds__newspapers') }}

),

issues as (

    select
        paper,
        issue_date
    from {{ ref('stg_lake__issues') }}

),

issue_stats as (

    select
        paper,
        count(*) as issue_count,
        min(issue_date) as first_issue_date,
        max(issue_date) as last_issue_date
    from issues
    group by paper

),

unknown_papers as (

    select
        issue_stats.paper,
        issue_stats.paper as newspaper_name,
        cast(null as varchar) as newspaper_name_en,
        cast(null as varchar) as home_adcode,
        'unknown' as home_level,
        'unknown' as cadence,
        'zh' as language_code,
        false as is_in_seed
    from issue_stats
    anti join newspapers
        on issue_stats.paper = newspapers.paper

),

all_papers as (

    select
        *,
        true as is_in_seed
    from newspapers
    union all by name
    select * from unknown_papers

),

final as (

    select
        all_papers.paper,
        all_papers.newspaper_name,
        all_papers.newspaper_name_en,
        all_papers.home_adcode,
        all_papers.home_level,
        all_papers.cadence,
        all_papers.language_code,
        all_papers.is_in_seed,
        coalesce(issue_stats.issue_count, 0) as issue_count,
        issue_stats.first_issue_date,
        issue_stats.last_issue_date
    from all_papers
    left join issue_stats
        on all_papers.paper = issue_stats.paper

)

select * from final
