{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- A reporter is a name within an affiliation; 本报 ("this paper") and a missing affiliation mean the
-- paper that printed the byline, so 本报 记者 张三 in two papers are two reporters.
with

reporters as (

    select
        article_reporter_id,
        article_id,
        issue_id,
        issue_date,
        byline_position,
        reporter_name,
        reporter_role,
        affiliation
    from {{ ref('stg_lake__article_reporters') }}
    {{ interval_filter() }}

),

articles as (

    select
        article_id,
        paper
    from {{ ref('stg_lake__articles') }}
    {{ interval_filter() }}

),

newspapers as (

    select
        paper,
        newspaper_name
    from {{ ref('stg_seeds__newspapers') }}

),

affiliated as (

    select
        reporters.article_reporter_id,
        reporters.article_id,
        reporters.issue_id,
        reporters.issue_date,
        articles.paper,
        reporters.byline_position,
        trim(reporters.reporter_name) as reporter_name,
        reporters.reporter_role,
        reporters.affiliation as affiliation_as_printed,
        case
            when reporters.affiliation is null or reporters.affiliation in ('', '本报')
                then coalesce(newspapers.newspaper_name, articles.paper, 'unknown')
            else reporters.affiliation
        end as reporter_affiliation
    from reporters
    left join articles
        on reporters.article_id = articles.article_id
    left join newspapers
        on articles.paper = newspapers.paper

),

final as (

    select
        article_reporter_id,
        md5(reporter_affiliation || '|' || reporter_name) as reporter_id,
        reporter_name,
        reporter_affiliation,
        affiliation_as_printed,
        reporter_role,
        byline_position,
        article_id,
        issue_id,
        issue_date,
        paper
    from affiliated

)

select * from final
