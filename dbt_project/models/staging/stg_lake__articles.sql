{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run reads only the lake partitions that changed.
-- depends_on: {{ ref('stg_seeds__places') }}

with

source as (

    select
        article_id,
        issue_id,
        issue_date,
        paper,
        seq,
        page,
        page_name,
        kicker,
        headline,
        subtitle,
        byline,
        dateline,
        body,
        paragraph_count,
        char_count,
        parser_version
    from {{ lake_source('articles', 'silver/articles') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(issue_id as varchar) as issue_id,
        cast(issue_date as date) as issue_date,
        cast(paper as varchar) as paper,
        cast(seq as integer) as article_seq,
        cast(page as integer) as page_number,
        cast(page_name as varchar) as page_name,
        cast(kicker as varchar) as kicker,
        cast(headline as varchar) as headline,
        cast(subtitle as varchar) as subtitle,
        cast(byline as varchar) as byline,
        cast(dateline as varchar) as dateline,
        cast(body as varchar) as body,
        cast(paragraph_count as integer) as paragraph_count,
        cast(char_count as integer) as char_count,
        cast(parser_version as varchar) as parser_version
    from source

),

final as (

    select * from renamed

)

select * from final
